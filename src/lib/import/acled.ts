/**
 * ACLED-format CSV → Sitrep places, actors, events and sources, with a report of the rows
 * (and cells) it could not take. Pure: the caller reads the file and writes the result.
 *
 * Mapping: event_type / sub_event_type → slugs (`toKebab` of ACLED's labels); actor1 and
 * assoc_actor_1 → `actors.by`, actor2 and assoc_actor_2 → `actors.against` (ids are kebab-case
 * names; inter1/inter2 give `acledType` and `kind`); location + latitude/longitude + geo_precision
 * → a place (1 exact; 2 near, 5 km; 3 region, 25 km); time_precision → day / week / month
 * (see dates.ts); fatalities; source (`;`-separated) → sources; notes → notes.
 * Not kept: disorder_type, interaction, civilian_targeting (derived again on export),
 * region, admin2, admin3, source_scale, tags, timestamp.
 */
import { parse } from 'csv-parse/sync';
import { fromAcledDate } from '../acled/dates.ts';
import { alpha2OfNumeric } from '../acled/countries.ts';
import { ACLED_COLUMNS, ACTOR_TYPES, EVENT_LABELS, GEO_PRECISION, KIND_OF_TYPE, type AcledActorTypeLabel, type AcledRow } from '../acled/vocabulary.ts';
import type { Actor } from '../schema/actor.ts';
import { isCalendarDate, toKebab } from '../schema/common.ts';
import { SUBTYPES, type Event, type EventType } from '../schema/event.ts';
import type { Place } from '../schema/place.ts';
import type { Source } from '../schema/source.ts';
import { didYouMean } from '../text/did-you-mean.ts';

export interface ImportProblem {
  /** Line of the CSV file (the header is line 1). */
  row: number;
  column: string;
  message: string;
}

