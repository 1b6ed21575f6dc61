/**
 * What a mention in the prose points at, and the HTML ids that tie a mention to its
 * reference entry. Content ids are always prefixed, so they cannot clobber globals.
 */

/** Kinds of data a mention can point at. `date` is a day or range the prose names without a matching event. */
export type MentionKind = 'place' | 'actor' | 'event' | 'source' | 'date';

export interface MentionRef {
  kind: MentionKind;
  /** The data id, or for `date` the day (`2023-10-07`) or range (`2023-10-17..2023-11-09`). */
  id: string;
}

/** `ref-place-al-tanf`: the id of a reference-section entry. */
export function refHtmlId(ref: MentionRef): string {
  return `ref-${ref.kind}-${ref.id.replace('..', '--')}`;
}

/** `m-place-al-tanf-2`: the id of the n-th (1-based) mention of a ref in the article. */
export function mentionHtmlId(ref: MentionRef, n: number): string {
  return `m-${ref.kind}-${ref.id.replace('..', '--')}-${n}`;
}

/** `place:al-tanf`, a map key. */
export function refKey(ref: MentionRef): string {
  return `${ref.kind}:${ref.id}`;
}

/** How many times each ref (by `refKey`) is mentioned in a document; handed from the plugins to the page. */
export type MentionCounts = Record<string, number>;

/** The days a `date` ref id stands for. */
export function dateRefSpan(id: string): { start: string; end: string } {
  const [start = id, end = start] = id.split('..');
  return { start, end };
}
