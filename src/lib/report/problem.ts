/** A problem found in content, located and explained the way a compiler does it. */

export type Severity = 'error' | 'warning';

export interface Problem {
  /** File path as the editor knows it (relative to the project). */
  file: string;
  /** 1-based line and column in that file. */
  line: number;
  column: number;
  /** Field path, e.g. `events[3].places[0]`; empty for problems outside the data. */
  path: string;
  message: string;
  /** How to fix it. */
  fix?: string | undefined;
  severity: Severity;
  /** Rule id, e.g. `schema`, `yaml`, `reference`, `body-code`. */
  rule: string;
}

/** `events[3].places[0]` from `['events', 3, 'places', 0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** A 1-based line and column in a file. */
export interface Position {
  line: number;
  column: number;
}

/** Locates a field path of the frontmatter in the file (the closest parent that exists). */
export type Locate = (path: readonly PropertyKey[]) => Position;
