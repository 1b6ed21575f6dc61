/**
 * Checks on the article's annotations, before Astro runs: explicit references to unknown
 * ids (errors, located in the file, with a "did you mean"), names shared by two items,
 * attributions with no data behind them, and places and actors the text never mentions
 * (one warning listing them). Same code as the remark plugins, on the same tree.
 */
import type { Root } from 'mdast';
import { checkExplicitRef, explicitRefs } from '../annotate/explicit.ts';
import { nameEntries, sharedForms } from '../annotate/names.ts';
import { findAttributions } from '../annotate/provenance.ts';
import { unmentioned } from '../annotate/unused.ts';
import type { Locate } from '../report/problem.ts';
import { authorText, type TextBlock } from '../report/rendered-text.ts';
import type { Report } from '../schema/report.ts';
import type { Problem } from './problem.ts';

export function checkAnnotations(file: string, report: Report, tree: Root, blocks: readonly TextBlock[], locate: Locate): Problem[] {
  const problems: Problem[] = [];
  const refs = explicitRefs(tree);
  for (const ref of refs) {
    const problem = checkExplicitRef(report, ref.kind, ref.id);
    if (problem) problems.push({ file, line: ref.line, column: ref.column, path: '', message: problem.message, fix: problem.fix, severity: 'error', rule: 'unknown-ref' });
  }
  const chosen = new Map(nameEntries(report).map((e) => [e.form.toLowerCase(), e.ref]));
  for (const shared of sharedForms(report)) {
    const winner = chosen.get(shared.form.toLowerCase());
    const others = shared.refs.filter((r) => r.kind !== winner?.kind || r.id !== winner.id);
    problems.push({
      file,
      ...locate([]),
      path: '',
      message: `'${shared.form}' names ${shared.refs.map((r) => `${r.kind} '${r.id}'`).join(' and ')}; the text's mentions go to ${winner ? `${winner.kind} '${winner.id}'` : 'the first'}`,
      fix: `where it means another, write ${others.map((r) => `:${r.kind}[${shared.form}]{#${r.id}}`).join(' or ')}`,
      severity: 'warning',
      rule: 'shared-name',
    });
  }
  for (const block of blocks) {
    if (block.node.type !== 'paragraph') continue;
    for (const a of findAttributions(block.text, report)) {
      if (a.sources.length > 0) continue;
      const at = block.node.position?.start;
      // Quoted by items that cite no source is another fault than quoted by none: say which it is.
      const quoted = a.items.length > 0;
      problems.push({
        file,
        line: at?.line ?? 1,
        column: at?.column ?? 1,
        path: '',
        message: quoted
          ? `"${a.phrase}" attributes a claim that ${a.items.map((id) => `'${id}'`).join(', ')} quote${a.items.length === 1 ? 's' : ''}, but ${a.items.length === 1 ? 'it cites' : 'they cite'} no source: it gets no source marker`
          : `"${a.phrase}" attributes a claim that no event or tally quotes: it gets no source marker`,
        fix: quoted ? 'add the source ids to its sources' : 'add the claim to the data with its quote, sources and confidence, or leave it unmarked',
        severity: 'warning',
        rule: 'unsourced-attribution',
      });
    }
  }
  const missing = unmentioned(report, authorText(blocks), refs);
  if (missing.length > 0) {
    const first = missing[0];
    problems.push({
      file,
      ...(first ? locate([first.kind === 'place' ? 'places' : 'actors', first.index, 'name']) : { line: 1, column: 1 }),
      path: '',
      message: `${missing.length} name${missing.length === 1 ? '' : 's'} in the data never mentioned in the text: ${missing.map((m) => `${m.kind} '${m.id}' (${m.name})`).join(', ')}`,
      fix: 'add an alias the text uses, an explicit :place[...]{#id} or :actor[...]{#id}, or leave it if it is only there for the map',
      severity: 'warning',
      rule: 'unmentioned',
    });
  }
  return problems;
}
