/**
 * The search page: reads the query and filters from the URL and the form, asks Pagefind (loaded from the
 * site's own `pagefind/` folder on first use, never before), and lists the results with text nodes only: a
 * result's excerpt is split at Pagefind's <mark> tags, never parsed as HTML. The URL follows the form, so a
 * search can be linked, reloaded and stepped back through.
 */
import { splitExcerpt } from './search/excerpt.ts';

const FILTERS = ['kind', 'report', 'country', 'year'] as const;
const PAGE = 10;

interface Config {
  /** Pagefind's script, in the site's own `pagefind/` folder. */
  script: string;
  base: string;
  labels: Record<string, string>;
  kinds: Record<string, string>;
  strings: Record<'prompt' | 'loading' | 'one' | 'other' | 'none' | 'more' | 'failed' | 'inReport', string>;
}

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: { id: string; data: () => Promise<ResultData> }[] } | null>;
}

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

export function mountSearch(form: HTMLFormElement, win: Window = window): void {
  const doc = form.ownerDocument;
  const config = JSON.parse(form.dataset['config'] ?? '{}') as Config;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const selects = FILTERS.map((name) => [name, form.elements.namedItem(name) as HTMLSelectElement | null] as const);
  const status = doc.querySelector<HTMLElement>('[data-search-status]')!;
  const list = doc.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = doc.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const lang = doc.documentElement.lang || 'en';
  const number = new Intl.NumberFormat(lang);
  const plural = new Intl.PluralRules(lang);

  let loading: Promise<Pagefind> | undefined;
  const pagefind = (): Promise<Pagefind> => {
    loading ??= (async () => {
      const module = (await import(/* @vite-ignore */ config.script)) as Pagefind;
      await module.options({ baseUrl: config.base, excerptLength: 24 });
      await module.init();
      return module;
    })();
    return loading;
  };

  /** Fills the form from the URL (only values the form offers). */
  const fromUrl = (): void => {
    const params = new URL(win.location.href).searchParams;
    input.value = params.get('q') ?? '';
    for (const [name, select] of selects) {
      const value = params.get(name) ?? '';
      if (select) select.value = [...select.options].some((o) => o.value === value) ? value : '';
    }
  };
  /** The URL of the form's state. */
  const toUrl = (): URL => {
    const url = new URL(win.location.href);
    url.search = '';
    if (input.value.trim()) url.searchParams.set('q', input.value.trim());
    for (const [name, select] of selects) if (select?.value) url.searchParams.set(name, select.value);
    return url;
  };

  let run = 0;
  let pending: { id: string; data: () => Promise<ResultData> }[] = [];
  const search = async (): Promise<void> => {
    const mine = ++run;
    const term = input.value.trim();
    const filters = Object.fromEntries(selects.flatMap(([name, select]) => (select?.value ? [[name, select.value]] : [])));
    if (!term && Object.keys(filters).length === 0) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = config.strings.prompt;
      return;
    }
    status.textContent = config.strings.loading;
    try {
      const found = await (await pagefind()).search(term || null, { filters });
      if (mine !== run || !found) return;
      const query = term || Object.values(filters).map((v) => config.labels[v] ?? v).join(', ');
      const count = found.results.length;
      list.replaceChildren();
      pending = found.results;
      await showMore(mine);
      if (mine !== run) return;
      // Said once the first results are on the page, so the status never announces what is not there yet.
      status.textContent = count === 0 ? fill(config.strings.none, { query }) : fill(plural.select(count) === 'one' ? config.strings.one : config.strings.other, { count: number.format(count), query });
    } catch (error) {
      if (mine !== run) return;
      status.textContent = config.strings.failed;
      console.error(error);
    }
  };
  const showMore = async (mine: number): Promise<void> => {
    const next = pending.slice(0, PAGE);
    pending = pending.slice(PAGE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (mine !== run) return;
    for (const result of data) list.append(resultItem(result));
    more.hidden = pending.length === 0;
  };

  const resultItem = (result: ResultData): HTMLLIElement => {
    const item = doc.createElement('li');
    const kind = result.filters['kind']?.[0];
    if (kind) {
      const label = doc.createElement('p');
      label.className = 'result-kind';
      label.textContent = config.kinds[kind] ?? kind;
      item.append(label);
    }
    const title = doc.createElement('h2');
    title.className = 'result-title';
    const link = doc.createElement('a');
    link.href = sameSite(result.url, win) ?? config.base;
    link.textContent = result.meta['title'] ?? result.url;
    title.append(link);
    const excerpt = doc.createElement('p');
    excerpt.className = 'result-excerpt';
    for (const part of splitExcerpt(result.excerpt)) {
      if (part.marked) {
        const mark = doc.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else excerpt.append(part.text);
    }
    item.append(title, excerpt);
    const report = result.filters['report'];
    const meta = [result.meta['date'], kind !== 'report' && report?.length === 1 ? fill(config.strings.inReport, { report: config.labels[report[0]!] ?? report[0]! }) : undefined].filter(Boolean);
    if (meta.length > 0) {
      const line = doc.createElement('p');
      line.className = 'result-meta';
      line.textContent = meta.join(' · ');
      item.append(line);
    }
    return item;
  };

  let timer: number | undefined;
  const update = (mode: 'push' | 'replace'): void => {
    const url = toUrl();
    if (url.href !== win.location.href) win.history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void search();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    win.clearTimeout(timer);
    update('push');
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) update('push');
  });
  input.addEventListener('input', () => {
    win.clearTimeout(timer);
    timer = win.setTimeout(() => update('replace'), 250);
  });
  // Start loading the index when the reader shows an intent to search.
  input.addEventListener('focus', () => void pagefind().catch(() => undefined), { once: true });
  win.addEventListener('popstate', () => {
    fromUrl();
    void search();
  });
  fromUrl();
  void search();
}

/** A result's URL when it is on this site (Pagefind's URLs are site paths), else undefined. */
function sameSite(url: string, win: Window): string | undefined {
  try {
    const resolved = new URL(url, win.location.href);
    return resolved.origin === win.location.origin ? resolved.pathname + resolved.search + resolved.hash : undefined;
  } catch {
    return undefined;
  }
}
