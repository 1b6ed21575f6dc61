/**
 * The template's placeholders ("Replace me") left in a report that is about to be
 * published. Drafts may hold them; a published report may not.
 */
import type { TextBlock } from '../report/rendered-text.ts';

export const PLACEHOLDER = /replace[ -]me/i;

export interface PlaceholderHit {
  /** Field path in the data, or undefined for the article. */
  path?: (string | number)[];
  /** Offset in the file, for the article. */
  offset?: number;
}

/** Every field (depth first) and every place in the article's text holding a placeholder. */
export function findPlaceholders(data: unknown, blocks: readonly TextBlock[]): PlaceholderHit[] {
  const hits: PlaceholderHit[] = [];
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      if (PLACEHOLDER.test(value)) hits.push({ path });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, [...path, k]));
  };
  walk(data, []);
  for (const block of blocks) {
    for (const match of block.text.matchAll(new RegExp(PLACEHOLDER.source, 'gi'))) hits.push({ offset: block.offsetOf(match.index) });
  }
  return hits;
}
