/**
 * The English catalogue: every string the site shows a reader. One file per area (site, report, map,
 * timeline, ...) so that work on one area does not collide with another; this file only joins them.
 * A new language is a folder beside this one with the same keys (see `../catalogue.ts`).
 */
import { report } from './report.ts';
import { figures } from './figures.ts';
import { map } from './map.ts';
import { site } from './site.ts';
import { registry } from './registry.ts';
import { dates } from './dates.ts';
import { vocabulary } from './vocabulary.ts';
import { header } from './header.ts';
import { tallies } from './tallies.ts';
import { cards } from './cards.ts';
import { languages } from './languages.ts';
import { references } from './references.ts';
import { timeline } from './timeline.ts';
import { trust } from './trust.ts';
import { atlas } from './atlas.ts';

// Joined in a pure function, so that a bundle which never reads the catalogue leaves it out (object spreads at
// the top level count as side effects to the bundler).
export const en = /* @__PURE__ */ (() => ({
  ...site,
  ...dates,
  ...vocabulary,
  ...header,
  ...tallies,
  ...cards,
  ...languages,
  ...references,
  ...figures,
  ...map,
  ...timeline,
  ...trust,
  ...atlas,
  ...report,
  ...registry,
}) as const)();

export type MessageKey = keyof typeof en;
