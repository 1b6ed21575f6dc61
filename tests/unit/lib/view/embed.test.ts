import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT, embedCode, embedId, eventEmbeds, oembedJson } from '../../../../src/lib/view/embed.ts';

const target = { kind: 'map' as const, url: 'https://example.org/embed/r/map/', title: 'Map: "Strikes" & <more>', script: 'https://example.org/embed.js' };

describe('embedCode()', () => {
  it('is an iframe without inline style plus our host script, every value escaped', () => {
    expect(embedCode(target)).toBe(
      `<iframe src="https://example.org/embed/r/map/" title="Map: &quot;Strikes&quot; &amp; &lt;more&gt;" width="100%" height="${EMBED_HEIGHT.map}" loading="lazy" referrerpolicy="no-referrer" data-sitrep-embed></iframe>\n<script src="https://example.org/embed.js" async></script>`,
    );
    expect(embedCode(target)).not.toContain('style=');
  });
  it('gives each figure a stable id', () => {
    expect(embedId('timeline', 'iran-2023')).toBe('sitrep-timeline-iran-2023');
  });
});

describe('oembedJson()', () => {
  it('is a rich oEmbed response with the iframe, a size and the share image', () => {
    const json = oembedJson({ ...target, providerName: 'Sitrep', providerUrl: 'https://example.org/', authorName: 'A. Author', thumbnail: { url: 'https://example.org/og/r.png', width: 1200, height: 630 } });
    expect(json).toEqual({
      version: '1.0',
      type: 'rich',
      title: target.title,
      provider_name: 'Sitrep',
      provider_url: 'https://example.org/',
      author_name: 'A. Author',
      html: embedCode(target),
      width: 800,
      height: EMBED_HEIGHT.map,
      thumbnail_url: 'https://example.org/og/r.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
  });
});

describe('eventEmbeds()', () => {
  const report = (id: string, events: string[], withdrawn: string[] = []) => ({
    id,
    data: { events: events.map((e) => ({ id: e })), withdrawn: withdrawn.map((w) => ({ id: w, kind: 'event', date: '2024-01-01', why: 'Retracted.' })) },
  });
  it('gives every event and every withdrawn event a page, sorted by id', () => {
    const { embeds, duplicates } = eventEmbeds([report('b', ['strike-2']), report('a', ['strike-1'], ['strike-0'])]);
    expect(embeds.map((e) => [e.id, e.slug, e.status])).toEqual([
      ['strike-0', 'a', 'withdrawn'],
      ['strike-1', 'a', 'published'],
      ['strike-2', 'b', 'published'],
    ]);
    expect(duplicates).toEqual([]);
  });
  it("keeps the first report's event when two reports use one id, and says so", () => {
    const { embeds, duplicates } = eventEmbeds([report('z', ['x']), report('a', ['x'])]);
    expect(embeds).toHaveLength(1);
    expect(embeds[0]?.slug).toBe('a');
    expect(duplicates).toEqual(['x (a, z)']);
  });
  it('gives a report of more than 200 events pages only for the events its text quotes', () => {
    const events = Array.from({ length: 201 }, (_, i) => ({ id: `e-${i}`, ...(i % 100 === 0 ? { quote: 'the words' } : {}) }));
    const { embeds } = eventEmbeds([{ id: 'tracker', data: { events } }]);
    expect(embeds.map((e) => e.id)).toEqual(['e-0', 'e-100', 'e-200']);
    expect(eventEmbeds([{ id: 'r', data: { events: events.slice(0, 200) } }]).embeds).toHaveLength(200);
  });
  it('prefers a published event to a withdrawal of the same id elsewhere', () => {
    const { embeds } = eventEmbeds([report('a', [], ['x']), report('b', ['x'])]);
    expect(embeds[0]).toMatchObject({ id: 'x', slug: 'b', status: 'published' });
  });
});
