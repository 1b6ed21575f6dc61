/**
 * `::step{...}` leaf directives: what the reading stage shows while the next paragraph is read
 * (src/lib/stage/steps.ts). The directive is removed from the text, and the paragraph after it
 * carries the resolved step as `data-step`. Problems (unknown ids with a "did you mean", a bad zoom
 * or range, a step with no paragraph after it) are fatal messages at the directive's position
 * (rule `sitrep:bad-step`); any other block directive is reported as unknown (`sitrep:unknown-block`).
 * `npm run check` reports the same problems (the same function reads the steps).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type {} from '../lib/annotate/mdast-nodes.ts';
import { bodySteps, stepAttribute } from '../lib/stage/steps.ts';
import { reportOf, type SitrepPluginOptions } from './report-of-file.ts';

export function remarkSteps(options: SitrepPluginOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const { directives, steps, issues } = bodySteps(tree, reportOf(file, options)?.report);
    for (const issue of issues) {
      const message = file.message(`${issue.message}; ${issue.fix}`, { place: { line: issue.line, column: issue.column }, ruleId: issue.rule, source: 'sitrep' });
      message.fatal = true;
    }
    for (const [paragraph, step] of steps) {
      paragraph.data ??= {};
      paragraph.data.hProperties = { ...(paragraph.data.hProperties ?? {}), dataStep: stepAttribute(step) };
    }
    const drop = new Set<unknown>(directives);
    tree.children = tree.children.filter((node) => !drop.has(node));
  };
}
