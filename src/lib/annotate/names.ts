/**
 * The names a report's prose may use for its places and actors: names, short forms and
 * aliases, with the spelling variants typography introduces (’ or ', a leading "the").
 *
 * One surface form may belong to two items (a town and the militia named after it). The
 * rule: a `name` or `short` beats an alias; among equals, a place beats an actor, an actor
 * a source (matched by a short title); among
 * those, the item declared first. An editor overrides with `:actor[...]{#id}`.
 */
import type { Report } from '../schema/report.ts';
import type { MentionRef } from '../view/refs.ts';

export interface NameEntry {
  /** The text to find, exactly as it may appear (case of the first letter aside). */
  form: string;
  ref: MentionRef;
  /** `name` for names and short forms, `alias` for aliases. */
  rank: 'name' | 'alias';
}

const KIND_ORDER = { place: 0, actor: 1, event: 2, source: 3, date: 4 } as const;

/** Spelling variants of one form: both apostrophes; without a leading "the". */
export function variants(form: string): string[] {
  const out = new Set<string>([form]);
  const bare = form.replace(/^the\s+/i, '');
  if (bare.length > 0) out.add(bare);
  for (const v of [...out]) {
    out.add(v.replace(/'/g, '’'));
    out.add(v.replace(/’/g, "'"));
  }
  return [...out];
}

/** Every form to look for, each resolved to one item by the rule above. */
export function nameEntries(report: Pick<Report, 'places' | 'actors'> & Partial<Pick<Report, 'sources'>>): NameEntry[] {
  const candidates: NameEntry[] = [];
  const add = (kind: 'place' | 'actor' | 'source', id: string, forms: (string | undefined)[], rank: NameEntry['rank']) => {
    for (const form of forms) if (form) for (const v of variants(form)) candidates.push({ form: v, ref: { kind, id }, rank });
  };
  for (const p of report.places) {
    add('place', p.id, [p.name], 'name');
    add('place', p.id, p.aliases, 'alias');
  }
  for (const a of report.actors) {
    add('actor', a.id, [a.name, a.short], 'name');
    add('actor', a.id, a.aliases, 'alias');
  }
  // A source is matched by its title when the title reads as a name (six words at most, no colon).
  for (const s of report.sources ?? []) {
    if (isNameLike(s.title)) add('source', s.id, [s.title], 'name');
    add('source', s.id, s.aliases ?? [], 'alias');
  }
  const chosen = new Map<string, NameEntry>();
  for (const entry of candidates) {
    const key = entry.form.toLowerCase();
    const current = chosen.get(key);
    if (!current || beats(entry, current)) chosen.set(key, entry);
  }
  return [...chosen.values()];
}

/** Forms that two items share, for a warning: the editor may want an explicit reference. */
export function sharedForms(report: Pick<Report, 'places' | 'actors'>): { form: string; refs: MentionRef[] }[] {
  const byForm = new Map<string, { form: string; refs: MentionRef[] }>();
  const push = (form: string, ref: MentionRef) => {
    const entry = byForm.get(form.toLowerCase()) ?? { form, refs: [] };
    if (!entry.refs.some((r) => r.kind === ref.kind && r.id === ref.id)) entry.refs.push(ref);
    byForm.set(form.toLowerCase(), entry);
  };
  for (const p of report.places) for (const f of [p.name, ...p.aliases]) push(f, { kind: 'place', id: p.id });
  for (const a of report.actors) for (const f of [a.name, a.short, ...a.aliases]) if (f) push(f, { kind: 'actor', id: a.id });
  return [...byForm.values()].filter((entry) => entry.refs.length > 1);
}

function isNameLike(title: string): boolean {
  return !title.includes(':') && !title.includes(',') && title.split(/\s+/).length <= 6;
}

function beats(a: NameEntry, b: NameEntry): boolean {
  if (a.rank !== b.rank) return a.rank === 'name';
  return KIND_ORDER[a.ref.kind] < KIND_ORDER[b.ref.kind];
}
