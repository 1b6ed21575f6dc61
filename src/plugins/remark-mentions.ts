/**
 * Mentions: names of the report's places and actors and the dates it names are found in
 * the prose and wrapped in links to their reference entries (never inside links, code,
 * headings or explicit references). Then every mention, automatic or explicit, gets its
 * id (`m-place-al-tanf-2`) in document order. The page counts the same mentions with
 * `mentionCounts` (src/lib/annotate/pipeline.ts) on the loader's tree; nothing is written
 * into Astro's frontmatter.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { numberMentions, wrapMentions } from '../lib/annotate/pipeline.ts';
import { reportOf, type SitrepPluginOptions } from './report-of-file.ts';

export function remarkMentions(options: SitrepPluginOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const annotator = reportOf(file, options)?.annotator;
    if (annotator) wrapMentions(tree, annotator);
    file.data.sitrepMentions = numberMentions(tree);
  };
}
