/**
 * The remark and rehype plugins Sitrep runs over every report, in order.
 * One plugin a file; this file only lists them, with the site's options.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import type { Pluggable } from 'unified';
import { rehypeParagraphIds } from './rehype-paragraph-ids.ts';
import { rehypeParagraphRefs } from './rehype-paragraph-refs.ts';
import { rehypeSidenotes } from './rehype-sidenotes.ts';
import { remarkExplicitRefs } from './remark-explicit-refs.ts';
import { remarkFailOnErrors } from './remark-fail-on-errors.ts';
import { remarkMentions } from './remark-mentions.ts';
import { remarkNotes } from './remark-notes.ts';
import { remarkProvenance } from './remark-provenance.ts';
import { remarkSafeBody } from './remark-safe-body.ts';
import type { SitrepPluginOptions } from './report-of-file.ts';

export type { SitrepPluginOptions } from './report-of-file.ts';

/** The annotation plugins without the safety guard and the fatal-error step (the fixture tests read their messages). */
export function annotateRemarkPlugins(options: SitrepPluginOptions = {}): Pluggable[] {
  return [remarkDirective, [remarkExplicitRefs, options], remarkNotes, [remarkProvenance, options], [remarkMentions, options]];
}

/** Every remark plugin of the site: the body's safety guard, the annotation, then the build's decision on errors. */
export function sitrepRemarkPlugins(options: SitrepPluginOptions = {}): RemarkPlugins {
  return [[remarkSafeBody, options], ...annotateRemarkPlugins(options), remarkFailOnErrors] as RemarkPlugins;
}

export function sitrepRehypePlugins(options: SitrepPluginOptions = {}): RehypePlugins {
  return [rehypeParagraphIds, rehypeSidenotes, [rehypeParagraphRefs, options]] as RehypePlugins;
}
