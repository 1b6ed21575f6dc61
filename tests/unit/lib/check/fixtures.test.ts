/**
 * Each broken fixture in tests/fixtures/reports/broken/ gets its precise message: the file,
 * the line and column, the field path, the bad value and the fix.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkReportSource } from '../../../../src/lib/check/check-report.ts';
import { formatProblem } from '../../../../src/lib/check/problem.ts';

const DIR = 'tests/fixtures/reports/broken';
const check = (name: string) => {
  const file = `${DIR}/${name}.mdx`;
  return checkReportSource(file, readFileSync(file, 'utf8'));
};

/** name → [line, column, path, message fragment, fix fragment] of the one expected error. */
const EXPECTED: Record<string, [number, number, string, string, string]> = {
  'coordinates-out-of-range': [14, 10, 'places[0].lat', 'latitude 133.5058 is outside -90..90', 'not swapped'],
  'coordinates-not-numbers': [21, 10, 'places[1].lon', 'longitude must be a number in decimal degrees, not "40.7422 E"', 'plain number'],
  'impossible-date': [41, 11, 'events[0].date', "'2023-02-30' is not a real calendar date", 'YYYY-MM-DD'],
  'period-ends-before-start': [53, 39, 'tallies[0].period.end', 'the period ends (2023-10-17) before it starts (2023-11-09)', 'swap start and end'],
  'unknown-reference': [44, 14, 'events[0].places[0]', "unknown place 'al-hasaka'", "did you mean 'al-hasakah'? Declare it under places"],
  'duplicate-id': [17, 9, 'places[1].id', "duplicate id 'al-tanf' (first used at places[0])", 'rename one'],
  'breakdown-does-not-add-up': [56, 5, 'tallies[0].breakdown', 'breakdown adds up to 45 (Iraq 24 + Syria 21), not to the value 46', 'add up to the total'],
  'negative-count': [54, 12, 'tallies[0].value', 'count -46 is negative', 'whole numbers'],
  'non-http-url': [71, 10, 'sources[0].url', "URL scheme 'javascript:' is not allowed", 'http:// or https://'],
  'region-without-radius': [22, 5, 'places[2].radiusKm', "precision 'region' but no radiusKm", 'radiusKm: 25'],
  'subtype-of-other-type': [43, 14, 'events[0].subtype', "subtype 'armed-clash' does not belong to type 'explosions-remote-violence'", 'air-drone-strike'],
  'quote-not-in-text': [48, 12, 'events[0].quote', "quote of 'strike-2023-10-26' is not in the article", 'copy the words'],
  'date-outside-period': [41, 11, 'events[0].date', "2023-12-26 falls outside the report's period 2023-10-01..2023-11-15", 'scope: background'],
  'duplicate-yaml-key': [20, 5, '', "the key 'kind' appears twice", 'remove or rename'],
  'tab-indentation': [19, 1, '', 'a tab is used for indentation', 'indent with spaces'],
  'unknown-enum-value': [13, 11, 'places[0].kind', "'coalition-bse' is not one of: coalition-base", "did you mean 'coalition-base'?"],
  'missing-required-field': [2, 1, 'title', "missing required field 'title'", "add 'title:'"],
  'data-url': [71, 10, 'sources[0].url', "URL scheme 'data:' is not allowed", 'http:// or https://'],
  'bidi-override-in-id': [17, 9, 'places[1].id', "id 'al-\\u{202E}hakasah' contains invisible or bidirectional control characters", "'al-hakasah'"],
  'bidi-override-in-place-name': [18, 11, 'places[1].name', "text contains the direction-control character U+202E, which would reorder the text shown around it: 'al-\\u{202E}Hasakah city'", 'delete the invisible character'],
  // Coordinates read against the country polygons (issue 14).
  'coordinates-swapped': [20, 10, 'places[1].lat', "place 'al-hasakah' (lat 40.7422, lon 36.5117) lies in Turkey, not in SY (Syria); did you swap lat and lon?", 'write lat: 36.5117, lon: 40.7422'],
  'coordinates-flipped-sign': [20, 10, 'places[1].lat', "place 'al-hasakah' (lat 36.5117, lon -40.7422) lies in the sea (in no country), not in SY (Syria); did you flip the sign of lon?", 'write lat: 36.5117, lon: 40.7422'],
  'coordinates-in-sea': [20, 10, 'places[1].lat', "place 'al-hasakah' (lat 34, lon 34) lies in the sea (in no country)", 'check the coordinates against a map'],
  'coordinates-wrong-country': [20, 10, 'places[1].lat', "place 'al-hasakah' (lat 36.5117, lon 40.7422) lies in Syria, not in IQ (Iraq)", 'list the other country in borderCountries'],
  'country-name-not-code': [22, 14, 'places[1].country', "country 'Syria' is not an ISO 3166-1 alpha-2 code", "did you mean 'SY' (Syria)?"],
  // Dates, names and figures (issue 14).
  'unknown-reference-by-name': [65, 10, 'axes[0].to[0]', "unknown place 'al-tanf'", "did you mean 'al-tanf-garrison'?"],
  'coordinate-nan': [20, 10, 'places[1].lat', 'latitude must be a number in decimal degrees, not NaN', 'plain number'],
  'missing-date': [39, 5, 'events[0].date', "missing required field 'date'", "add 'date:'"],
  'figure-too-big': [54, 12, 'tallies[0].value', 'count 9,007,199,254,740,992 is beyond any plausible count (the limit is 10,000,000); it is past the numbers a computer counts exactly', 'check the digits'],
  'tally-before-period': [53, 5, 'tallies[0].period', "2021-10-17..2023-11-09 falls outside the report's period 2023-10-01..2023-11-15", 'mark the tally scope: background'],
  'zero-width-in-id': [17, 9, 'places[1].id', "id 'al-\\u{200B}hasakah' contains invisible or bidirectional control characters", "'al-hasakah'"],
  'yaml-unclosed-flow': [8, 9, '', 'Flow map in block collection must be sufficiently indented and end with a } (opened here, never closed; the parser noticed at line 9)', 'closing quotes or brackets'],
  'yaml-unclosed-quote': [3, 6, '', 'Missing closing "quote (opened here, never closed; the parser noticed at line 74)', 'closing quotes or brackets'],
  'yaml-alias-bomb': [4, 10, '', 'YAML aliases (*name) expand to too much data (more than 100 uses)', 'instead of repeating it with &anchors and *aliases'],
  // The body is content, not code (issue 14): each case at the line and column of the construct.
  'body-import': [79, 1, '', "'import' in a report's body runs code at build time: import secrets from '../../../../.env';", 'set "mdx": "full" in sitrep.config.json'],
  'body-export': [81, 1, '', "'export' in a report's body runs code at build time: export const leak = process.env;", "Sitrep's components need no import"],
  'body-expression': [79, 140, '', "the expression {process.env.HOME} in a report's body would run at build time", 'a literal brace is written \\{'],
  'body-expression-attribute': [79, 137, '', '<Tally id={globalThis.x}> uses an expression; attributes must be literal text', 'write id="…" in quotes'],
  'body-unknown-component': [81, 1, '', "<Script> is not one of Sitrep's components; a report's body may use only <Tally>, directives and Markdown", 'write it in Markdown'],
  'body-html-element': [79, 127, '', "<span> is not one of Sitrep's components", 'write it in Markdown'],
  'body-javascript-link': [79, 123, '', "URL scheme 'javascript:' is not allowed in a link: 'javascript:alert(document.cookie)'", 'http:// or https:// address, a relative path, or an #anchor'],
  'body-data-image': [81, 1, '', "URL scheme 'data:' is not allowed in an image", 'http:// or https:// address, a relative path, or an #anchor'],
};

