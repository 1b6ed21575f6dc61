/**
 * A report's events as ACLED-format CSV, in ACLED's column order, so analysts can load
 * them next to ACLED data. One row per event and place (ACLED records one location per
 * row); background `context` events are left out. Inverse of src/lib/import/acled.ts.
 */
import { toAcledDate } from '../acled/dates.ts';
import { countryName, numericOfAlpha2 } from '../acled/countries.ts';
import { ACLED_COLUMNS, EVENT_LABELS, disorderType, type AcledRow } from '../acled/vocabulary.ts';
import type { Report } from '../schema/report.ts';

const GEO: Record<string, string> = { exact: '1', near: '2', region: '3' };

/** ACLED rows for the report's events. */
export function acledRows(report: Pick<Report, 'events' | 'places' | 'actors' | 'sources'>): AcledRow[] {
  const places = new Map(report.places.map((p) => [p.id, p]));
  const actors = new Map(report.actors.map((a) => [a.id, a]));
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  const rows: AcledRow[] = [];
  for (const event of report.events) {
    const type = event.type;
    if (type === 'context') continue;
    const { date, precision } = toAcledDate(event.date);
    const side = (ids: string[]) => {
      const [main, ...assoc] = ids.map((id) => actors.get(id));
      return { name: main?.name ?? '', assoc: assoc.map((a) => a?.name ?? '').filter(Boolean).join('; '), type: main?.acledType ?? '' };
    };
    const by = side(event.actors.by);
    const against = side(event.actors.against);
    const eventPlaces = event.places.length > 0 ? event.places.map((id) => places.get(id)) : [undefined];
    eventPlaces.forEach((place, i) => {
      const alpha2 = place?.country ?? event.country;
      const row: AcledRow = Object.fromEntries(ACLED_COLUMNS.map((c) => [c, ''])) as AcledRow;
      Object.assign(row, {
        event_id_cnty: (event.id.startsWith('acled-') ? event.id.slice(6).toUpperCase() : event.id) + (i > 0 ? `-${i + 1}` : ''),
        event_date: date,
        year: date.slice(0, 4),
        time_precision: precision,
        disorder_type: disorderType(type, event.subtype),
        event_type: EVENT_LABELS[type].label,
        sub_event_type: EVENT_LABELS[type].subtypes[event.subtype] ?? event.subtype,
        actor1: by.name,
        assoc_actor_1: by.assoc,
        inter1: by.type,
        actor2: against.name,
        assoc_actor_2: against.assoc,
        inter2: against.type,
        interaction: by.type && against.type ? `${by.type}-${against.type}` : by.type ? `${by.type} only` : '',
        civilian_targeting: against.type === 'Civilians' ? 'Civilians targeted' : '',
        iso: alpha2 ? (numericOfAlpha2(alpha2) ?? '') : '',
        // ACLED's regions are its own grouping, not a general table: left empty (the importer does not read it).
        region: '',
        country: alpha2 ? countryName(alpha2) : '',
        admin1: place?.admin1 ?? '',
        location: place?.name ?? '',
        latitude: place ? place.lat.toFixed(4) : '',
        longitude: place ? place.lon.toFixed(4) : '',
        geo_precision: place ? (GEO[place.precision] ?? '') : '',
        source: event.sources.map((id) => sources.get(id)?.title ?? id).join('; '),
        notes: event.notes ?? event.quote ?? event.title,
        fatalities: String(event.fatalities ?? 0),
      } satisfies Partial<AcledRow>);
      rows.push(row);
    });
  }
  return rows;
}

/** One CSV field: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  // Text a spreadsheet would run as a formula (=, +, -, @, tab or CR first) gets a leading apostrophe
  // (OWASP's advice against CSV injection); numbers such as -12.5 stay numbers.
  const safe = /^[=+\-@\t\r]/.test(value) && !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV text: header in ACLED's order, one line per row, CRLF line ends (RFC 4180). */
export function toAcledCsv(rows: readonly AcledRow[]): string {
  return [ACLED_COLUMNS.join(','), ...rows.map((row) => ACLED_COLUMNS.map((c) => csvField(row[c])).join(','))].join('\r\n') + '\r\n';
}
