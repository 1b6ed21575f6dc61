/** Validates one report file: YAML, schema, cross-references and quotes, all at once. */
import type { z } from 'astro/zod';
import { didYouMean } from '../text/did-you-mean.ts';
import { Report, type Report as ReportData } from '../schema/report.ts';
import { parseReportFile } from './frontmatter.ts';
import { formatPath, type Problem } from './problem.ts';
import { checkQuotes } from './quotes.ts';
import { checkAnnotations } from './annotations.ts';
import { checkProse } from './prose.ts';

export interface CheckResult {
  file: string;
  problems: Problem[];
  /** The parsed report, when it has no errors. */
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
  problems.push(...checkAnnotations(file, result.data, parsed.body, parsed.bodyLine, parsed.locate));
  problems.push(...checkProse(file, result.data, parsed));
  const ok = !problems.some((p) => p.severity === 'error');
  return { file, problems, report: ok ? result.data : undefined, body: parsed.body };
}

export type Locate = (path: readonly PropertyKey[]) => { line: number; column: number };

export function issueProblems(file: string, issue: z.core.$ZodIssue, locate: Locate, data: unknown): Problem[] {
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
  let fix = params?.fix;
  const value = valueAt(data, path);
  const key = String(path.at(-1) ?? '');
  if (issue.code === 'invalid_type') {
    if (value === undefined) {
      message = `missing required field '${key}'`;
      fix ??= `add '${key}:' to this entry`;
    } else if (!message.startsWith('latitude') && !message.startsWith('longitude')) {
      message = `expected ${EXPECTED[issue.expected] ?? issue.expected}, found ${show(value)}`;
    }
  } else if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String);
    message = `${show(value)} is not one of: ${allowed.join(', ')}`;
    const guess = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
    fix ??= guess ? `did you mean '${guess}'?` : undefined;
  } else if (issue.code === 'invalid_union') {
    message = `${show(value)} is neither a date YYYY-MM-DD nor a range { start, end }`;
    fix ??= 'write 2023-10-26, or { start: 2023-10-17, end: 2023-11-09, precision: range }';
  } else if (issue.code === 'too_small' && issue.origin === 'array') {
    fix ??= `give at least ${String(issue.minimum)}`;
  } else if (issue.code === 'too_big' && issue.origin === 'string') {
    fix ??= `shorten it to at most ${Number(issue.maximum).toLocaleString('en')} characters; long text belongs in the article body`;
  }
  if (/^(latitude|longitude) /.test(message)) {
    fix ??= message.includes('outside')
      ? 'latitude runs -90..90 and longitude -180..180: check they are not swapped'
      : 'write decimal degrees as a plain number, e.g. lat: 33.5058 (north and east are positive)';
  }
  return [{ ...base, ...locate(path), path: formatPath(path), message, fix }];
}

const EXPECTED: Record<string, string> = {
  array: 'a list',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'an entry of key: value fields',
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** A bad value as the message quotes it, cut short so a huge value cannot flood the output. */
function show(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? `'${value}'` : JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
