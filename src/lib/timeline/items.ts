/** The timeline's items before layout: one per event, or (dense mode) one per lane and bin. */
import type { DatePrecision, DateSpec } from '../schema/common.ts';
import { endOf, formatDateSpec, formatPeriod, startOf } from '../time/calendar.ts';
import { histogram } from './histogram.ts';
import { LANES, isViolentLane, laneOf, type LaneId } from './lanes.ts';
import type { TimelineInput } from './model.ts';

/** One thing to draw on the timeline, before layout: an event, or a bin of several. */
export interface Item {
  /** Event id, or `bin-<lane>-<start>` for a bin of several events. */
  key: string;
  /** Ids of the events the mark stands for. */
  events: string[];
  lane: LaneId;
  shape: 'day' | 'range' | 'bin';
  /** How exactly the dates are known; anything but `day` is drawn as approximate. */
  precision: DatePrecision;
  start: string;
  end: string;
  /** Accessible name, e.g. `26 October 2023: U.S. airstrikes against Iranian militias in Deir ez-Zor`. */
  name: string;
  title: string;
  dateText: string;
  confidence: string;
  places: string[];
  count: number;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function precisionOf(spec: DateSpec): DatePrecision {
  return typeof spec === 'string' ? 'day' : spec.precision;
}

export function eventItems(report: TimelineInput): Item[] {
  const actors = new Map(report.actors.map((a) => [a.id, a]));
  return report.events.map((event) => {
    const dateText = formatDateSpec(event.date);
    const precision = precisionOf(event.date);
    const single = startOf(event.date) === endOf(event.date);
    return {
      key: event.id,
      events: [event.id],
      lane: laneOf(event, actors),
      shape: single ? 'day' : 'range',
      precision: single ? 'day' : precision,
      start: startOf(event.date),
      end: endOf(event.date),
      name: `${capitalize(dateText)}: ${event.title}`,
      title: event.title,
      dateText,
      confidence: event.confidence,
      places: event.places,
      count: event.count ?? 1,
    };
  });
}

/**
 * Dense mode: one mark per lane and histogram bin of the event's first day. A bin is drawn
 * as approximate (`range`) when one of its events is known only to a range.
 */
export function binItems(report: TimelineInput, domain: { start: string; end: string }): Item[] {
  const hist = histogram([], domain.start, domain.end);
  const actors = new Map(report.actors.map((a) => [a.id, a]));
  const bins = new Map<string, Item>();
  // Binary search: the last bin starting on or before `day` (bins are in date order).
  const lookup = (day: string) => {
    let lo = 0;
    let hi = hist.bins.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (hist.bins[mid]!.start <= day) lo = mid;
      else hi = mid - 1;
    }
    return hist.bins[lo];
  };
  for (const event of report.events) {
    const lane = laneOf(event, actors);
    const bin = lookup(max(startOf(event.date), domain.start));
    if (!bin) continue;
    const key = `bin-${lane}-${bin.start}`;
    let item = bins.get(key);
    if (!item) {
      const spec: DateSpec = hist.unit === 'day' ? bin.start : { start: bin.start, end: bin.end, precision: 'week' };
      const dateText = hist.unit === 'day' ? formatDateSpec(spec) : `the week of ${formatPeriod(bin)}`;
      item = { key, events: [], lane, shape: 'bin', precision: 'day', start: bin.start, end: bin.end, name: '', title: '', dateText, confidence: '', places: [], count: 0 };
      bins.set(key, item);
    }
    item.events.push(event.id);
    item.count += event.count ?? 1;
    if (startOf(event.date) !== endOf(event.date)) item.precision = 'range';
  }
  for (const item of bins.values()) {
    const laneInfo = LANES.find((l) => l.id === item.lane)!;
    const noun = `${item.count.toLocaleString('en-US')} ${plural(laneInfo.noun, item.count)}`;
    item.title = `${noun} (${laneInfo.name.toLowerCase()})`;
    item.name = `${capitalize(item.dateText)}: ${item.title}`;
  }
  return [...bins.values()];
}

export function orderItems(items: Item[]): Item[] {
  return items.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.key.localeCompare(b.key));
}

export function plural(noun: string, n: number): string {
  if (n === 1) return noun;
  return /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}

export function countables(report: TimelineInput) {
  const actors = new Map(report.actors.map((a) => [a.id, a]));
  const places = new Map(report.places.map((p) => [p.id, p]));
  return report.events
    .filter((event) => isViolentLane(laneOf(event, actors)))
    .map((event) => ({
      start: startOf(event.date),
      end: endOf(event.date),
      count: event.count ?? 1,
      country: event.country ?? event.places.map((id) => places.get(id)?.country).find((c) => c !== undefined) ?? '',
    }));
}

export function min(a: string, b: string): string {
  return a < b ? a : b;
}
export function max(a: string, b: string): string {
  return a > b ? a : b;
}
