/**
 * Splits a report file into frontmatter and body, and parses the frontmatter with
 * positions kept, so a problem can point at the line and column of a field. The only
 * frontmatter reader in Sitrep: the loader (load.ts) and the importer use it.
 */
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, visit, type Document, type Node } from 'yaml';
import type { Locate, Problem } from './problem.ts';

export interface ParsedFile {
  /** The frontmatter as plain data, or undefined when it could not be parsed. */
  data: unknown;
  /** The MDX body after the closing `---`. */
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  /** Offset in the file where the body starts. */
  bodyOffset: number;
  /** Locates a field path in the file (falls back to the closest parent that exists). */
  locate: Locate;
  problems: Problem[];
}

/** The fence around the frontmatter; group 1 is the YAML. */
export const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Alias uses beyond which a document counts as an expansion bomb ("billion laughs"). */
const MAX_ALIAS_COUNT = 100;

/** Parses `source` (the text of `file`). YAML problems come back as located problems. */
export function parseReportFile(file: string, source: string): ParsedFile {
  const match = FRONTMATTER.exec(source);
  if (!match) {
    return {
      data: undefined,
      body: source,
      bodyLine: 1,
      bodyOffset: 0,
      locate: () => ({ line: 1, column: 1 }),
      problems: [
        {
          file,
          line: 1,
          column: 1,
          path: '',
          message: 'no frontmatter: the file must start with a line `---`, the YAML data, and a closing `---`',
          fix: 'copy the head of an existing report, or run `npm run new -- "Title"`',
          severity: 'error',
          rule: 'yaml',
        },
      ],
    };
  }
  const yamlText = match[1] ?? '';
  const offset = 1; // the opening fence takes one line
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const at = (pos: number) => {
    const { line, col } = counter.linePos(pos);
    return { line: line + offset, column: col };
  };
  // After the first syntax error the rest of the parse is unreliable: report it, and duplicate keys, only.
  const firstSyntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  const shown = doc.errors.filter((e) => e === firstSyntax || e.code === 'DUPLICATE_KEY');
  const problems: Problem[] = [...shown, ...doc.warnings].map((e) => {
    const key = e.code === 'DUPLICATE_KEY' ? /^\s*["']?([^:"'\n]+?)["']?\s*:/.exec(yamlText.slice(e.pos[0]))?.[1] : undefined;
    // An unclosed quote or bracket is noticed far from where it was opened: point at the opening.
    const opened = openingOf(yamlText, e.pos[0], e.message);
    const noticed = at(e.pos[0]);
    return {
      file,
      ...(opened === undefined ? noticed : at(opened)),
      path: '',
      message: yamlMessage(e.code, e.message, key) + (opened === undefined ? '' : ` (opened here, never closed; the parser noticed at line ${noticed.line})`),
      fix: yamlFix(e.code),
      severity: doc.errors.includes(e) ? 'error' : 'warning',
      rule: 'yaml',
    };
  });
  let data: unknown;
  if (doc.errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      // An empty frontmatter is an entry with no fields: the schema then lists every missing one.
      if (data === null || data === undefined) data = {};
    } catch (error) {
      const alias = firstAlias(doc);
      const excessive = /alias count/i.test((error as Error).message);
      problems.push({
        file,
        ...(alias === undefined ? { line: 2, column: 1 } : at(alias)),
        path: '',
        message: excessive
          ? `YAML aliases (*name) expand to too much data (more than ${MAX_ALIAS_COUNT} uses); the frontmatter was not read`
          : `the frontmatter cannot be read: ${(error as Error).message}`,
        fix: excessive ? 'write the data out instead of repeating it with &anchors and *aliases' : undefined,
        severity: 'error',
        rule: 'yaml',
      });
    }
  }
  const bodyStart = match[0].length;
  return {
    data,
    body: source.slice(bodyStart),
    bodyLine: source.slice(0, bodyStart).split('\n').length,
    bodyOffset: bodyStart,
    locate: (path) => at(nodeOffset(doc, path)),
    problems,
  };
}

function nodeOffset(doc: Document, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let best = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      best = (pair.key as Node).range?.[0] ?? best;
      node = pair.value;
      if (isScalar(node) || isMap(node) || isSeq(node)) {
        if (!(isMap(node) || isSeq(node))) best = node.range?.[0] ?? best;
      }
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key];
      if (!item) break;
      node = item;
      best = (item as Node).range?.[0] ?? best;
    } else break;
  }
  return best;
}

function yamlMessage(code: string, message: string, key?: string): string {
  const first = message.split('\n')[0] ?? message;
  if (code === 'DUPLICATE_KEY') return `${key ? `the key '${key}' appears twice` : 'a key appears twice'} in the same entry (YAML keeps only one)`;
  if (code === 'TAB_AS_INDENT') return 'a tab is used for indentation; YAML allows only spaces';
  return `YAML: ${first}`;
}

function yamlFix(code: string): string | undefined {
  if (code === 'DUPLICATE_KEY') return 'remove or rename one of the two keys';
  if (code === 'TAB_AS_INDENT') return 'indent with spaces';
  if (code === 'BAD_INDENT' || code === 'MISSING_CHAR') return 'check the indentation and closing quotes or brackets on this line and the one before';
  return undefined;
}

/** Offset of the first alias (`*name`) in the document, if any. */
function firstAlias(doc: Document): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Alias(_, node) {
      found = node.range?.[0];
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * Where the quote or bracket that `message` says is unclosed was opened, searching back from
 * `pos`: the last unescaped quote (a quote never closed swallows every later one), or the `{` / `[`
 * with no match before `pos`.
 */
function openingOf(text: string, pos: number, message: string): number | undefined {
  const quote = /Missing closing (["'])quote/.exec(message)?.[1];
  if (quote) {
    for (let i = Math.min(pos, text.length) - 1; i >= 0; i--) {
      if (text[i] === quote && !(quote === '"' && text[i - 1] === '\\')) return i;
    }
    return undefined;
  }
  const flow = /Flow (map|sequence)/.exec(message)?.[1];
  if (!flow) return undefined;
  const [open, close] = flow === 'map' ? ['{', '}'] : ['[', ']'];
  let depth = 0;
  for (let i = Math.min(pos, text.length) - 1; i >= 0; i--) {
    if (text[i] === close) depth += 1;
    else if (text[i] === open) {
      if (depth === 0) return i;
      depth -= 1;
    }
  }
  return undefined;
}
