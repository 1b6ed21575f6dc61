/**
 * A report's share image as SVG, 1200×630 (Open Graph's size): the title, byline and dates on the left,
 * the report's static map on the right (the map's own view model and projection, src/lib/map/, drawn
 * plainly: basemap, areas, rivers, axes and the place symbols, no labels at this size). Every string
 * is escaped; the SVG refers to nothing outside itself.
 */
import type { Report } from '../schema/report.ts';
import { buildMap } from '../map/build.ts';
import type { Bounds } from '../map/geo.ts';
import { toStaticMap, type StaticMap } from '../map/static.ts';
import { escapeMarkup as esc } from '../text/escape.ts';
import { t } from '../i18n/catalogue.ts';
import { formatDate, formatDateRange } from '../i18n/format.ts';
import { lastCorrected, publishedSpan } from '../view/dates.ts';
import { wrapText } from './text.ts';

export const REPORT_CARD = { width: 1200, height: 630 } as const;

const PAPER = '#fbfaf6';
const INK = '#1b1b1b';
const MUTED = '#555555';
const ACCENT = '#8a1c1c';

export interface CardOptions {
  /** Locale of the text (dates, catalogue strings). */
  locale?: string;
  /** The report's slug (which basemap its map is drawn on). */
  slug?: string;
  /** Right-to-left text (Arabic): the text column is set from its right edge. */
  dir?: 'ltr' | 'rtl';
  /** The font family the text is set in (see fonts.ts). */
  fontFamily?: string;
}

/** Web Mercator's y for a latitude (unit sphere), to compare the shapes of frames. */
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/**
 * The report's frame widened (within the basemap's clip) to the shape of a box, so the whole frame fits
 * the box rather than being cropped: a wide frame in a tall box gains sky to the north and south.
 */
export function frameForBox(frame: Bounds, clip: Bounds, width: number, height: number): Bounds {
  const lonSpan = ((frame.east - frame.west) * Math.PI) / 180;
  const ySpan = mercY(frame.north) - mercY(frame.south);
  const wantY = (lonSpan * height) / width;
  if (wantY > ySpan) {
    const mid = (mercY(frame.north) + mercY(frame.south)) / 2;
    const lat = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;
    return { ...frame, north: Math.min(clip.north, lat(mid + wantY / 2)), south: Math.max(clip.south, lat(mid - wantY / 2)) };
  }
  const wantLon = (((ySpan * width) / height) * 180) / Math.PI;
  const mid = (frame.east + frame.west) / 2;
  return { ...frame, west: Math.max(clip.west, mid - wantLon / 2), east: Math.min(clip.east, mid + wantLon / 2) };
}

/** The static map fitted to a box (cropped only where the basemap ends), from the map's own projection. */
function boxMap(report: Report, slug: string, locale: string, width: number, height: number): StaticMap | undefined {
  if (report.places.length === 0) return undefined;
  const { model, layers } = buildMap(report, slug, locale);
  const fitted = { ...model, frame: frameForBox(model.frame, model.clip, width, height) };
  const first = toStaticMap(fitted, layers, width);
  return first.height >= height ? first : toStaticMap(fitted, layers, Math.ceil((width * height) / first.height));
}

/** The map's layers as SVG markup (no text), in the colours of the page's static map (src/components/ReportMap.astro). */
export function mapMarkup(map: StaticMap, markerScale = 1.5): string {
  const parts: string[] = [
    `<rect width="${map.width}" height="${map.height}" fill="#dce7ef"/>`,
    ...map.countries.map((c) => `<path d="${c.d}" fill="${c.focus ? '#fbfaf6' : '#ebe9e2'}"/>`),
    ...map.water.map((w) => `<path d="${w.d}" fill="${w.kind === 'playa' ? '#efe6d2' : '#c9dceb'}"/>`),
    ...map.rivers.map((r) => `<path d="${r.d}" fill="none" stroke="#9dbfdc" stroke-width="${r.rank <= 3 ? 1.6 : 1}" stroke-linecap="round" stroke-linejoin="round"/>`),
    `<path d="${map.coast}" fill="none" stroke="#9ebfd9" stroke-width="0.8"/>`,
    `<path d="${map.borders}" fill="none" stroke="#8d8a82" stroke-width="1.2" stroke-dasharray="5 2 1 2"/>`,
    ...map.areas.map((a) => (a.region ? `<path d="${a.d}" fill="#8a6d45" fill-opacity="0.1" stroke="#8a6d45" stroke-opacity="0.5" stroke-width="1.2" stroke-dasharray="5 4"/>` : `<path d="${a.d}" fill="#1f5fa8" fill-opacity="0.07"/>`)),
    ...map.overlays.map((r) => `<path d="${r.d}" fill="none" stroke="#3b82c4" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>`),
    ...map.shipments.map((s) => `<path d="${s.d}" fill="none" stroke="#5e3c99" stroke-width="2" stroke-dasharray="6 4" marker-end="url(#og-arrow-s)"/>`),
    ...map.axes.flatMap((a) => a.arrows.map((d) => `<path d="${d}" fill="none" stroke="${ACCENT}" stroke-width="2.5" marker-end="url(#og-arrow-a)"/>`)),
    ...map.markers.map(
      (m) => `<path d="${m.path}" transform="translate(${m.sx} ${m.sy}) scale(${markerScale})" fill="${m.fill}" stroke="${m.stroke}" stroke-width="1.2" fill-rule="evenodd"/>`,
    ),
  ];
  const defs =
    '<defs>' +
    `<marker id="og-arrow-a" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0 0L10 5 0 10z" fill="${ACCENT}"/></marker>` +
    '<marker id="og-arrow-s" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0 0L10 5 0 10z" fill="#5e3c99"/></marker>' +
    '</defs>';
  return defs + parts.filter((part) => !part.startsWith('<path d=""')).join('');
}

