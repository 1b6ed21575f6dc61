/**
 * The same article as plain static HTML, for a fair comparison in `npm run bench`: the report page's
 * headline, dek, byline and article text (as built, links and all), with no stage, no figures, no
 * reference sections, no scripts and a few lines of CSS. What the report page costs beyond this is the
 * price of the stage.
 */

/** The element that starts at `start` (an opening tag of `tag`), up to and including its closing tag. */
function element(html: string, start: number, tag: string): string {
  const open = new RegExp(`<${tag}[\\s>]|</${tag}>`, 'g');
  open.lastIndex = start;
  let depth = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  throw new Error(`unclosed <${tag}> at ${start}`);
}

function first(html: string, pattern: RegExp, tag: string): string {
  const m = pattern.exec(html);
  return m ? element(html, m.index, tag) : '';
}

/** Builds the plain page from a built report page's HTML. */
export function plainArticle(reportHtml: string): string {
  const title = /<title>([^<]*)<\/title>/.exec(reportHtml)?.[1] ?? '';
  const lang = /<html[^>]*\blang="([^"]+)"/.exec(reportHtml)?.[1] ?? 'en';
  const header = first(reportHtml, /<header class="report-header/, 'header');
  const article = first(reportHtml, /<div class="article-text"/, 'div')
    // The popovers of source marks are part of the stage's reading aids, not the text.
    .replace(/<span id="prov-\d+" popover[\s\S]*?<\/a><\/span>/g, '');
  if (!article) throw new Error('no #article-text in the report page');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="The article alone, as plain HTML (bench baseline).">
<style>body{margin:0 auto;max-width:40rem;padding:0 1rem;font:1.0625rem/1.6 Charter,'Bitstream Charter',Cambria,Georgia,serif;color:#1b1b1b}h1{font-family:system-ui,sans-serif;line-height:1.2}a{color:inherit}</style>
</head>
<body>
<main>
${header}
${article}
</main>
</body>
</html>
`;
}
