/**
 * The entity pages are many (one per place, actor, source and event of the site, and one per old id): the
 * page-by-page suites (axe, keyboard, CSP) read every other page and a few of each entity kind, chosen to cover
 * each template (a shared entry, a report's own, a redirect, an event told by two reports).
 */
const KINDS = ['places', 'actors', 'sources', 'events'];
const ALWAYS = new Set([
  'places/al-tanf/index.html',
  'places/dimas-camp/index.html',
  'places/abu-kamal/index.html',
  'actors/kataib-hezbollah/index.html',
  'actors/assad-regime/index.html',
  'sources/usip-iran-primer-2024-02-05/index.html',
  'sources/pentagon/index.html',
  'events/tower-22-drone-attack/index.html',
]);
/** How many further pages of each entity kind to read. */
const MORE = 2;

/** `pages` (dist-relative) with the entity pages sampled: the ones above, and the first `MORE` of each kind. */
export function samplePages(pages: readonly string[]): string[] {
  const counts = new Map<string, number>();
  return pages.filter((file) => {
    const kind = file.split('/')[0] ?? '';
    if (!KINDS.includes(kind) || !/^[^/]+\/[^/]+\/index\.html$/.test(file)) return true;
    if (ALWAYS.has(file)) return true;
    const n = counts.get(kind) ?? 0;
    counts.set(kind, n + 1);
    return n < MORE;
  });
}
