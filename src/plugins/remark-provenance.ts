/**
 * Provenance markers: after an attributed claim's phrase ("According to the Pentagon"),
 * a small visible marker (`data-marker="provenance"`) names the kind of source and the
 * confidence the data gives the claims it covers, and links to the source's entry.
 * A phrase whose claims are not in the data gets no marker, and a warning.
 * The step itself is src/lib/annotate/pipeline.ts.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { markProvenance } from '../lib/annotate/pipeline.ts';
import { reportOf, type SitrepPluginOptions } from './report-of-file.ts';

export function remarkProvenance(options: SitrepPluginOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const report = reportOf(file, options)?.report;
    if (!report) return;
    markProvenance(tree, report, (problem, node) => {
      file.message(problem.message, { place: node.position, ruleId: problem.rule, source: 'sitrep' });
    });
  };
}
