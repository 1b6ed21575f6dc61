/**
 * The Arabic catalogue: the same keys as the English one (`../en/index.ts`), area by area. The sentences are
 * written as Arabic, not word for word: each generated sentence has its own template here, with Arabic word
 * order, agreement and plural forms.
 */
import { site } from './site.ts';
import { dates } from './dates.ts';
import { vocabulary } from './vocabulary.ts';
import { header } from './header.ts';
import { tallies } from './tallies.ts';
import { figures } from './figures.ts';
import { cards } from './cards.ts';
import { languages } from './languages.ts';
import { references } from './references.ts';
import { map } from './map.ts';
import { timeline } from './timeline.ts';
import { report } from './report.ts';
import { registry } from './registry.ts';
import { trust } from './trust.ts';
import { atlas } from './atlas.ts';

// Joined in a pure function, so that a bundle which never reads the catalogue leaves it out (object spreads at
// the top level count as side effects to the bundler).
export const ar = /* @__PURE__ */ (() => ({
  ...site,
  ...dates,
  ...vocabulary,
  ...header,
  ...tallies,
  ...figures,
  ...cards,
  ...languages,
  ...references,
  ...map,
  ...timeline,
  ...report,
  ...registry,
  ...trust,
  ...atlas,
}) as const)();
