/** Levenshtein edit distance between two strings (case-sensitive). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `value`, or undefined when none is close enough to be a
 * plausible typo. A candidate that contains the value (or is contained) also counts.
 */
export function didYouMean(value: string, candidates: Iterable<string>): string | undefined {
  // No typo is hundreds of characters long; and edit distance on huge input would be slow.
  if (value.length > 200) return undefined;
  const needle = value.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    let score = editDistance(needle, hay);
    if (hay.includes(needle) || needle.includes(hay)) score = Math.min(score, Math.abs(hay.length - needle.length) / 2 + 1);
    const prefix = commonPrefix(needle, hay);
    if (prefix >= 4) score = Math.min(score, Math.max(needle.length, hay.length) - prefix);
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.ceil(Math.max(needle.length, best.length) * 0.5));
  return bestScore <= limit ? best : undefined;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