// The first check of valid data reads the country polygons: seconds on the loaded 2-core machine, not a budget.
beforeAll(() => void checkReportSource('warm.mdx', readFileSync('tests/fixtures/reports/valid/minimal.mdx', 'utf8')), 120_000);

describe('checkReportSource() on broken fixtures', () => {
  for (const [name, [line, column, path, message, fix]] of Object.entries(EXPECTED)) {
    it(`${name}: ${message}`, () => {
      const { problems, report } = check(name);
      expect(report).toBeUndefined();
      const errors = problems.filter((p) => p.severity === 'error');
      expect(errors).toHaveLength(1);
      const [problem] = errors;
      expect(problem).toMatchObject({ file: `${DIR}/${name}.mdx`, line, column, path });
      expect(problem?.message).toContain(message);
      expect(problem?.fix).toContain(fix);
    });
  }

  it('unknown-key: names the typo and suggests the known key, beside the missing one', () => {
    const lines = check('unknown-key').problems.map(formatProblem);
    expect(lines).toEqual([
      `${DIR}/unknown-key.mdx:17:5  error  places[1].lat  missing required field 'lat'  (add 'lat:' to this entry)`,
      `${DIR}/unknown-key.mdx:20:16  error  places[1].lattitude  unknown key 'lattitude'; did you mean 'lat'?  (remove it or correct its spelling)`,
    ]);
  });

  it('fractional-count: reports every bad count at once', () => {
    const paths = check('fractional-count').problems.map((p) => p.path);
    expect(paths).toEqual(['tallies[0].breakdown[0].value', 'tallies[0].breakdown[1].value']);
  });

  it('id-not-kebab-case: suggests the kebab-case form where the id is declared and where it is used', () => {
    const problems = check('id-not-kebab-case').problems;
    expect(problems.map((p) => p.path)).toEqual(['actors[1].id', 'events[0].actors.against[0]']);
    expect(problems.every((p) => p.fix?.includes("'irgc-forces'"))).toBe(true);
  });

  it('empty-frontmatter: lists every missing required field', () => {
    const problems = check('empty-frontmatter').problems;
    expect(problems.map((p) => p.message)).toEqual(['title', 'dek', 'authors', 'publisher', 'published', 'period'].map((k) => `missing required field '${k}'`));
  });

  it('event-without-sources: a confirmed event citing no source is a warning at its confidence', () => {
    const { problems, report } = check('event-without-sources');
    expect(report).toBeDefined();
    expect(problems.map(formatProblem)).toEqual([
      `${DIR}/event-without-sources.mdx:46:17  warning  events[0].confidence  event 'strike-2023-10-26' is 'confirmed' but cites no source  (add the ids of the sources that confirm it under sources; if the report only tells it, write confidence: reported (or assessed for the author's judgement))`,
    ]);
  });

  it('every broken fixture has an expectation here', () => {
    const names = readdirSync(DIR).map((f) => f.replace(/\.mdx$/, ''));
    const covered = new Set([...Object.keys(EXPECTED), 'unknown-key', 'fractional-count', 'id-not-kebab-case', 'empty-frontmatter', 'event-without-sources']);
    expect(names.filter((n) => !covered.has(n))).toEqual([]);
  });
});

