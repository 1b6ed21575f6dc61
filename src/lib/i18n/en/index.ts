/**
 * The English catalogue: every string the site shows a reader. One file per area (site, report, map,
 * timeline, ...) so that work on one area does not collide with another; this file only joins them.
 * A new language is a folder beside this one with the same keys (see `../catalogue.ts`).
 */
import { figures } from './figures.ts';
import { map } from './map.ts';
import { site } from './site.ts';
import { registry } from './registry.ts';
import { timeline } from './timeline.ts';

export const en = {
  ...site,
  ...figures,
  ...map,
  ...timeline,
  ...registry,
} as const;

export type MessageKey = keyof typeof en;
