/**
 * The home page's in-place filter: tag, country and year narrow the list of reports, the count says how many
 * are shown, and the choice is kept in the URL (`?tag=iran&year=2023`) so a filtered list can be linked and
 * restored. Without JavaScript the controls are not shown (CSS) and the tag links lead to the tag pages.
 */
const FACETS = ['tag', 'country', 'year'] as const;
type Facet = (typeof FACETS)[number];
const ATTRIBUTE: Record<Facet, string> = { tag: 'tags', country: 'countries', year: 'years' };

interface Strings {
  shown: string;
  shownOne: string;
  none: string;
}

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

export function mountReportFilter(form: HTMLElement, win: Window = window): void {
  const doc = form.ownerDocument;
  const items = [...doc.querySelectorAll<HTMLLIElement>('.report-list > li')];
  const count = doc.querySelector<HTMLElement>('[data-report-count]');
  const none = doc.querySelector<HTMLElement>('[data-report-none]');
  const strings = JSON.parse(form.dataset['strings'] ?? '{}') as Strings;
  const select = (facet: Facet) => form.querySelector<HTMLSelectElement>(`select[name="${facet}"]`);
  const number = new Intl.NumberFormat(doc.documentElement.lang || 'en');
  const plural = new Intl.PluralRules(doc.documentElement.lang || 'en');

  const apply = (): void => {
    const chosen = FACETS.map((facet) => [facet, select(facet)?.value ?? ''] as const).filter(([, value]) => value !== '');
    let shown = 0;
    for (const item of items) {
      const visible = chosen.every(([facet, value]) => (item.dataset[ATTRIBUTE[facet]] ?? '').split(' ').includes(value));
      item.hidden = !visible;
      if (visible) shown += 1;
    }
    if (count) {
      const template = plural.select(items.length) === 'one' ? strings.shownOne : strings.shown;
      count.textContent = fill(template, { shown: number.format(shown), total: number.format(items.length) });
    }
    if (none) none.hidden = shown > 0;
    const url = new URL(win.location.href);
    for (const facet of FACETS) url.searchParams.delete(facet);
    for (const [facet, value] of chosen) url.searchParams.set(facet, value);
    if (url.href !== win.location.href) win.history.replaceState(win.history.state, '', url);
  };

  // Restore a choice from the URL (only values the form offers).
  const params = new URL(win.location.href).searchParams;
  for (const facet of FACETS) {
    const input = select(facet);
    const value = params.get(facet);
    if (input && value !== null && [...input.options].some((o) => o.value === value)) input.value = value;
  }
  form.addEventListener('change', apply);
  form.querySelector('[data-filter-clear]')?.addEventListener('click', () => {
    for (const facet of FACETS) {
      const input = select(facet);
      if (input) input.value = '';
    }
    apply();
  });
  if (FACETS.some((facet) => params.has(facet))) apply();
}
