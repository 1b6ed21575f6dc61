/** Validates one report file: YAML, schema, cross-references and quotes, all at once. */
import type { z } from 'astro/zod';
import { Report, type Report as ReportData } from '../schema/report.ts';
import { parseReportFile } from './frontmatter.ts';
import { formatPath, type Problem } from './problem.ts';
import { checkQuotes } from './quotes.ts';
import { checkProse } from './prose.ts';

export interface CheckResult {
  file: string;
  problems: Problem[];
  /** The parsed report when the schema accepted it. */
  report?: ReportData | undefined;
  body: string;
}

/** Every problem in `source`, the text of `file`. Never throws on bad content. */
export function checkReportSource(file: string, source: string): CheckResult {
  const parsed = parseReportFile(file, source);
  const problems = [...parsed.problems];
  if (parsed.data === undefined) return { file, problems, body: parsed.body };
  const result = Report.safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(...issueProblems(file, issue, parsed.locate, parsed.data));
    return { file, problems, body: parsed.body };
  }
  problems.push(...checkQuotes(result.data, parsed.body).map((q) => ({ file, ...parsed.locate(q.path), path: formatPath(q.path), message: q.message, fix: q.fix, severity: 'error' as const, rule: 'quote' })));
  problems.push(...checkProse(file, result.data, parsed));
  return { file, problems, report: result.data, body: parsed.body };
}

type Locate = (path: readonly PropertyKey[]) => { line: number; column: number };

function issueProblems(file: string, issue: z.core.$ZodIssue, locate: Locate, data: unknown): Problem[] {
  const path = issue.path as PropertyKey[];
  const base = { file, severity: 'error' as const, rule: 'schema' };
  if (issue.code === 'unrecognized_keys') {
    const messages = issue.message.split('\n');
    return issue.keys.map((key, i) => {
      const keyPath = [...path, key];
      return { ...base, ...locate(keyPath), path: formatPath(keyPath), message: messages[i] ?? `unknown key '${key}'`, fix: 'remove it or correct its spelling' };
    });
  }
  const params = (issue as { params?: { fix?: string } }).params;
  let message = issue.message;
  if (issue.code === 'invalid_type' && valueAt(data, path) === undefined) message = `missing required field '${String(path.at(-1) ?? '')}'`;
  else if (issue.code === 'invalid_value' && 'values' in issue) message = `${show(valueAt(data, path))} is not one of: ${issue.values.map(String).join(', ')}`;
  else if (issue.code === 'invalid_union') message = `${show(valueAt(data, path))} is neither a date YYYY-MM-DD nor a range { start, end }`;
  return [{ ...base, ...locate(path), path: formatPath(path), message, fix: params?.fix ?? fixFor(issue) }];
}

function fixFor(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'invalid_value') return undefined;
  if (issue.code === 'too_small' && issue.origin === 'array') return `give at least ${String(issue.minimum)}`;
  return undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value) ?? String(value);
}
