/**
 * The remark and rehype plugins Sitrep runs over every report, in order.
 * One plugin a file; this file only lists them.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import { rehypeParagraphIds } from './rehype-paragraph-ids.ts';

export const remarkPlugins: RemarkPlugins = [];
export const rehypePlugins: RehypePlugins = [rehypeParagraphIds];
