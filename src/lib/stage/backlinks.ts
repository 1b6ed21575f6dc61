/**
 * Back-links from a reference entry to the text: once per paragraph (the first mention there is the
 * only link), labelled by paragraph number (`¶ 3`, `note on ¶ 5`). The plugins hand the page where
 * the linked mentions stand (`sitrepBacklinks`), the reference sections read them through here.
 */

export interface LinkedMention {
  /** The mention's element id (`m-place-al-tanf-2`). */
  id: string;
  /** The paragraph it stands in (`p-3`), or the paragraph an editors' note is on. */
  paragraph: string;
  /** Whether it stands in an editors' note. */
  note: boolean;
}

/** For each `kind:id`, its linked mentions in reading order. */
export type Backlinks = Record<string, LinkedMention[]>;

export interface Backlink {
  href: string;
  /** The paragraph number, e.g. `3`. */
  number: string;
  note: boolean;
}

/** The back-links of one item, one per paragraph (or note), in reading order. */
export function backlinksOf(backlinks: Backlinks | undefined, key: string): Backlink[] {
  return (backlinks?.[key] ?? []).filter((m) => m.id).map((m) => ({ href: `#${m.id}`, number: m.paragraph.replace(/^p-/, ''), note: m.note }));
}
