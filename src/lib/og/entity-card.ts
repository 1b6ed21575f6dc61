/**
 * A smaller share image for an entity page (a place, an actor, a source), as SVG, 600×315: the name, what
 * it is, and up to two lines of detail (coordinates, the reports that mention it). For the registry's
 * entity pages: `entityCardSvg({ name, kind, details })`, then `svgToPng` (render.ts).
 */
import { escapeMarkup as esc } from '../text/escape.ts';
import { t } from '../i18n/catalogue.ts';
import { wrapText } from './text.ts';

export const ENTITY_CARD = { width: 600, height: 315 } as const;

export interface EntityCard {
  /** The entity's name, as the page's heading. */
  name: string;
  /** What it is, in words (`coalition base`, `militia`). */
  kind: string;
  /** Up to two short lines (coordinates, "In 3 reports"). */
  details?: readonly string[];
}

export function entityCardSvg(card: EntityCard, options: { locale?: string; dir?: 'ltr' | 'rtl'; fontFamily?: string } = {}): string {
  const { width: W, height: H } = ENTITY_CARD;
  const locale = options.locale ?? 'en';
  const rtl = options.dir === 'rtl';
  const x = rtl ? W - 40 : 40;
  const anchor = rtl ? ' text-anchor="end" direction="rtl"' : '';
  const font = esc(options.fontFamily ?? 'sans-serif');
  const sizes = [44, 38, 32, 28];
  const size = sizes.find((s) => !wrapText(card.name, W - 80, s, 3, 'bold').some((line) => line.endsWith('…'))) ?? 28;
  const name = wrapText(card.name, W - 80, size, 3, 'bold');
  const line = (text: string, y: number, attrs: string) => `<text x="${x}" y="${y}" ${attrs}${anchor}>${esc(text)}</text>`;
  const details = (card.details ?? []).slice(0, 2);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
    `<rect width="${W}" height="${H}" fill="#fbfaf6"/>`,
    `<rect width="${W}" height="8" fill="#8a1c1c"/>`,
    line(t(locale, 'trust.og.brand').toUpperCase(), 58, `font-family="${font}" font-size="16" font-weight="700" letter-spacing="3" fill="#8a1c1c"`),
    ...name.map((text, i) => line(text, 112 + i * Math.round(size * 1.15), `font-family="${font}" font-size="${size}" font-weight="700" fill="#1b1b1b"`)),
    line(card.kind, H - 40 - details.length * 26, `font-family="${font}" font-size="20" font-weight="700" fill="#555555"`),
    ...details.map((text, i) => line(text, H - 40 - (details.length - 1 - i) * 26, `font-family="${font}" font-size="18" fill="#555555"`)),
    '</svg>',
  ].join('');
}
