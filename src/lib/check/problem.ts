/** A problem found in content, located and explained the way a compiler does it. */

export type Severity = 'error' | 'warning';

export interface Problem {
  /** File path as the editor knows it (relative to the project). */
  file: string;
  /** 1-based line and column in that file. */
  line: number;
  column: number;
  /** Field path, e.g. `events[3].places[0]`; empty for problems outside the data. */
  path: string;
  message: string;
  /** How to fix it. */
  fix?: string | undefined;
  severity: Severity;
  /** Rule id, e.g. `schema`, `yaml`, `reference`. */
  rule: string;
}

/** `events[3].places[0]` from `['events', 3, 'places', 0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** One line: `file:line:col  path  message  (fix)`. */
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
