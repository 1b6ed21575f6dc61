/**
 * Cross-reference checks over a parsed report: unique ids, references that resolve
 * (with a "did you mean"), dates inside the report's period.
 */
import type { z } from 'astro/zod';
import { didYouMean } from '../text/did-you-mean.ts';
import { isCalendarDate, toKebab, type DateSpec, type Period } from './common.ts';
import type { Registry } from './context.ts';

type Path = (string | number)[];
type Kind = 'place' | 'actor' | 'event' | 'source';
const LIST: Record<Kind, string> = { place: 'places', actor: 'actors', event: 'events', source: 'sources' };

type Loose = Record<string, unknown>;
const list = (value: unknown): Loose[] => (Array.isArray(value) ? value.map((v) => (v && typeof v === 'object' ? (v as Loose) : {})) : []);
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const id = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const obj = (value: unknown): Loose => (value && typeof value === 'object' ? (value as Loose) : {});

const NO_REGISTRY: Registry = { places: new Map(), actors: new Map(), sources: new Map() };

/**
 * Adds an issue to `ctx` for every duplicate id, dangling reference and out-of-period date.
 * An id resolves to an entry of the report or of the shared `registry`.
 */
export function checkReferences(input: unknown, ctx: z.core.$RefinementCtx, registry: Registry = NO_REGISTRY): void {
  const report = obj(input);
  checkDuplicates(report, ctx);
  const declared: Record<Kind, Set<string>> = {
    place: new Set([...list(report.places).map((p) => String(p.id)), ...registry.places.keys()]),
    actor: new Set([...list(report.actors).map((a) => String(a.id)), ...registry.actors.keys()]),
    event: new Set(list(report.events).map((e) => String(e.id))),
    source: new Set([...list(report.sources).map((s) => String(s.id)), ...registry.sources.keys()]),
  };
  // Names and aliases, as ids, of what each id stands for: `al-tanf` finds `al-tanf-garrison` by its name "al-Tanf".
  const named: Record<Kind, [string, string][]> = { place: [], actor: [], event: [], source: [] };
  const addNames = (kind: Kind, entries: Iterable<unknown>) => {
    for (const entry of entries) {
      const e = obj(entry);
      if (typeof e.id !== 'string') continue;
      for (const label of [e.name, e.short, e.title, ...(Array.isArray(e.aliases) ? e.aliases : [])]) {
        if (typeof label === 'string' && toKebab(label)) named[kind].push([toKebab(label), e.id]);
      }
    }
  };
  addNames('place', [...list(report.places), ...registry.places.values()]);
  addNames('actor', [...list(report.actors), ...registry.actors.values()]);
  addNames('event', list(report.events));
  addNames('source', [...list(report.sources), ...registry.sources.values()]);
  const published = dateBounds(report.published);
  const updated = dateBounds(report.updated);
  if (published && updated && updated.end < published.start) {
    ctx.addIssue({ code: 'custom', path: ['updated'], message: `updated ${updated.end} comes before the report was published (${published.start})`, params: { fix: 'correct one of the dates; updated is the last update on this site' } });
  }
  const period = obj(report.period);
  const ref = (kind: Kind, value: unknown, path: Path): void => {
    const target = id(value);
    if (target === undefined || declared[kind].has(target)) return;
    const guess =
      named[kind].find(([label]) => label === target)?.[1] ??
      [...declared[kind]].find((candidate) => candidate.startsWith(`${target}-`)) ??
      didYouMean(target, declared[kind]) ??
      named[kind].find(([label]) => label === didYouMean(target, named[kind].map(([l]) => l)))?.[1];
    ctx.addIssue({
      code: 'custom',
      path,
      message: `unknown ${kind} '${target}'`,
      params: { fix: `${guess ? `did you mean '${guess}'? ` : ''}Declare it under ${LIST[kind]}` },
    });
  };
  const refs = (kind: Kind, values: unknown, path: Path): void => ids(values).forEach((v, i) => ref(kind, v, [...path, i]));

  list(report.places).forEach((p, i) => refs('source', p.sources, ['places', i, 'sources']));
  list(report.actors).forEach((a, i) => list(a.affiliations).forEach((f, j) => ref('actor', f.actor, ['actors', i, 'affiliations', j, 'actor'])));
  list(report.events).forEach((e, i) => {
    const actors = obj(e.actors);
    refs('place', e.places, ['events', i, 'places']);
    refs('actor', actors.by, ['events', i, 'actors', 'by']);
    refs('actor', actors.against, ['events', i, 'actors', 'against']);
    refs('source', e.sources, ['events', i, 'sources']);
    list(e.casualties).forEach((c, j) => {
      ref('actor', c.side, ['events', i, 'casualties', j, 'side']);
      refs('source', c.sources, ['events', i, 'casualties', j, 'sources']);
    });
    const span = dateBounds(e.date);
    if (span && e.scope !== 'background' && e.type !== 'context') checkInPeriod(span, period, ['events', i, 'date'], ctx, 'event');
  });
  list(report.tallies).forEach((t, i) => {
    list(t.breakdown).forEach((part, j) => ref('place', part.place, ['tallies', i, 'breakdown', j, 'place']));
    refs('source', t.sources, ['tallies', i, 'sources']);
    list(t.estimates).forEach((e, j) => ref('source', e.source, ['tallies', i, 'estimates', j, 'source']));
    const span = dateBounds(t.period);
    if (span && t.scope !== 'background') checkInPeriod(span, period, ['tallies', i, 'period'], ctx, 'tally');
  });
  list(report.axes).forEach((a, i) => {
    refs('place', a.from, ['axes', i, 'from']);
    refs('place', a.to, ['axes', i, 'to']);
    refs('actor', a.actors, ['axes', i, 'actors']);
    refs('source', a.sources, ['axes', i, 'sources']);
  });
  list(report.shipments).forEach((s, i) => {
    ref('place', s.from, ['shipments', i, 'from']);
    ref('place', s.to, ['shipments', i, 'to']);
    refs('actor', s.actors, ['shipments', i, 'actors']);
    ref('event', s.event, ['shipments', i, 'event']);
    refs('source', s.sources, ['shipments', i, 'sources']);
  });
  list(report.overlays).forEach((o, i) => refs('source', o.sources, ['overlays', i, 'sources']));
}

