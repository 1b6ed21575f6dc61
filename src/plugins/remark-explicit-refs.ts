/**
 * Explicit references: `:place[the base]{#al-tanf}` (also `:actor`, `:event`, `:source`)
 * become mentions of that item; `:nomention[Iran Street]` marks a phrase that must not
 * be matched. An unknown id is a fatal message with its position and a "did you mean"
 * (rule `sitrep:unknown-ref`); any other text directive (`a:b` typed in prose) is put
 * back as the text it was.
 */
import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { checkExplicitRef, isExplicitKind } from '../lib/annotate/explicit.ts';
import { mentionNode, type SitrepPlain } from '../lib/annotate/mdast-nodes.ts';
import { annotatorFor } from '../lib/annotate/source-file.ts';

export function remarkExplicitRefs() {
  return (tree: Root, file: VFile): void => {
    const report = annotatorFor(file)?.report;
    visit(tree, 'textDirective', (node: TextDirective, index, parent) => {
      if (!parent || index === undefined) return;
      const id = node.attributes?.['id'] ?? undefined;
      if (isExplicitKind(node.name)) {
        const problem = report ? checkExplicitRef(report, node.name, id) : undefined;
        if (problem) reportFatal(file, `${problem.message}; ${problem.fix}`, node);
        parent.children[index] = problem || !id ? plain(node) : mentionNode({ kind: node.name, id }, node.children, 'explicit');
        return SKIP;
      }
      if (node.name === 'nomention') {
        parent.children[index] = plain(node);
        return SKIP;
      }
      parent.children[index] = { type: 'text', value: sourceOf(node, file) };
      return SKIP;
    });
  };
}

/** The directive's text, as a span that the matcher does not enter. */
function plain(node: TextDirective): SitrepPlain {
  return { type: 'sitrepPlain', children: node.children, data: { hName: 'span', hProperties: node.name === 'nomention' ? { className: ['nomention'] } : {} } };
}

function reportFatal(file: VFile, reason: string, node: TextDirective): void {
  const message = file.message(reason, { place: node.position, ruleId: 'unknown-ref', source: 'sitrep' });
  message.fatal = true;
}

function sourceOf(node: TextDirective, file: VFile): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start !== undefined && end !== undefined) return String(file.value).slice(start, end);
  return `:${node.name}`;
}
