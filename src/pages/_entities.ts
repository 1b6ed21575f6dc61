/**
 * The entity pages' data, built once per build: the registry's collections and every published report (drafts
 * only in `astro dev`), joined by `entityIndex`. Files starting with `_` are not routes.
 */
import { getCollection } from 'astro:content';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { reportParagraphs } from '../lib/registry/mentions.ts';
import { entityIndex, type EntityIndex, type SharedRegistry } from '../lib/view/entities.ts';
import { publishedReports } from './reports/_published.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkDirective);
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
      paragraphs: reportParagraphs(parser.runSync(parser.parse(entry.body ?? '')) as Root, entry.data),
    }));
    return entityIndex(reports, registry);
  })();
  return cached;
}
