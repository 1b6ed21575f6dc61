/** The rehype reading aids: first mention per paragraph, provenance marks with popovers, notes beside their paragraph. */
import { readFileSync } from 'node:fs';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createReportSchema, type Report } from '../../../src/lib/schema/report.ts';
import { reportContext } from '../../../src/integrations/site-config.ts';
import { bodyBacklinks } from '../../../src/lib/stage/backlinks.ts';
import { annotateRemarkPlugins, sitrepRehypePlugins } from '../../../src/plugins/index.ts';

const seed = readFileSync('content/reports/iran-militias-syria-2023.mdx', 'utf8');
const frontmatter = parse(seed.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;

async function render(body: string, extra: Record<string, unknown> = {}): Promise<{ html: string; report: Report }> {
  // The site's registry fills in the shared entries the seed names by id.
  const report = createReportSchema(reportContext()).parse({ ...frontmatter, ...extra });
  const file = new VFile({ value: body, data: { sitrepReport: report } });
  const processor = unified().use(remarkParse).use(remarkGfm).use(annotateRemarkPlugins()).use(remarkRehype).use(sitrepRehypePlugins() as never);
  const out = await processor.use(rehypeStringify).process(file);
  return { html: String(out.value), report };
}

describe('rehypeFirstMentions()', () => {
  it('keeps the first mention of a name in a paragraph as its link; the next are plain text that still carry the item', async () => {
    const body = 'Attacks on al-Tanf base. Later al-Tanf base again.\n\nThen al-Tanf base once more.';
    const { html, report } = await render(body);
    expect(html.match(/<a [^>]*data-ref-id="al-tanf"/g)).toHaveLength(2);
    expect(html).toContain('<span id="m-place-al-tanf-2" class="mention-repeat" data-ref-kind="place" data-ref-id="al-tanf">al-Tanf base</span>');
    // The reference sections link back to the same mentions, computed from the body.
    expect(bodyBacklinks(report, body)['place:al-tanf']).toEqual([
      { id: 'm-place-al-tanf-1', paragraph: 'p-1', note: false },
      { id: 'm-place-al-tanf-3', paragraph: 'p-2', note: false },
    ]);
  });

  it('links every mention when the report asks for all', async () => {
    const { html } = await render('Attacks on al-Tanf base. Later al-Tanf base again.', { mentions: 'all' });
    expect(html.match(/<a [^>]*data-ref-id="al-tanf"/g)).toHaveLength(2);
  });
});

describe('rehypeProvenanceMarks()', () => {
  it('turns a source marker into a named button and a popover beside it', async () => {
    const { html } = await render('According to the Pentagon, the U.S. military carried out airstrikes against Iranian militias in Deir ez-Zor on Oct. 26, and nothing else.');
    expect(html).toContain('<button type="button" class="provenance confidence-confirmed" popovertarget="prov-1" aria-label="Source: official statement; confidence: confirmed"><span aria-hidden="true">●</span></button>');
    expect(html).toContain('<span id="prov-1" popover="auto" class="provenance-pop">');
    expect(html).toContain('<a href="#ref-source-pentagon" class="pop-more">In the references</a>');
  });
});

describe('rehypeNotePairs()', () => {
  it('wraps a paragraph and the editors’ note on it, so the note can sit beside it', async () => {
    const { html } = await render('First.\n\n:::note\nA note on the first.\n:::\n\nSecond.');
    expect(html).toMatch(/<div class="with-note"><p id="p-1"[^>]*>First\.<\/p>\s*<aside class="margin-note" data-note="editors" data-note-for="p-1"/);
    expect(html).toMatch(/<\/div>\s*<p id="p-2"/);
  });
});
