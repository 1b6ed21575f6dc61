import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { remarkFailOnErrors } from '../../../src/plugins/remark-fail-on-errors.ts';

describe('remarkFailOnErrors()', () => {
  it('stops on a fatal Sitrep message with file, line and column, and no stack trace', () => {
    const file = new VFile({ path: 'content/reports/x.mdx', value: '' });
    const message = file.message("unknown place 'al-tamf'; did you mean 'al-tanf'?", { place: { line: 12, column: 5 }, ruleId: 'unknown-ref', source: 'sitrep' });
    message.fatal = true;
    const run = () => remarkFailOnErrors()({ type: 'root', children: [] }, file);
    expect(run).toThrow("12:5: unknown place 'al-tamf'; did you mean 'al-tanf'? [content/reports/x.mdx:12:5, sitrep:unknown-ref]");
    try {
      run();
    } catch (error) {
      expect((error as Error).stack).toBe((error as Error).message);
      expect(error).toMatchObject({ line: 12, column: 5 });
    }
  });

  it('lets warnings through', () => {
    const file = new VFile({ value: '' });
    file.message('a warning', { ruleId: 'unmentioned', source: 'sitrep' });
    expect(() => remarkFailOnErrors()({ type: 'root', children: [] }, file)).not.toThrow();
  });
});
