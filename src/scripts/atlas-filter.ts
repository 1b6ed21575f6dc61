/**
 * The atlas's filter and its "chosen" line. The filter (report, actor, event type, country, date range) is kept
 * in the query string (`/atlas/?report=x&from=2023-10-01`, history.replaceState), so a filtered atlas can be
 * linked and restored; the selection stays in the fragment (src/scripts/url-state.ts). Events and places the
 * filter leaves out are hidden on the timeline, the map and their tables (`.atlas-out`); the map and timeline
 * redraw their marks (Leaflet on each layer change, the timeline on zoom), so the marks are hidden again after
 * each redraw. The filter index (`/atlas/data.json`) loads when it is first needed: a filter in the URL, or the
 * reader reaching the form or choosing an item.
 */
import { applyFilter, encodeFilter, FILTER_FIELDS, isEmptyFilter, parseFilter, type AtlasData, type AtlasFilter } from '../lib/view/atlas-filter.ts';
import { routes } from '../lib/routes.ts';
import { pageSelection, type Ref } from './selection.ts';

interface Strings {
  shown: string;
  none: string;
  failed: string;
  chosen: string;
  nothing: string;
  toldIn: string;
}

interface ReportLink {
  title: string;
  href: string;
}

const OUT = 'atlas-out';

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

export function mountAtlas(root: HTMLElement, win: Window = window): void {
  const doc = root.ownerDocument;
  const form = root.querySelector<HTMLFormElement>('form[data-atlas-filter]');
  if (!form) return;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  const reports = JSON.parse(root.dataset['reports'] ?? '{}') as Record<string, ReportLink>;
  const allPlaces = JSON.parse(root.dataset['places'] ?? '[]') as string[];
  const count = root.querySelector<HTMLElement>('[data-atlas-count]');
  const chosen = root.querySelector<HTMLElement>('[data-atlas-chosen]');
  const number = new Intl.NumberFormat(doc.documentElement.lang || 'en');
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  const hosts = [...doc.querySelectorAll<HTMLElement>('sitrep-map, sitrep-timeline, .map-places, .tl-table')];

  let data: AtlasData | undefined;
  let loading: Promise<AtlasData | undefined> | undefined;
  const load = (): Promise<AtlasData | undefined> =>
    (loading ??= fetch(root.dataset['url'] ?? '')
      .then((r) => (r.ok ? (r.json() as Promise<AtlasData>) : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((d) => (data = d))
      .catch((error: unknown) => {
        if (count) count.textContent = strings.failed;
        console.warn('Sitrep atlas: the filter index could not load.', error);
        return undefined;
      }));

  const readForm = (): AtlasFilter => {
    const filter: AtlasFilter = {};
    for (const name of FILTER_FIELDS) {
      const value = field(name)?.value.trim();
      if (value) filter[name] = value;
    }
    return parseFilter(encodeFilter(filter));
  };

  let kept: { events: Set<string>; places: Set<string> } | undefined;
  /** Hides what the filter leaves out, in every view (run again after a view redraws). */
  const hide = (): void => {
    for (const host of hosts) {
      for (const el of host.querySelectorAll<HTMLElement | SVGElement>('[data-event]')) el.classList.toggle(OUT, kept !== undefined && !kept.events.has(el.dataset['event'] ?? ''));
      for (const el of host.querySelectorAll<HTMLElement | SVGElement>('[data-place], [data-place-row], [data-area]')) {
        const id = el.dataset['place'] ?? el.dataset['placeRow'] ?? el.dataset['area'] ?? '';
        el.classList.toggle(OUT, kept !== undefined && !kept.places.has(id));
      }
    }
  };

  const apply = async (): Promise<void> => {
    const filter = readForm();
    const url = new URL(win.location.href);
    url.search = encodeFilter(filter);
    if (url.href !== win.location.href) win.history.replaceState(win.history.state, '', url);
    root.dataset['filter'] = url.search;
    if (isEmptyFilter(filter)) {
      kept = undefined;
      hide();
      if (count) count.textContent = '';
      return;
    }
    const d = data ?? (await load());
    if (!d) return;
    // The form may have changed while the index loaded: read it again.
    kept = applyFilter(d.events, readForm(), allPlaces);
    hide();
    if (count) count.textContent = kept.events.size === 0 ? strings.none : fill(strings.shown, { shown: number.format(kept.events.size), total: number.format(d.events.length) });
    root.dataset['applied'] = url.search;
  };

  // Views redraw their marks (Leaflet re-adds markers, the timeline re-renders on zoom): hide them again.
  let queued = false;
  const observer = new MutationObserver(() => {
    if (queued || !kept) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      hide();
    });
  });
  for (const host of hosts) observer.observe(host, { childList: true, subtree: true });

  /** The chosen item, named, with a link to its page and (an event) to the reports that tell it. */
  const showChosen = async (ref: Ref | null): Promise<void> => {
    if (!chosen) return;
    const href = ref?.kind === 'place' ? routes.place(ref.id) : ref?.kind === 'event' ? routes.event(ref.id) : ref?.kind === 'actor' ? routes.actor(ref.id) : undefined;
    if (!ref || !href) {
      chosen.replaceChildren(strings.nothing);
      return;
    }
    const d = data ?? (await load());
    const link = doc.createElement('a');
    link.href = href;
    const event = ref.kind === 'event' ? d?.events.find((e) => e.id === ref.id) : undefined;
    link.textContent = (event ? event.title : d?.names[`${ref.kind}:${ref.id}`]) ?? ref.id;
    const parts: (string | Node)[] = [`${strings.chosen} `, link];
    const told = event?.reports ?? [];
    told.forEach((slug, i) => {
      const report = reports[slug];
      if (!report) return;
      const a = doc.createElement('a');
      a.href = report.href;
      a.textContent = report.title;
      parts.push(i === 0 ? ` (${strings.toldIn} ` : '; ', a);
    });
    if (told.some((slug) => reports[slug])) parts.push(')');
    chosen.replaceChildren(...parts);
  };
  const store = pageSelection();
  store.subscribe((state, change) => {
    if (change.keys.includes('selected')) void showChosen(state.selected);
  });

  // Restore a filter from the URL (only values the form offers), then apply it.
  const initial = parseFilter(win.location.search);
  for (const name of FILTER_FIELDS) {
    const input = field(name);
    const value = initial[name];
    if (!input || !value) continue;
    if (input instanceof HTMLSelectElement ? [...input.options].some((o) => o.value === value) : true) input.value = value;
  }
  form.addEventListener('change', () => void apply());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void apply();
  });
  form.addEventListener('focusin', () => void load(), { once: true });
  form.querySelector('[data-filter-clear]')?.addEventListener('click', () => {
    for (const name of FILTER_FIELDS) {
      const input = field(name);
      if (input) input.value = '';
    }
    void apply();
  });
  root.dataset['ready'] = '';
  void apply().then(() => {
    root.dataset['ready'] = 'applied';
    if (store.get().selected) void showChosen(store.get().selected);
  });
}
