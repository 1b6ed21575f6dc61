/**
 * Names in Arabic text. Arabic writes some words joined to the front of the next one (proclitics): the
 * conjunctions و and ف, the prepositions ب, ك and ل, and the article ال. So the entry «البوكمال» is written
 * «والبوكمال» (and al-Bukamal), «بالبوكمال» (in al-Bukamal), «للبوكمال» (ل + ال: the alif drops) or
 * «وللبوكمال»; «دير الزور» is written «بدير الزور», «لدير الزور», «ودير الزور»; a name without the article
 * may take it («إيران» → «الإيرانية» is another word and is not matched: only whole names are).
 *
 * `arabicNamePattern` gives the regular expression source of a name with its optional proclitics, and
 * `arabicBaseForms` takes them off again, so that a match can be resolved to its entry. Pure and small: the
 * name matcher (`../annotate/matcher.ts`) uses both for names written in Arabic script.
 */

/** True when `text` holds a letter of the Arabic script. */
export function isArabic(text: string): boolean {
  return /\p{Script=Arabic}/u.test(text);
}

const ARTICLE = 'ال';
const CONJUNCTIONS = ['', 'و', 'ف'] as const;
const PREPOSITIONS = ['', 'ب', 'ك', 'ل'] as const;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every proclitic chain a name may carry, with whether it ends in the article: `و`, `ب`, `وب`, `ال`, `بال`,
 * `لل` (ل + ال), `ولل` ... (conjunction, then preposition, then article, each optional).
 */
export function proclitics(): { prefix: string; article: boolean }[] {
  const out: { prefix: string; article: boolean }[] = [];
  for (const conjunction of CONJUNCTIONS) {
    for (const preposition of PREPOSITIONS) {
      out.push({ prefix: conjunction + preposition, article: false });
      // ل before the article drops the article's alif: ل + البوكمال → للبوكمال.
      out.push({ prefix: conjunction + (preposition === 'ل' ? 'لل' : `${preposition}${ARTICLE}`), article: true });
    }
  }
  return out.filter((p) => p.prefix !== '' || p.article);
}

/**
 * The regular expression source (for a `u` regex) of `name` with its optional proclitics; white space inside
 * the name matches any run of white space. «البوكمال» → `(?:[وف]?[بك]?|[وف]?ل)?ال` + `بوكمال` (in effect).
 */
export function arabicNamePattern(name: string): string {
  const hasArticle = name.startsWith(ARTICLE) && name.length > ARTICLE.length + 1;
  const stem = hasArticle ? name.slice(ARTICLE.length) : name;
  const body = escape(stem).replace(/\s+/g, String.raw`\s+`);
  // With the article the name may lose its alif after ل (للبوكمال); without it the name may gain it (البوكمال for بوكمال).
  const prefixes = hasArticle ? String.raw`(?:[وف]?[بك]?ال|[وف]?لل)` : String.raw`(?:[وف]?(?:[بك]?ال|لل|[بكل])?)`;
  return `${prefixes}${body}`;
}

/**
 * The forms `word` may be a name in, once its proclitics are taken off: the word itself first, then each
 * reading with fewer letters («وبالبوكمال» → «وبالبوكمال», «بالبوكمال», «البوكمال», «بوكمال», ...).
 * Names shorter than two letters are never proposed.
 */
export function arabicBaseForms(word: string): string[] {
  const out = [word];
  for (const { prefix, article } of proclitics().sort((a, b) => a.prefix.length - b.prefix.length)) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    if (rest.replace(/\s+/g, '').length < 2) continue;
    if (article) out.push(ARTICLE + rest);
    out.push(rest);
  }
  return [...new Set(out)];
}
