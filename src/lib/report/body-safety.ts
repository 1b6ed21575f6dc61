/**
 * What a report's body may hold. MDX is code: an `{expression}` runs at build time, an `import`
 * reads files, a component can be anything. Reports are content, written by analysts and sometimes
 * by outside contributors, so by default a body may use only plain Markdown, Sitrep's directives
 * (`:place[...]{#id}`, `:::note`) and Sitrep's own components (`<Tally>`), with literal attributes.
 * Every `import`, `export`, `{expression}` (comments `{/* ... *\/}` aside) and other JSX element is an
 * error, located. A site that trusts its authors with code opts in with `mdx: "full"` (README).
 *
 * Links and images in the body follow the frontmatter's URL rule: http(s), relative, or an anchor.
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { Problem } from './problem.ts';

/** How much of MDX a body may use: `safe` (the default) or `full` (every MDX feature: code runs at build time). */
export type BodyMode = 'safe' | 'full';

/** Sitrep's components a body may use, with the attributes each takes. */
export const SITREP_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  Tally: ['id', 'part', 'qualified'],
};

export interface BodyIssue {
  line: number;
  column: number;
  message: string;
  fix: string;
  rule: string;
}

const FULL_MDX = 'or, if this site trusts every author with code, set "mdx": "full" in sitrep.config.json (see the README)';

/** A URL a link or image may have: http(s), relative (no scheme), or an anchor. */
export function isAllowedBodyUrl(url: string): boolean {
  // Browsers ignore tabs, newlines and leading spaces or control characters in a scheme: so do we.
  // eslint-disable-next-line no-control-regex -- exactly the characters a browser strips
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https';
}

function where(node: Nodes): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

const short = (text: string) => {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 59)}…` : one;
};

/** Only comments: `{/* a note *\/}` reads as nothing and runs nothing. */
function isComment(node: { value: string; data?: unknown }): boolean {
  const program = (node.data as { estree?: { body: unknown[] } | null } | undefined)?.estree;
  if (program) return program.body.length === 0;
  return /^\s*\/\*[\s\S]*?\*\/\s*$/.test(node.value) && !node.value.slice(node.value.indexOf('/*') + 2, node.value.lastIndexOf('*/')).includes('*/');
}

function checkElement(node: MdxJsxFlowElement | MdxJsxTextElement, issues: BodyIssue[]): void {
  const name = node.name ?? '';
  const allowed = SITREP_COMPONENTS[name];
  if (!allowed) {
    issues.push({
      ...where(node),
      message: name ? `<${name}> is not one of Sitrep's components; a report's body may use only ${Object.keys(SITREP_COMPONENTS).map((c) => `<${c}>`).join(', ')}, directives and Markdown` : 'a JSX fragment <>…</> is not allowed in a report\'s body',
      fix: `write it in Markdown (emphasis, links, lists, tables, footnotes) or with a directive, ${FULL_MDX}`,
      rule: 'body-component',
    });
    return;
  }
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxExpressionAttribute') {
      issues.push({ ...where(node), message: `<${name} {${short(attr.value)}}> spreads an expression; attributes must be written out`, fix: `write each attribute as name="value" (${allowed.join(', ')})`, rule: 'body-expression' });
    } else if (attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string') {
      issues.push({ ...where(node), message: `<${name} ${attr.name}={${short(attr.value.value)}}> uses an expression; attributes must be literal text`, fix: `write ${attr.name}="…" in quotes`, rule: 'body-expression' });
    } else if (!allowed.includes(attr.name)) {
      issues.push({ ...where(node), message: `<${name}> has no attribute '${attr.name}'`, fix: `use ${allowed.join(', ')}`, rule: 'body-component' });
    }
  }
}

/** Every use of code, unknown components and unsafe URLs in `tree`, in document order. */
export function bodySafetyIssues(tree: Root, mode: BodyMode = 'safe'): BodyIssue[] {
  const issues: BodyIssue[] = [];
  const visit = (node: Nodes): void => {
    if (mode === 'safe') {
      if (node.type === 'mdxjsEsm') {
        const keyword = /^\s*(import|export)\b/.exec(node.value)?.[1] ?? 'import/export';
        issues.push({ ...where(node), message: `'${keyword}' in a report's body runs code at build time: ${short(node.value)}`, fix: `remove it (Sitrep's components need no import), ${FULL_MDX}`, rule: 'body-code' });
      } else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isComment(node)) {
        issues.push({ ...where(node), message: `the expression {${short(node.value)}} in a report's body would run at build time`, fix: `write the text itself; a literal brace is written \\{; ${FULL_MDX}`, rule: 'body-code' });
      } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        checkElement(node, issues);
      }
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isAllowedBodyUrl(node.url)) {
      const scheme = /^\s*([a-zA-Z][\w+.-]*):/.exec(node.url.replace(/[\t\n\r]/g, ''))?.[1] ?? '';
      issues.push({ ...where(node), message: `URL scheme '${scheme.toLowerCase()}:' is not allowed in ${node.type === 'image' ? 'an image' : 'a link'}: '${short(node.url)}'`, fix: 'use an http:// or https:// address, a relative path, or an #anchor', rule: 'body-url' });
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return issues;
}

/** The issues as problems of `file`. */
export function bodySafetyProblems(file: string, tree: Root, mode: BodyMode = 'safe'): Problem[] {
  return bodySafetyIssues(tree, mode).map((i) => ({ file, line: i.line, column: i.column, path: '', message: i.message, fix: i.fix, severity: 'error', rule: i.rule }));
}
