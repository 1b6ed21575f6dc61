/**
 * Everything the plugins need to annotate one report: its data, and one `find` that
 * returns name and date mentions in a run of text, without overlaps.
 */
import type { Report } from '../schema/report.ts';
import { findDates } from './dates.ts';
import { createMatcher, type TextMatch } from './matcher.ts';
import { nameEntries } from './names.ts';

export interface Annotator {
  report: Report;
  /** Mentions in `text`, in order; a longer match wins over one it overlaps. */
  find(text: string): TextMatch[];
}

export function createAnnotator(report: Report): Annotator {
  const matcher = createMatcher(nameEntries(report));
  return {
    report,
    find(text) {
      const all = [...findDates(text, report.period, report.events), ...matcher.find(text)];
      all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
      const out: TextMatch[] = [];
      for (const m of all) {
        const prev = out[out.length - 1];
        if (prev && m.start < prev.end) {
          if (m.end - m.start > prev.end - prev.start) out[out.length - 1] = m;
          continue;
        }
        out.push(m);
      }
      return out;
    },
  };
}
