/**
 * The English catalogue: every string the site shows a reader. One file per area (site, report, map,
 * timeline, ...) so that work on one area does not collide with another; this file only joins them.
 * A new language is a folder beside this one with the same keys (see `../catalogue.ts`).
 */
import { site } from './site.ts';
import { registry } from './registry.ts';

export const en = {
  ...site,
  ...registry,
} as const;

export type MessageKey = keyof typeof en;
