/**
 * Checks on the article's annotations, before Astro runs: explicit references to unknown
 * ids (errors, located in the file, with a "did you mean"), and places and actors the
 * text never mentions (one warning listing them). Same code as the remark plugins.
 */
import { checkExplicitRef, findExplicitRefs } from '../annotate/explicit.ts';
import { nameEntries, sharedForms } from '../annotate/names.ts';
import { findAttributions } from '../annotate/provenance.ts';
import { unmentioned } from '../annotate/unused.ts';
import type { Report } from '../schema/report.ts';
import type { Problem } from './problem.ts';
import { plainText } from './quotes.ts';

export function checkAnnotations(file: string, report: Report, body: string, bodyLine: number, locate: (path: readonly PropertyKey[]) => { line: number; column: number }): Problem[] {
  const problems: Problem[] = [];
  for (const ref of findExplicitRefs(body, bodyLine)) {
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
  for (const block of paragraphs(body, bodyLine)) {
    for (const a of findAttributions(plainText(block.text), report)) {
      if (a.sources.length > 0) continue;
      problems.push({ file, line: block.line, column: 1, path: '', message: `"${a.phrase}" attributes a claim that no event or tally quotes: it gets no source marker`, fix: 'add the claim to the data with its quote, sources and confidence, or leave it unmarked', severity: 'warning', rule: 'unsourced-attribution' });
    }
  }
  const missing = unmentioned(report, plainText(body), body);
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

/** The body's blocks (split on blank lines) with the file line each starts on. */
function paragraphs(body: string, firstLine: number): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let line = firstLine;
  for (const chunk of body.split(/(\n[ \t]*\n)/)) {
    if (chunk.trim() && !/^\n[ \t]*\n$/.test(chunk)) out.push({ text: chunk, line: line + (chunk.length - chunk.trimStart().length > 0 ? chunk.slice(0, chunk.length - chunk.trimStart().length).split('\n').length - 1 : 0) });
    line += chunk.split('\n').length - 1;
  }
  return out;
}