/** First and last possible day of a date spec (undefined when it is not one). */
export function dateBounds(date: DateSpec | unknown): Period | undefined {
  const day = (v: unknown) => {
    const text = typeof v === 'string' ? v : v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : undefined;
    return text !== undefined && isCalendarDate(text) ? text : undefined;
  };
  if (typeof date === 'string' || date instanceof Date) {
    const d = day(date);
    return d ? { start: d, end: d } : undefined;
  }
  const o = obj(date);
  const start = day(o.start);
  const end = day(o.end);
  return start && end ? { start, end } : undefined;
}

function checkInPeriod(span: Period, periodInput: Loose, path: Path, ctx: z.core.$RefinementCtx, kind: 'event' | 'tally'): void {
  const period = dateBounds(periodInput);
  if (!period || span.start >= period.start && span.end <= period.end) return;
  const shown = span.start === span.end ? span.start : `${span.start}..${span.end}`;
  ctx.addIssue({
    code: 'custom',
    path,
    message: `${shown} falls outside the report's period ${period.start}..${period.end}`,
    params: { fix: `correct the ${kind === 'event' ? 'date' : 'period'}, widen the report's period, or mark the ${kind} scope: background` },
  });
}

function checkDuplicates(report: Loose, ctx: z.core.$RefinementCtx): void {
  const seen = new Map<string, string>();
  for (const name of ['places', 'actors', 'events', 'tallies', 'axes', 'shipments', 'overlays', 'sources'] as const) {
    list(report[name]).forEach((item, i) => {
      if (typeof item.id !== 'string') return;
      const where = `${name}[${i}]`;
      const first = seen.get(item.id);
      if (first) {
        ctx.addIssue({
          code: 'custom',
          path: [name, i, 'id'],
          message: `duplicate id '${item.id}' (first used at ${first})`,
          params: { fix: 'ids must be unique within a report: rename one of them' },
        });
      } else seen.set(item.id, where);
    });
  }
}
