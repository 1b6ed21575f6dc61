import { describe, expect, it } from 'vitest';
import { summaryLines, tallyFigure } from '../../../../src/lib/view/summary.ts';
import { newestFirst } from '../../../../src/lib/view/listing.ts';

describe('summaryLines()', () => {
  it('renders a tally with its qualifier, period, parts and sources', () => {
    const [line] = summaryLines({
      sources: [{ id: 'pentagon', title: 'Pentagon statements', aliases: [], kind: 'official-statement' }],
      tallies: [
        {
          id: 'attacks',
          label: 'Attacks',
          unit: 'attack',
          period: { start: '2023-10-17', end: '2023-11-09' },
          value: 46,
          qualifier: 'at-least',
          breakdown: [
            { label: 'Iraq', value: 24 },
            { label: 'Syria', value: 22 },
          ],
          sources: ['pentagon'],
          confidence: 'confirmed',
        },
      ],
    });
    expect(line).toEqual({
      id: 'attacks',
      figure: 'at least 46',
      label: 'Attacks',
      period: '17 October – 9 November 2023',
      parts: ['24 in Iraq', '22 in Syria'],
      confidence: 'confirmed',
      confidenceText: 'confirmed',
      sources: ['Pentagon statements'],
    });
  });

  it('writes the figures in the language asked for', () => {
    const [line] = summaryLines(
      {
        sources: [],
        tallies: [{ id: 'attacks', label: 'هجمات', unit: 'attack', value: 46, qualifier: 'at-least', breakdown: [{ label: 'العراق', value: 24 }, { label: 'سوريا', value: 22 }], sources: [], confidence: 'reported' }],
      },
      'ar',
    );
    expect(line).toMatchObject({ figure: '46 على الأقل', parts: ['24 في العراق', '22 في سوريا'], confidenceText: 'منقول عن مصادر' });
  });

  it('tallyFigure() groups thousands', () => {
    expect(tallyFigure({ qualifier: 'about', value: 12500 })).toBe('about 12,500');
    expect(tallyFigure({ qualifier: 'about', value: 12500 }, 'ar')).toBe('نحو 12,500');
  });
});

describe('newestFirst()', () => {
  it('orders by the latest possible publication day', () => {
    const entries = [
      { id: 'a', data: { title: 'A', published: '2023-11-15' } },
      { id: 'b', data: { title: 'B', published: { start: '2023-11-12', end: '2023-11-20', precision: 'range' as const } } },
      { id: 'c', data: { title: 'C', published: '2022-01-01' } },
    ];
    expect(newestFirst(entries).map((e) => e.id)).toEqual(['b', 'a', 'c']);
  });
});
