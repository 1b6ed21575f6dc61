import { readFileSync } from 'node:fs';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createReportSchema } from '../../../src/lib/schema/report.ts';
import { rehypeParagraphIds } from '../../../src/plugins/rehype-paragraph-ids.ts';
import { rehypeParagraphRefs } from '../../../src/plugins/rehype-paragraph-refs.ts';
import { reportContext } from '../../../src/integrations/site-config.ts';

const seed = readFileSync('content/reports/iran-militias-syria-2023.mdx', 'utf8');
const report = createReportSchema(reportContext()).parse(parse(seed.split('\n---\n')[0]!.replace(/^---\n/, '')));

async function html(body: string): Promise<string> {
  const file = new VFile({ value: body, data: { sitrepReport: report } });
  const out = await unified().use(remarkParse).use(remarkRehype).use(rehypeParagraphIds).use(rehypeParagraphRefs).use(rehypeStringify).process(file);
  return String(out.value);
}

describe('rehypeParagraphRefs()', () => {
  it('names the events and tallies whose quote a paragraph holds', async () => {
    const out = await html(
      'According to the Pentagon, the U.S. military carried out airstrikes against Iranian militias in Deir ez-Zor on Oct. 26, and 56 U.S. troops were injured.\n\nNothing quoted here.',
    );
    expect(out).toContain('<p id="p-1" data-paragraph="1" data-quotes="event:us-strikes-2023-10-26 tally:us-troops-injured">');
    expect(out).toContain('<p id="p-2" data-paragraph="2">Nothing quoted here.</p>');
  });

  it('reads the words across emphasis, and leaves a paragraph alone without a report', async () => {
    expect(await html('the U.S. military carried out *airstrikes against Iranian militias* in Deir ez-Zor on Oct. 26')).toContain('data-quotes="event:us-strikes-2023-10-26"');
    const file = new VFile({ value: 'the U.S. military carried out airstrikes against Iranian militias in Deir ez-Zor on Oct. 26' });
    const out = await unified().use(remarkParse).use(remarkRehype).use(rehypeParagraphRefs).use(rehypeStringify).process(file);
    expect(String(out.value)).not.toContain('data-quotes');
  });
});
