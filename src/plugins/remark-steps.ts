/**
 * `::step{...}` leaf directives: what the reading stage shows while the next paragraph is read
 * (see src/lib/stage/steps.ts). The directive is removed from the text, and the paragraph after it
 * carries the resolved step as `data-step`. Problems (unknown ids with a "did you mean", a bad zoom
 * or range, a step with no paragraph after it) are fatal messages at the directive's position
 * (rule `sitrep:bad-step`); any other leaf directive is reported as unknown (`sitrep:unknown-block`).
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import type {} from '../lib/annotate/mdast-nodes.ts';
import { annotatorFor } from '../lib/annotate/source-file.ts';
import { readStep, stepAttribute } from '../lib/stage/steps.ts';
import { didYouMean } from '../lib/text/did-you-mean.ts';

export function remarkSteps() {
  return (tree: Root, file: VFile): void => {
    const report = annotatorFor(file)?.report;
    const kept: RootContent[] = [];
    let pending: LeafDirective | undefined;
    for (const node of tree.children) {
      if (node.type === 'leafDirective') {
        if (node.name !== 'step') {
          const guess = didYouMean(node.name, ['step']);
          fatal(file, `unknown directive '::${node.name}'; ${guess ? `did you mean '::${guess}'?` : 'the only block directive of this kind is ::step{...}'}`, node, 'unknown-block');
          continue;
        }
        if (pending) fatal(file, 'two steps in a row: a step applies to the paragraph right after it', pending, 'bad-step');
        pending = node;
        continue;
      }
      if (pending && node.type === 'paragraph') {
        if (report) attach(node, pending, report, file);
        pending = undefined;
      } else if (pending && node.type !== 'containerDirective') {
        fatal(file, 'a step must stand right before the paragraph it is for', pending, 'bad-step');
        pending = undefined;
      }
      kept.push(node);
    }
    if (pending) fatal(file, 'this step has no paragraph after it', pending, 'bad-step');
    tree.children = kept;
  };
}

function attach(paragraph: Paragraph, directive: LeafDirective, report: NonNullable<ReturnType<typeof annotatorFor>>['report'], file: VFile): void {
  const { step, problems } = readStep(directive.attributes ?? {}, report);
  for (const p of problems) fatal(file, `::step ${p.message}; ${p.fix}`, directive, 'bad-step');
  if (problems.length > 0) return;
  paragraph.data ??= {};
  paragraph.data.hProperties = { ...(paragraph.data.hProperties ?? {}), dataStep: stepAttribute(step) };
}

function fatal(file: VFile, reason: string, node: LeafDirective, rule: string): void {
  const message = file.message(reason, { place: node.position, ruleId: rule, source: 'sitrep' });
  message.fatal = true;
}
