/** Drafts: visible while editing (`npm run dev`), left out of the published site. */

/** True when an entry should have a page and a place in listings. `preview` is true in the dev server. */
export function isVisible(data: { draft?: boolean | undefined }, preview: boolean): boolean {
  return preview || data.draft !== true;
}
