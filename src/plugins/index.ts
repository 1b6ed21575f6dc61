/**
 * The remark and rehype plugins Sitrep runs over every report, in order.
 * One plugin a file; this file only lists them.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { rehypeFirstMentions } from './rehype-first-mentions.ts';
import { rehypeNotePairs } from './rehype-note-pairs.ts';
import { rehypeParagraphIds } from './rehype-paragraph-ids.ts';
import { rehypeParagraphRefs } from './rehype-paragraph-refs.ts';
import { rehypeProvenanceMarks } from './rehype-provenance-marks.ts';
import { rehypeSidenotes } from './rehype-sidenotes.ts';
import { remarkExplicitRefs } from './remark-explicit-refs.ts';
import { remarkFailOnErrors } from './remark-fail-on-errors.ts';
import { remarkMentions } from './remark-mentions.ts';
import { remarkNotes } from './remark-notes.ts';
import { remarkProvenance } from './remark-provenance.ts';
import { remarkSteps } from './remark-steps.ts';

/** The annotation plugins without the fatal-error step (the fixture tests read their messages). */
export const annotateRemarkPlugins = [remarkDirective, remarkSteps, remarkExplicitRefs, remarkNotes, remarkProvenance, remarkMentions] as const;

export const remarkPlugins: RemarkPlugins = [...annotateRemarkPlugins, remarkFailOnErrors];
/** Paragraph ids and refs first (they read the author's words); then the reading aids that reshape the markup. */
export const rehypePlugins: RehypePlugins = [rehypeParagraphIds, rehypeSidenotes, rehypeParagraphRefs, rehypeFirstMentions, rehypeProvenanceMarks, rehypeNotePairs];