/** Lines of text as one `<text>` element with `<tspan>`s, set from `x` (or ending at `x` in RTL). */
function textBlock(lines: string[], x: number, y: number, lineHeight: number, attrs: string, dir: 'ltr' | 'rtl'): string {
  if (lines.length === 0) return '';
  const anchor = dir === 'rtl' ? ' text-anchor="end" direction="rtl"' : '';
  const spans = lines.map((line, i) => `<tspan x="${x}" y="${y + i * lineHeight}">${esc(line)}</tspan>`).join('');
  return `<text ${attrs}${anchor}>${spans}</text>`;
}

/** The share image of a report, as SVG text (1200×630). */
export function reportCardSvg(report: Report, options: CardOptions = {}): string {
  const { width: W, height: H } = REPORT_CARD;
  const locale = options.locale ?? 'en';
  const dir = options.dir ?? 'ltr';
  const font = esc(options.fontFamily ?? 'sans-serif');
  const mapBox = { x: 640, width: W - 640, height: H };
  const map = boxMap(report, options.slug ?? 'report', locale, mapBox.width, mapBox.height);

  const column = { start: 56, end: 596 };
  const textX = dir === 'rtl' ? column.end : column.start;
  // The largest size at which the whole title fits in five lines (the smallest cuts it with an ellipsis).
  const sizes = [56, 50, 44, 38];
  const titleSize = sizes.find((size) => !wrapText(report.title, column.end - column.start, size, 5, 'bold').some((line) => line.endsWith('…'))) ?? 38;
  const title = wrapText(report.title, column.end - column.start, titleSize, 5, 'bold');
  const span = publishedSpan(report);
  const dates = formatDateRange(locale, span.start, span.end);
  const corrected = lastCorrected(report);
  const byline = wrapText(`${report.authors.map((a) => a.name).join(', ')} · ${report.publisher}`, column.end - column.start, 24, 2);

  // The map is drawn unclipped, centred on its box, and the text panel covers what spills to the left:
  // resvg (2.6) aborts the process on clip paths or nested SVGs holding shapes far outside them.
  const dx = Math.round(mapBox.x - ((map?.width ?? mapBox.width) - mapBox.width) / 2);
  const dy = Math.round(-((map?.height ?? H) - H) / 2);
  const body = [
    `<rect width="${W}" height="${H}" fill="${PAPER}"/>`,
    map ? `<g transform="translate(${dx} ${dy})">${mapMarkup(map)}</g>` : `<rect x="${mapBox.x}" width="${mapBox.width}" height="${H}" fill="#efece4"/>`,
    `<rect width="${mapBox.x}" height="${H}" fill="${PAPER}"/>`,
    `<rect x="${mapBox.x - 4}" width="4" height="${H}" fill="${ACCENT}"/>`,
    textBlock([t(locale, 'trust.og.brand').toUpperCase()], textX, 84, 0, `font-family="${font}" font-size="22" font-weight="700" letter-spacing="4" fill="${ACCENT}"`, dir),
    textBlock(title, textX, 170, Math.round(titleSize * 1.18), `font-family="${font}" font-size="${titleSize}" font-weight="700" fill="${INK}"`, dir),
    textBlock(byline, textX, H - 100 - (byline.length - 1) * 30, 30, `font-family="${font}" font-size="24" fill="${MUTED}"`, dir),
    textBlock([corrected ? `${dates} · ${t(locale, 'trust.notice.corrected', { date: formatDate(locale, corrected) }).replace(/\.$/, '')}` : dates], textX, H - 56, 0, `font-family="${font}" font-size="22" fill="${MUTED}"`, dir),
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body.join('')}</svg>`;
}
