/**
 * Zod's issues as located problems an editor can act on: the field path, the line and column of
 * the field in the file, the bad value (cut short), and the fix.
 */
import type { z } from 'astro/zod';
import { didYouMean } from '../text/did-you-mean.ts';
import { formatPath, type Locate, type Problem } from './problem.ts';

/** The located problems of one schema issue (an unknown key is one problem per key). */
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
  } else if (issue.code === 'invalid_union' && value === undefined) {
    message = `missing required field '${key}'`;
    fix ??= `add '${key}:' with a date, e.g. ${key}: 2023-10-26`;
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
export function show(value: unknown): string {
  let text: string;
  // JSON would call NaN and Infinity (YAML's .nan and .inf) "null".
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (value === undefined) return 'missing';
  try {
    text = typeof value === 'string' ? `'${value}'` : JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