export interface ImportResult {
  places: Place[];
  actors: Actor[];
  events: Event[];
  sources: Source[];
  problems: ImportProblem[];
  /** Rows read (header aside) and rows taken. */
  rows: number;
  taken: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** YYYY-MM-DD from `2023-10-26` or ACLED's older `26 October 2023`. */
function readDate(value: string): string | undefined {
  const text = value.trim();
  if (isCalendarDate(text)) return text;
  const m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(text);
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) + 1 : 0;
  if (!m || month === 0) return undefined;
  const iso = `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : undefined;
}

const list = (value: string): string[] => value.split(';').map((s) => s.trim()).filter(Boolean);

function actorType(value: string): AcledActorTypeLabel | undefined {
  const text = value.trim();
  if (/^[1-8]$/.test(text)) return ACTOR_TYPES[Number(text) - 1];
  return ACTOR_TYPES.find((t) => t.toLowerCase() === text.toLowerCase());
}

/** Parses ACLED CSV text. Never throws on bad rows: they land in `problems`. */
export function importAcled(csv: string): ImportResult {
  const result: ImportResult = { places: [], actors: [], events: [], sources: [], problems: [], rows: 0, taken: 0 };
  let records: string[][];
  try {
    records = parse(csv, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: false }) as string[][];
  } catch (error) {
    result.problems.push({ row: 0, column: '', message: `not a readable CSV file: ${(error as Error).message}` });
    return result;
  }
  const header = (records[0] ?? []).map((h) => h.trim());
  const missing = ['event_id_cnty', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'location', 'latitude', 'longitude', 'geo_precision'].filter((c) => !header.includes(c));
  if (missing.length > 0) {
    result.problems.push({ row: 1, column: missing.join(', '), message: `the header lacks ACLED column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}; expected ACLED's columns: ${ACLED_COLUMNS.join(', ')}` });
    return result;
  }
  const places = new Map<string, Place>();
  const actors = new Map<string, Actor>();
  const sources = new Map<string, Source>();
  const ids = new Set<string>();
  records.slice(1).forEach((cells, index) => {
    const row = index + 2;
    result.rows += 1;
    const get = (c: string) => (cells[header.indexOf(c)] ?? '').trim();
    const data = Object.fromEntries(ACLED_COLUMNS.map((c) => [c, get(c)])) as AcledRow;
    const problems: ImportProblem[] = [];
    const fail = (column: string, message: string) => problems.push({ row, column, message });
    if (cells.length !== header.length) fail('', `${cells.length} cells where the header has ${header.length}`);

    const id = toKebab(`acled-${data.event_id_cnty}`);
    if (!data.event_id_cnty) fail('event_id_cnty', 'empty: every ACLED event has an id');
    else if (ids.has(id)) fail('event_id_cnty', `'${data.event_id_cnty}' appears twice`);
    const date = readDate(data.event_date);
    if (!date) fail('event_date', `'${data.event_date}' is not a date (YYYY-MM-DD)`);
    const timePrecision = data.time_precision as '1' | '2' | '3';
    if (!['1', '2', '3'].includes(timePrecision)) fail('time_precision', `'${data.time_precision}' is not 1, 2 or 3`);
    const type = toKebab(data.event_type) as Exclude<EventType, 'context'>;
    const subtype = toKebab(data.sub_event_type);
    if (!(type in EVENT_LABELS)) {
      const guess = didYouMean(data.event_type, Object.values(EVENT_LABELS).map((e) => e.label));
      fail('event_type', `'${data.event_type}' is not an ACLED event type${guess ? `; did you mean '${guess}'?` : ''}`);
    } else if (!(SUBTYPES[type] as readonly string[]).includes(subtype)) {
      const labels = Object.values(EVENT_LABELS[type].subtypes);
      const guess = didYouMean(data.sub_event_type, labels);
      fail('sub_event_type', `'${data.sub_event_type}' is not a sub-event type of '${data.event_type}'${guess ? `; did you mean '${guess}'?` : `; expected one of: ${labels.join(', ')}`}`);
    }
    const lat = Number(data.latitude);
    const lon = Number(data.longitude);
    if (data.latitude === '' || !Number.isFinite(lat) || lat < -90 || lat > 90) fail('latitude', `'${data.latitude}' is not a latitude (-90..90)`);
    if (data.longitude === '' || !Number.isFinite(lon) || lon < -180 || lon > 180) fail('longitude', `'${data.longitude}' is not a longitude (-180..180)`);
    const geo = GEO_PRECISION[data.geo_precision as '1' | '2' | '3'];
    if (!geo) fail('geo_precision', `'${data.geo_precision}' is not 1, 2 or 3`);
    if (!data.location) fail('location', 'empty: ACLED names the location of every event');
    const fatalities = data.fatalities === '' ? 0 : Number(data.fatalities);
    if (!Number.isInteger(fatalities) || fatalities < 0) fail('fatalities', `'${data.fatalities}' is not a whole number 0 or more`);
    const inter1 = data.inter1 ? actorType(data.inter1) : undefined;
    const inter2 = data.inter2 ? actorType(data.inter2) : undefined;
    if (data.inter1 && !inter1) fail('inter1', `'${data.inter1}' is not an ACLED actor type (${ACTOR_TYPES.join(', ')})`);
    if (data.inter2 && !inter2) fail('inter2', `'${data.inter2}' is not an ACLED actor type (${ACTOR_TYPES.join(', ')})`);
    if (!data.actor1) fail('actor1', 'empty: every ACLED event has a first actor');
    if (problems.length > 0 || !date || !geo) {
      result.problems.push(...problems);
      return;
    }

    const place = placeFor(places, data, lat, lon, geo);
    const actorIds = (main: string, assoc: string, inter: AcledActorTypeLabel | undefined) =>
      [main, ...list(assoc)].filter(Boolean).map((name, i) => actorFor(actors, name, i === 0 ? inter : undefined, inter));
    const sourceIds = list(data.source).map((name) => {
      const sid = toKebab(name) || 'source';
      if (!sources.has(sid)) sources.set(sid, { id: sid, title: name, aliases: [], kind: 'media' });
      return sid;
    });
    ids.add(id);
    result.events.push({
      id,
      title: `${EVENT_LABELS[type].subtypes[subtype] ?? data.sub_event_type} in ${data.location}`,
      date: fromAcledDate(date, timePrecision),
      type,
      subtype,
      scope: 'focus',
      places: [place.id],
      actors: { by: actorIds(data.actor1, data.assoc_actor_1, inter1), against: actorIds(data.actor2, data.assoc_actor_2, inter2) },
      fatalities,
      sources: sourceIds,
      confidence: 'reported',
      ...(data.notes ? { notes: data.notes } : {}),
    });
    result.taken += 1;
  });
  result.places = [...places.values()];
  result.actors = [...actors.values()];
  result.sources = [...sources.values()];
  return result;
}

/** The place of a row: reused when the same location has the same coordinates, else a new id. */
function placeFor(places: Map<string, Place>, data: AcledRow, lat: number, lon: number, geo: (typeof GEO_PRECISION)['1']): Place {
  const base = toKebab(data.location) || 'place';
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    const existing = places.get(id);
    if (existing && existing.lat === lat && existing.lon === lon && existing.precision === geo.precision) return existing;
    if (existing) continue;
    const country = data.iso ? alpha2OfNumeric(data.iso) : undefined;
    const place: Place = {
      id,
      name: data.location,
      aliases: [],
      kind: geo.kind,
      lat,
      lon,
      precision: geo.precision,
      ...(geo.radiusKm ? { radiusKm: geo.radiusKm } : {}),
      ...(country ? { country } : {}),
      ...(data.admin1 ? { admin1: data.admin1 } : {}),
      sources: [],
    };
    places.set(id, place);
    return place;
  }
}

function actorFor(actors: Map<string, Actor>, name: string, type: AcledActorTypeLabel | undefined, kindFrom: AcledActorTypeLabel | undefined): string {
  const id = toKebab(name) || 'actor';
  const existing = actors.get(id);
  if (existing) {
    if (type && !existing.acledType) existing.acledType = type;
    return id;
  }
  actors.set(id, { id, name, aliases: [], kind: kindFrom ? KIND_OF_TYPE[kindFrom] : 'organization', ...(type ? { acledType: type } : {}), affiliations: [] });
  return id;
}
