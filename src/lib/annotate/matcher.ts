/**
 * Finds the names of a report's places and actors in a run of text: longest form first,
 * on word boundaries (Unicode letters, so Arabic script works too), every occurrence.
 * A possessive ("Iran’s") is matched without its "’s". Case must match, except the
 * first letter ("The Islamic Resistance" at the start of a sentence).
 */
import { arabicBaseForms, arabicNamePattern, isArabic } from '../text/arabic.ts';
import type { NameEntry } from './names.ts';
import type { MentionRef } from '../view/refs.ts';

export interface TextMatch {
  /** Offsets in the text, end exclusive. */
  start: number;
  end: number;
  text: string;
  ref: MentionRef;
}

export interface Matcher {
  find(text: string): TextMatch[];
}

const BEFORE = String.raw`(?<![\p{L}\p{N}\p{M}_]|[\p{L}\p{N}]-)`;
const AFTER = String.raw`(?![\p{L}\p{N}\p{M}_]|-[\p{L}\p{N}])`;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `[Ii]ran` for a form whose first letter has a case; spaces match any run of white space. */
function pattern(form: string): string {
  const first = form.charAt(0);
  const rest = escape(form.slice(1)).replace(/\s+/g, String.raw`\s+`);
  const upper = first.toUpperCase();
  const lower = first.toLowerCase();
  return upper === lower ? escape(first) + rest : `[${escape(upper)}${escape(lower)}]${rest}`;
}

const key = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();

export function createMatcher(entries: readonly NameEntry[]): Matcher {
  const byKey = new Map(entries.map((e) => [key(e.form), e.ref]));
  const sorted = [...entries].sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
  if (sorted.length === 0) return { find: () => [] };
  // Names in Arabic script may carry attached proclitics (و، ب، ل، ال ...): see ../text/arabic.ts.
  const regex = new RegExp(`${BEFORE}(?:${sorted.map((e) => (isArabic(e.form) ? arabicNamePattern(e.form) : pattern(e.form))).join('|')})${AFTER}`, 'gu');
  const resolve = (text: string) => byKey.get(key(text)) ?? arabicBaseForms(text).map((form) => byKey.get(key(form))).find((ref) => ref !== undefined);
  return {
    find(text) {
      const out: TextMatch[] = [];
      for (const m of text.matchAll(regex)) {
        const ref = resolve(m[0]);
        if (ref) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], ref });
      }
      return out;
    },
  };
}
