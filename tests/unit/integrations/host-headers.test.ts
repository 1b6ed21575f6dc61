import { describe, expect, it } from 'vitest';
import { hostHeaders } from '../../../src/integrations/host-headers.ts';

describe('hostHeaders()', () => {
  it('caches hashed files for a year under the base path, and sets no policy a page already carries', () => {
    const text = hostHeaders('/field-reports/');
    expect(text).toContain('/field-reports/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(text).toContain('/field-reports/pagefind/fragment/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(text).toContain('/field-reports/*\n  X-Content-Type-Options: nosniff');
    expect(text).not.toMatch(/Content-Security-Policy|frame-ancestors/);
    // Every rule's path is under the base.
    for (const line of text.split('\n').filter((l) => l && !l.startsWith(' '))) expect(line.startsWith('/field-reports/'), line).toBe(true);
  });
  it('works at the root', () => {
    expect(hostHeaders('/')).toMatch(/^\/\*\n/);
  });
});
