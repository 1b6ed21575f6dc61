/**
 * What a report is read against besides its own file: the shared registry of places, actors and
 * sources that several reports may cite by id (content/places/ ... ; empty until a site declares one).
 *
 * The schema is a factory over this context (`createReportSchema(context)`, as Starlight's schemas
 * are), so a reference to a registry id resolves exactly like one to an id the report declares.
 * Entries the report declares itself win over registry entries with the same id.
 */
import type { Actor } from './actor.ts';
import type { Place } from './place.ts';
import type { Source } from './source.ts';

export interface Registry {
  /** Shared places by id. */
  places: ReadonlyMap<string, Place>;
  /** Shared actors by id. */
  actors: ReadonlyMap<string, Actor>;
  /** Shared sources by id. */
  sources: ReadonlyMap<string, Source>;
}

export interface ReportContext {
  registry: Registry;
}

/** No shared registry: every id a report uses must be declared in the report. */
export const EMPTY_CONTEXT: ReportContext = Object.freeze({
  registry: Object.freeze({ places: new Map(), actors: new Map(), sources: new Map() }),
});

/** A context from lists (tests, tools): ids are the entries' own ids. */
export function createContext(lists: { places?: readonly Place[]; actors?: readonly Actor[]; sources?: readonly Source[] } = {}): ReportContext {
  const byId = <T extends { id: string }>(items: readonly T[] = []) => new Map(items.map((item) => [item.id, item]));
  return { registry: { places: byId(lists.places), actors: byId(lists.actors), sources: byId(lists.sources) } };
}
