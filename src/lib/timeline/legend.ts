/**
 * The legend, from what the timeline actually draws: its lanes by colour, a known day, a
 * range known only roughly (faded ends), a known span of days, a count over its period (a
 * bracket), the publication date, the histogram's countries, and a note when some labels
 * show only on hover, on focus and in the table.
 */
import { t } from '../i18n/catalogue.ts';
import { COUNTRY_COLORS } from './svg.ts';
import type { TimelineModel } from './types.ts';

export interface LegendEntry {
  kind: 'lane' | 'day' | 'rough' | 'span' | 'bracket' | 'published' | 'country' | 'note';
  color: string;
  text: string;
}

const NEUTRAL = '#5d5d5d';

/** Entries for the models drawn on the page (the wide and the phone layout show the same data). */
export function legendEntries(primary: TimelineModel, other: TimelineModel, locale = 'en'): LegendEntry[] {
  const m = (key: Parameters<typeof t>[1], params?: Record<string, string>) => t(locale, key, params);
  const entries: LegendEntry[] = primary.lanes.map((lane) => ({ kind: 'lane', color: lane.color, text: lane.name }));
  const marks = primary.marks;
  if (marks.some((mark) => mark.shape === 'day')) entries.push({ kind: 'day', color: NEUTRAL, text: m('timeline.legend.day') });
  if (marks.some((mark) => mark.shape === 'range' && mark.precision !== 'day')) entries.push({ kind: 'rough', color: NEUTRAL, text: m('timeline.legend.range') });
  if (marks.some((mark) => mark.shape !== 'day' && mark.precision === 'day')) entries.push({ kind: 'span', color: NEUTRAL, text: m('timeline.legend.rangeExact') });
  if (primary.brackets.length) entries.push({ kind: 'bracket', color: '#6d4c8f', text: m('timeline.legend.bracket') });
  if (primary.published.shown) entries.push({ kind: 'published', color: '#8a1c1c', text: m('timeline.legend.published') });
  for (const [i, country] of (primary.histogram?.countries ?? []).entries()) {
    entries.push({ kind: 'country', color: COUNTRY_COLORS[i % COUNTRY_COLORS.length]!, text: m('timeline.legend.country', { country: country.name }) });
  }
  if (primary.thinned > 0 || other.thinned > 0) entries.push({ kind: 'note', color: NEUTRAL, text: m('timeline.legend.hidden') });
  return entries;
}
