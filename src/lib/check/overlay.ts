/**
 * The dev server's error overlay for content problems: one message naming the file, the
 * line, the field and the fix of each error, and a code frame at the first one.
 * Shaped as Vite's `ErrorPayload['err']`, built here without importing Vite.
 */
import { formatProblem, type Problem } from './problem.ts';

export const OVERLAY_PLUGIN = 'sitrep:content-check';

export interface OverlayError {
  message: string;
  stack: string;
  id: string;
  plugin: string;
  frame: string;
  loc: { file: string; line: number; column: number };
}

/** Three lines of `source` around `line` (1-based) with a caret under `column`. */
export function codeFrame(source: string, line: number, column: number, context = 2): string {
  const lines = source.split(/\r?\n/);
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    out.push(`${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${lines[n - 1] ?? ''}`);
    if (n === line) out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}^`);
  }
  return out.join('\n');
}

/**
 * The overlay for the errors among `problems` (warnings stay in the terminal), or undefined
 * when there is none. `absolute` maps a problem's file to the path the editor opens;
 * `read` gives a file's text for the code frame.
 */
export function overlayError(problems: readonly Problem[], absolute: (file: string) => string, read: (file: string) => string | undefined): OverlayError | undefined {
  const errors = problems.filter((p) => p.severity === 'error').sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  const first = errors[0];
  if (!first) return undefined;
  const files = new Set(errors.map((e) => e.file));
  const heading = `${errors.length} content error${errors.length === 1 ? '' : 's'} in ${[...files].join(', ')}. Fix and save: this closes when none is left.`;
  const source = read(first.file);
  return {
    message: [heading, '', ...errors.map(formatProblem)].join('\n'),
    stack: '',
    id: absolute(first.file),
    plugin: OVERLAY_PLUGIN,
    frame: source === undefined ? '' : codeFrame(source, first.line, first.column),
    loc: { file: absolute(first.file), line: first.line, column: first.column },
  };
}
