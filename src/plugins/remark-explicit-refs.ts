/**
 * Explicit references: `:place[the base]{#al-tanf}` (also `:actor`, `:event`, `:source`)
 * become mentions of that item; `:nomention[Iran Street]` marks a phrase that must not
 * be matched. An unknown id is a fatal message with its position and a "did you mean"
 * (rule `sitrep:unknown-ref`); any other text directive (`a:b` typed in prose) is put
 * back as the text it was. The step itself is src/lib/annotate/pipeline.ts.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { resolveExplicitRefs } from '../lib/annotate/pipeline.ts';
import { reportOf, type SitrepPluginOptions } from './report-of-file.ts';

export function remarkExplicitRefs(options: SitrepPluginOptions = {}) {
  return (tree: Root, file: VFile): void => {
    resolveExplicitRefs(tree, reportOf(file, options)?.report, String(file.value ?? ''), (problem, node) => {
      const message = file.message(`${problem.message}; ${problem.fix}`, { place: node.position, ruleId: problem.rule, source: 'sitrep' });
      message.fatal = problem.fatal;
    });
  };
}
