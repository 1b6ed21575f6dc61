/**
 * The build's decision: Sitrep's plugins only report; this one, last in the list, stops
 * the build on the first fatal message, with its file, line and column (Astro prints
 * `MDXError` with that location).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

export function remarkFailOnErrors() {
  return (_tree: Root, file: VFile): void => {
    const fatal = file.messages.find((m) => m.fatal === true && m.source === 'sitrep');
    if (!fatal) return;
    const where = `${file.path || 'file'}:${fatal.line ?? 1}:${fatal.column ?? 1}`;
    const error = new Error(`${fatal.line ?? 1}:${fatal.column ?? 1}: ${fatal.reason} [${where}, sitrep:${fatal.ruleId ?? 'error'}]`);
    Object.assign(error, { line: fatal.line, column: fatal.column });
    error.stack = error.message;
    throw error;
  };
}
