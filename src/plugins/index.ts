/**
 * The remark and rehype plugins Sitrep runs over every report, in order.
 * One plugin a file; this file only lists them.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { rehypeCorrections } from './rehype-corrections.ts';
import { rehypeParagraphIds } from './rehype-paragraph-ids.ts';
import { rehypeParagraphRefs } from './rehype-paragraph-refs.ts';
import { rehypeSidenotes } from './rehype-sidenotes.ts';
import { remarkExplicitRefs } from './remark-explicit-refs.ts';
import { remarkFailOnErrors } from './remark-fail-on-errors.ts';
import { remarkMentions } from './remark-mentions.ts';
import { remarkNotes } from './remark-notes.ts';
import { remarkProvenance } from './remark-provenance.ts';

/** The annotation plugins without the fatal-error step (the fixture tests read their messages). */
export const annotateRemarkPlugins = [remarkDirective, remarkExplicitRefs, remarkNotes, remarkProvenance, remarkMentions] as const;

export const remarkPlugins: RemarkPlugins = [...annotateRemarkPlugins, remarkFailOnErrors];
export const rehypePlugins: RehypePlugins = [rehypeParagraphIds, rehypeSidenotes, rehypeParagraphRefs, rehypeCorrections];
