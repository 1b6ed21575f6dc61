/** The plugin chain as the fixture tests run it: Markdown (GFM + directives) to HTML, Sitrep's plugins in the site's order. */
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { createReportSchema } from '../../../src/lib/schema/report.ts';
import { reportContext } from '../../../src/integrations/site-config.ts';
import { annotateRemarkPlugins } from '../../../src/plugins/index.ts';
import { rehypeParagraphIds } from '../../../src/plugins/rehype-paragraph-ids.ts';
import { rehypeSidenotes } from '../../../src/plugins/rehype-sidenotes.ts';

/** Processes `body` with the report `frontmatter` handed over as `file.data.sitrepReport`, as a host that loaded it does. */
export async function processAnnotated(body: string, frontmatter: Record<string, unknown>, path = 'input.mdx'): Promise<{ html: string; file: VFile }> {
  const file = new VFile({ value: body, path, data: { sitrepReport: createReportSchema(reportContext()).parse(frontmatter) } });
  const processor = unified().use(remarkParse).use(remarkGfm);
  processor.use(annotateRemarkPlugins());
  processor.use(remarkRehype).use(rehypeParagraphIds).use(rehypeSidenotes).use(rehypeStringify);
  const result = await processor.process(file);
  return { html: String(result.value), file };
}