describe('checkReportSource() on oversized content', () => {
  const minimal = readFileSync('tests/fixtures/reports/valid/minimal.mdx', 'utf8');

  // How fast is for `npm run bench`; here only what the editor is told (no duration asserted).
  it('refuses a 5 MB description, naming the field and the limit', () => {
    const huge = 'A sentence about the base, repeated. '.repeat(Math.ceil(5_000_000 / 37)).slice(0, 5_000_000);
    const source = minimal.replace('    sources: [gazetteer]\n', `    sources: [gazetteer]\n    description: "${huge}"\n`);
    expect(source.length).toBeGreaterThan(5_000_000);
    const { problems, report } = checkReportSource('huge.mdx', source);
    expect(report).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 17, column: 18, path: 'places[0].description' });
    expect(problems[0]?.message).toBe('text is 5,000,000 characters long; the limit here is 10,000');
    expect(problems[0]?.fix).toContain('at most 10,000 characters');
    expect(formatProblem(problems[0]!).length).toBeLessThan(300);
    // Reading 5 MB of YAML took 4.7 s alone on the 2-core machine: a generous limit, not a budget.
  }, 60_000);

  it('refuses a name longer than 300 characters', () => {
    const { problems } = checkReportSource('long.mdx', minimal.replace('    name: al-Tanf base', `    name: ${'Long '.repeat(70)}`));
    expect(problems.map((p) => [p.path, p.message])).toEqual([['places[0].name', 'text is 349 characters long; the limit here is 300']]);
  });
});

describe('checkReportSource() on valid content', () => {
  it('accepts the minimal fixture', () => {
    const file = 'tests/fixtures/reports/valid/minimal.mdx';
    const result = checkReportSource(file, readFileSync(file, 'utf8'));
    expect(result.problems).toEqual([]);
    expect(result.report?.places.map((p) => p.id)).toEqual(['al-tanf', 'al-hasakah', 'deir-ez-zor-countryside']);
  });

  it('accepts a tally before the period marked scope: background', () => {
    const source = readFileSync(`${DIR}/tally-before-period.mdx`, 'utf8').replace('    period: { start: 2021-10-17, end: 2023-11-09 }\n', '    period: { start: 2021-10-17, end: 2023-11-09 }\n    scope: background\n');
    const result = checkReportSource('background.mdx', source);
    expect(result.problems).toEqual([]);
    expect(result.report?.tallies[0]?.scope).toBe('background');
  });

  it('accepts a file that starts with a byte-order mark', () => {
    const file = 'tests/fixtures/reports/valid/bom.mdx';
    const source = readFileSync(file, 'utf8');
    expect(source.charCodeAt(0)).toBe(0xfeff);
    const result = checkReportSource(file, source);
    expect(result.problems).toEqual([]);
    expect(result.report?.title).toContain('byte-order mark');
  });

  it('reports all problems of a file at once, sorted by position', () => {
    const file = 'many.mdx';
    const source = readFileSync(`${DIR}/unknown-reference.mdx`, 'utf8')
      .replace('    lat: 33.5058', '    lat: 333')
      .replace('    url: https://example.org/statement', '    url: ftp://example.org');
    const paths = checkReportSource(file, source).problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['places[0].lat', 'events[0].places[0]', 'sources[0].url']));
  });
});
