/**
 * The atlas's data, built once per build from the site's entities (`siteEntities`): the bundle the map and
 * timeline draw, the filter index, and the form's choices. Files starting with `_` are not routes.
 */
import { t } from '../lib/i18n/catalogue.ts';
import type { Report } from '../lib/schema/report.ts';
import { atlasBundle, atlasData, atlasFacets, type AtlasData, type AtlasFacets } from '../lib/view/atlas.ts';
import { siteEntities } from './_entities.ts';

export interface SiteAtlas {
  bundle: Report;
  data: AtlasData;
  facets: AtlasFacets;
}

let cached: Promise<SiteAtlas> | undefined;

/** The atlas of the site's published reports (memoised: the page and its endpoints read the same bundle). */
export function siteAtlas(): Promise<SiteAtlas> {
  cached ??= (async () => {
    const index = await siteEntities();
    const bundle = atlasBundle(index, t('en', 'atlas.title'));
    const data = atlasData(index, bundle);
    return { bundle, data, facets: atlasFacets(index, data.events) };
  })();
  return cached;
}
