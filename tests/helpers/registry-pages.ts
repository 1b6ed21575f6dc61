/**
 * The entity pages are many (one per place, actor, source and event of the site, and one per old id), and so are
 * the event embeds and tag pages: the page-by-page suites (axe, keyboard, CSP) read every other page and a few of
 * each of these kinds, chosen to cover each template (a shared entry, a report's own, a redirect, an event told by
 * two reports). Each kind is one template filled with different data; the data itself is checked page by page
 * without a browser (tests/e2e/site.spec.ts, tests/build/hostile.test.ts).
 */
const KINDS: readonly RegExp[] = [
  /^(places|actors|sources|events|tags)\/[^/]+\/index\.html$/,
  /^(embed\/events)\/[^/]+\/index\.html$/,
  /^embed\/[^/]+\/(map|timeline)\/index\.html$/,
  /^reports\/[^/]+\/(events)\/index\.html$/,
];
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
/** How many further pages of each kind to read. */
const MORE = 1;

/** `pages` (dist-relative) with the entity pages sampled: the ones above, and the first `MORE` of each kind. */
export function samplePages(pages: readonly string[]): string[] {
  const counts = new Map<string, number>();
  return pages.filter((file) => {
    const match = KINDS.map((k) => k.exec(file)).find((m) => m !== null);
    if (!match) return true;
    const kind = `${KINDS.findIndex((k) => k.test(file))}:${match[1]}`;
    if (ALWAYS.has(file)) return true;
    const n = counts.get(kind) ?? 0;
    counts.set(kind, n + 1);
    return n < MORE;
  });
}
