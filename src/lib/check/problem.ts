/** Problems as the terminal shows them: `file:line:col  severity  path  message  (fix)`. */
import type { Problem } from '../report/problem.ts';

export { formatPath, type Problem, type Severity } from '../report/problem.ts';

/** One line: `file:line:col  severity  path  message  (fix)`. */
export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.column}`;
  const level = p.severity === 'warning' ? 'warning' : 'error';
  return [where, level, p.path || '-', p.message + (p.fix ? `  (${p.fix})` : '')].join('  ');
}

/** Every problem, sorted by file and position, then a summary line. */
export function formatReport(problems: readonly Problem[], filesChecked: number): string {
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const summary = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${filesChecked} file${filesChecked === 1 ? '' : 's'}`;
  return [...sorted.map(formatProblem), summary].join('\n');
}
