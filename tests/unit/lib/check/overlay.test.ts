import { describe, expect, it } from 'vitest';
import { codeFrame, overlayError, OVERLAY_PLUGIN } from '../../../../src/lib/check/overlay.ts';
import type { Problem } from '../../../../src/lib/check/problem.ts';

const problem = (over: Partial<Problem>): Problem => ({ file: 'content/reports/a.mdx', line: 3, column: 8, path: 'places[0].lat', message: 'latitude 135 is outside -90..90', severity: 'error', rule: 'schema', ...over });
const source = 'one\ntwo\nplaces: x\nfour\nfive\nsix';

describe('codeFrame()', () => {
  it('shows the lines around the problem with a caret under its column', () => {
    expect(codeFrame(source, 3, 8)).toBe(['  1 | one', '  2 | two', '> 3 | places: x', '    |        ^', '  4 | four', '  5 | five'].join('\n'));
  });
});

describe('overlayError()', () => {
  const absolute = (file: string) => `/site/${file}`;
  it('names the file, line, field, message and fix of each error, first error located', () => {
    const err = overlayError(
      [problem({ line: 9, column: 1, path: 'events[0].places[0]', message: "unknown place 'al-tanff'", fix: "did you mean 'al-tanf'?" }), problem({ fix: 'use -90..90' }), problem({ severity: 'warning', message: 'a warning' })],
      absolute,
      () => source,
    );
    expect(err?.message).toBe(
      [
        '2 content errors in content/reports/a.mdx. Fix and save: this closes when none is left.',
        '',
        'content/reports/a.mdx:3:8  error  places[0].lat  latitude 135 is outside -90..90  (use -90..90)',
        "content/reports/a.mdx:9:1  error  events[0].places[0]  unknown place 'al-tanff'  (did you mean 'al-tanf'?)",
      ].join('\n'),
    );
    expect(err?.loc).toEqual({ file: '/site/content/reports/a.mdx', line: 3, column: 8 });
    expect(err?.id).toBe('/site/content/reports/a.mdx');
    expect(err?.plugin).toBe(OVERLAY_PLUGIN);
    expect(err?.frame).toContain('> 3 | places: x');
  });
  it('is undefined when there are only warnings, so the overlay stays closed', () => {
    expect(overlayError([problem({ severity: 'warning' })], absolute, () => source)).toBeUndefined();
  });
});
