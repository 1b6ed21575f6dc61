/**
 * The entity pages' data, built once per build: the registry's collections and every published report (drafts
 * only in `astro dev`), joined by `entityIndex`. Files starting with `_` are not routes.
 */
import { getCollection } from 'astro:content';
import { reportParagraphs } from '../lib/registry/mentions.ts';
import { parseBody } from '../lib/report/mdx.ts';
import { entityIndex, type EntityIndex, type SharedRegistry } from '../lib/view/entities.ts';
import { publishedReports } from './reports/_published.ts';

let cached: Promise<EntityIndex> | undefined;

/** The site's entities (memoised: every entity page of a build reads the same index). */
export function siteEntities(): Promise<EntityIndex> {
  cached ??= (async () => {
    const [entries, places, actors, sources] = await Promise.all([publishedReports(), getCollection('places'), getCollection('actors'), getCollection('sources')]);
    const registry = {
      places: new Map(places.map((e) => [e.id, e.data])),
      actors: new Map(actors.map((e) => [e.id, e.data])),
      sources: new Map(sources.map((e) => [e.id, e.data])),
    } as SharedRegistry;
    const reports = entries.map((entry) => ({
      slug: entry.id,
      data: entry.data,
      // The body as the site's MDX pipeline reads it (the one parser of src/lib/report).
      paragraphs: reportParagraphs(parseBody(entry.id, entry.body ?? '', 0).tree, entry.data),
    }));
    return entityIndex(reports, registry);
  })();
  return cached;
}
