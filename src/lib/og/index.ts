/**
 * Share images made at build time, in Node: SVG drawn from a report's data and rendered to PNG with
 * @resvg/resvg-js. `reportImage(report)` is the 1200×630 Open Graph image of a report (title and static
 * map); `entityImage(card)` the 600×315 card of an entity page. No browser, no network.
 */
import type { Report } from '../schema/report.ts';
import { ENTITY_CARD, entityCardSvg, type EntityCard } from './entity-card.ts';
import { ogFonts, svgToPng } from './render.ts';
import { REPORT_CARD, reportCardSvg, type CardOptions } from './report-card.ts';

export { ENTITY_CARD, REPORT_CARD, type EntityCard };

/** The PNG share image of a report, 1200×630 (`slug` picks the report's basemap). */
export function reportImage(report: Report, options: Omit<CardOptions, 'fontFamily'> = {}): Buffer {
  const fonts = ogFonts();
  return svgToPng(reportCardSvg(report, { ...options, fontFamily: fonts.family }), fonts);
}

/** The PNG share image of an entity page, 600×315. */
export function entityImage(card: EntityCard, options: { locale?: string; dir?: 'ltr' | 'rtl' } = {}): Buffer {
  const fonts = ogFonts();
  return svgToPng(entityCardSvg(card, { ...options, fontFamily: fonts.family }), fonts);
}
