/**
 * Reports across languages: where a report's page lives (under the interface language of its `lang`), which
 * reports are versions of one another (`translationOf`), and the `hreflang` alternates of a page.
 */
import { createRoutes, type RouteOptions } from '../routes.ts';
import { uiLocaleFor } from './locale.ts';

/** What this module needs of a report: its slug, language and the report it translates. */
export interface ReportLanguage {
  id: string;
  data: { lang: string; translationOf?: string | undefined };
}

/** The interface language a report's page is published under: `ar` → `ar` (`/ar/reports/...`), `fr` → `en`. */
export function reportLocale(report: ReportLanguage): string {
  return uiLocaleFor(report.data.lang);
}

/** The URL of a report's page, under its interface language's prefix and the site's base path. */
export function reportPath(report: ReportLanguage, options: Omit<RouteOptions, 'locale'> = {}): string {
  return createRoutes({ ...options, locale: reportLocale(report) }).report(report.id);
}

/** The routes of the interface a report written in `lang` is published under: its page, its paragraphs. */
export function reportRoutes(lang: string | undefined, options: Omit<RouteOptions, 'locale'> = {}) {
  return createRoutes({ ...options, locale: uiLocaleFor(lang) });
}

/** The URL of the page of report `slug` written in `lang` (for listings that hold a summary, not the report). */
export function reportUrl(slug: string, lang: string | undefined, options: Omit<RouteOptions, 'locale'> = {}): string {
  return reportRoutes(lang, options).report(slug);
}

/** The reports whose pages live under `locale` (the page routes of that language). */
export function reportsInLocale<T extends ReportLanguage>(reports: readonly T[], locale: string): T[] {
  return reports.filter((report) => reportLocale(report) === locale);
}

/** The reports written in `lang` (by language: `ar` takes `ar-EG` too), for a listing or a feed filtered by language. */
export function reportsInLanguage<T extends ReportLanguage>(reports: readonly T[], lang: string): T[] {
  const language = lang.split('-')[0]!.toLowerCase();
  return reports.filter((report) => report.data.lang.split('-')[0]!.toLowerCase() === language);
}

/**
 * The other language versions of `report`: the report it translates, the reports that translate it, and their
 * other translations (one original, many translations), each once, never the report itself.
 */
export function versionsOf<T extends ReportLanguage>(report: T, reports: readonly T[]): T[] {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const original = (r: T): T => {
    const seen = new Set<string>();
    let current = r;
    while (current.data.translationOf && !seen.has(current.id)) {
      seen.add(current.id);
      const next = byId.get(current.data.translationOf);
      if (!next) break;
      current = next;
    }
    return current;
  };
  const root = original(report);
  return reports.filter((r) => r.id !== report.id && original(r).id === root.id);
}

/** The other language versions of a report's page: language, absolute URL (for `hreflang`) and the site path (for a link). */
export function alternatesOf<T extends ReportLanguage>(report: T, reports: readonly T[], options: Omit<RouteOptions, 'locale'> = {}): { lang: string; href: string; path: string }[] {
  const routes = createRoutes(options);
  return versionsOf(report, reports).map((r) => {
    const path = reportPath(r, options);
    return { lang: r.data.lang, href: routes.absolute(path), path };
  });
}

export interface TranslationProblem {
  /** The report whose `translationOf` is wrong. */
  id: string;
  message: string;
  fix: string;
}

/** `translationOf` values that name no report, the report itself, or a report in the same language. */
export function translationProblems(reports: readonly ReportLanguage[]): TranslationProblem[] {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const problems: TranslationProblem[] = [];
  for (const report of reports) {
    const target = report.data.translationOf;
    if (target === undefined) continue;
    const other = byId.get(target);
    if (target === report.id) problems.push({ id: report.id, message: `translationOf names the report itself ('${target}')`, fix: 'name the report this one translates, or remove translationOf' });
    else if (!other) problems.push({ id: report.id, message: `translationOf names no published report: '${target}'`, fix: `use the file name (without .mdx) of a report in content/reports, one of: ${[...byId.keys()].filter((id) => id !== report.id).join(', ')}` });
    else if (other.data.lang === report.data.lang) problems.push({ id: report.id, message: `translationOf names '${target}', which is in the same language (${report.data.lang})`, fix: "set this report's lang to the language it is written in" });
  }
  return problems;
}
