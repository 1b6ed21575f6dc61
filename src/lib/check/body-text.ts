/**
 * The article body as an editor wrote it, with the parts that are not prose (comments,
 * JSX tags, import/export lines, directive attributes) blanked out character for character,
 * so an offset in the masked text is the same offset in the file.
 */

const blank = (match: string): string => match.replace(/[^\n]/g, ' ');

/** `body` with comments, JSX tags, ESM lines and `{...}` attributes replaced by spaces (newlines kept). */
export function maskNonProse(body: string): string {
  return body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/^(?:import|export)\s.*$/gm, blank)
    .replace(/<\/?[A-Za-z][^<>]*>/g, blank)
    .replace(/\{[^{}\n]*\}/g, blank);
}

/** 1-based line and column in the file of `offset` in the body, which starts at file line `bodyLine`. */
export function bodyPosition(body: string, offset: number, bodyLine: number): { line: number; column: number } {
  const before = body.slice(0, offset);
  const lines = before.split('\n');
  return { line: bodyLine + lines.length - 1, column: (lines.at(-1)?.length ?? 0) + 1 };
}

export interface ComponentUse {
  /** Component name, e.g. `Tally`. */
  name: string;
  /** String attributes (`id="x"` or `id='x'`). */
  attributes: Record<string, string>;
  /** Offset of `<` in the body. */
  offset: number;
}

/** Every `<Name attr="..." />` of the given components in `body` (outside comments). */
export function componentUses(body: string, names: readonly string[]): ComponentUse[] {
  const withoutComments = body.replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
  const uses: ComponentUse[] = [];
  const tag = new RegExp(`<(${names.join('|')})\\b([^<>]*?)\\/?>`, 'g');
  for (const match of withoutComments.matchAll(tag)) {
    const attributes: Record<string, string> = {};
    for (const attr of (match[2] ?? '').matchAll(/([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attributes[attr[1]!] = attr[2] ?? attr[3] ?? '';
    }
    uses.push({ name: match[1]!, attributes, offset: match.index });
  }
  return uses;
}
