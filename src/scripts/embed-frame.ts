/**
 * Inside an embed page: the figure's state follows the URL (`#place=`, `#event=`, `#range=`, as on the
 * report), the "Read the report" link carries that state, and in an iframe the page tells its host how
 * tall it is, in the formats hosts already listen for:
 *   Datawrapper's  `{ 'datawrapper-height': { <id>: <px> } }` (and our own /embed.js reads it too), and
 *   Pym.js's       `'pymxPYMx<childId>xPYMxheightxPYMx<px>'` (the childId from Pym's `?childId=` query).
 * Only a number leaves the frame; nothing is read from the host.
 */
import { pageSelection } from './selection.ts';
import { encodeSelection, syncUrl } from './url-state.ts';

const root = document.documentElement;
const id = new URLSearchParams(location.search).get('childId') ?? root.dataset['embedId'] ?? 'sitrep';

syncUrl(pageSelection());

/** The report link carries the figure's state, so the reader lands on the same selection. */
function updateReportLinks(): void {
  const hash = encodeSelection(pageSelection().get());
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-embed-report]')) {
    const base = (link.getAttribute('href') ?? '').split('#')[0];
    link.setAttribute('href', hash ? `${base}#${hash}` : base ?? '');
  }
}
pageSelection().subscribe((_state, change) => {
  if (change.keys.includes('selected') || change.keys.includes('range')) updateReportLinks();
});
updateReportLinks();

let last = 0;
function report(): void {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === last || height === 0) return;
  last = height;
  root.dataset['embedHeight'] = String(height);
  if (window.parent === window) return;
  window.parent.postMessage({ 'datawrapper-height': { [id]: height } }, '*');
  window.parent.postMessage(['pym', id, 'height', String(height)].join('xPYMx'), '*');
}

new ResizeObserver(report).observe(root);
window.addEventListener('load', report);
report();
