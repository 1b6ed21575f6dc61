/** The timeline's items before layout: one per event, or (dense reports) one per lane and bin. */
import type { DatePrecision, DateSpec } from '../schema/common.ts';
import { endOf, startOf } from '../time/calendar.ts';
import { binUnit } from './histogram.ts';
import { laneKind, type Lanes } from './lanes.ts';
import { dateToDay, dayToDate } from './scale.ts';
import { markName, type Words } from './text.ts';
import type { Item, TimelineInput } from './types.ts';
import { utcDay, utcMonday } from 'd3-time';

export function precisionOf(spec: DateSpec): DatePrecision {
  return typeof spec === 'string' ? 'day' : spec.precision;
}

/** One item per event. A range with a count is labelled with its total ("… (22 in all)"). */
export function eventItems(report: TimelineInput, lanes: Lanes, w: Words): Item[] {
  return report.events.map((event) => {
    const dateText = w.date(event.date);
    const start = startOf(event.date);
    const end = endOf(event.date);
    const single = start === end;
    const text = !single && event.count !== undefined ? w.t('timeline.mark.total', { title: event.title, count: w.number(event.count) }) : event.title;
    return {
      key: event.id,
      events: [event.id],
      lane: lanes.of(event).id,
      shape: single ? 'day' : 'range',
      precision: single ? 'day' : precisionOf(event.date),
      start,
      end,
      name: markName(w, dateText, text),
      title: event.title,
      text,
      dateText,
      confidence: event.confidence,
      places: event.places,
      count: event.count ?? 1,
    };
  });
}

/**
 * Dense reports: one mark per lane and bin (day or week) of the event's first day. A bin
 * that holds an event known only to a range is drawn as approximate.
 */
export function binItems(report: TimelineInput, lanes: Lanes, w: Words, domain: { start: string; end: string }): Item[] {
  const interval = binUnit(domain.start, domain.end) === 'day' ? utcDay : utcMonday;
  const names = new Map(lanes.lanes.map((lane) => [lane.id, lane.name]));
  const bins = new Map<string, Item>();
  const binStart = new Map<string, string>();
  for (const event of report.events) {
    const lane = lanes.of(event).id;
    const first = startOf(event.date) < domain.start ? domain.start : startOf(event.date);
    let start = binStart.get(first);
    if (start === undefined) binStart.set(first, (start = dateToDay(interval.floor(dayToDate(first)))));
    const from = dayToDate(start);
    const key = `bin-${lane}-${start}`;
    let item = bins.get(key);
    if (!item) {
      const end = dateToDay(utcDay.offset(interval.offset(from, 1), -1));
      const dateText = interval === utcDay ? w.day(start) : w.date({ start, end, precision: 'week' });
      item = { key, events: [], lane, shape: 'bin', precision: 'day', start, end, name: '', title: '', text: '', dateText, confidence: '', places: [], count: 0 };
      bins.set(key, item);
    }
    item.events.push(event.id);
    item.count += event.count ?? 1;
    if (startOf(event.date) !== endOf(event.date)) item.precision = 'range';
    if (item.confidence !== event.confidence) item.confidence = item.events.length === 1 ? event.confidence : '';
  }
  for (const item of bins.values()) {
    item.title = w.t('timeline.bin.title', { events: w.events(item.count), lane: names.get(item.lane) ?? item.lane });
    item.text = w.number(item.count);
    item.name = markName(w, item.dateText, item.title);
  }
  return [...bins.values()];
}

export function orderItems(items: Item[]): Item[] {
  return items.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.key.localeCompare(b.key));
}

/** Violent events as countables for the histogram: their days, counts and country. */
export function countables(report: TimelineInput) {
  const places = new Map(report.places.map((p) => [p.id, p]));
  return report.events
    .filter((event) => laneKind(event) === 'violence')
    .map((event) => ({
      start: startOf(event.date),
      end: endOf(event.date),
      count: event.count ?? 1,
      country: event.country ?? event.places.map((id) => places.get(id)?.country).find((c) => c !== undefined) ?? '',
    }));
}
