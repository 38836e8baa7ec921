/**
 * Text normalization for matching. Two paragraphs that a reader would call "the same" must
 * normalize to the same string: Unicode compatibility forms (NFKC folds full-width letters,
 * ligatures and NFD combining sequences), case, curly vs straight quotes, the dash family,
 * whitespace runs (including no-break spaces) and punctuation all vanish here.
 *
 * Pure and dependency-free (runs in the renderer on every keystroke and in main for the CLI).
 */

// Quote and dash families folded to ASCII: scraped copy mixes them freely, and a pasted
// duplicate often differs from the original only in typographic quotes.
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2035\u0060\u00B4\u02BC]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u2036\u300C\u300D]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/g;

/** NFKC + quote/dash folding + whitespace collapse; keeps case and punctuation (for display/evidence). */
export function canonicalText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim();
}

// A word: letters/digits/marks, allowing inner apostrophes and hyphens ("hati-hati", "don't").
const WORD = /[\p{L}\p{N}\p{M}]+(?:['-][\p{L}\p{N}\p{M}]+)*/gu;

const INNER_MARKS = /[\u2018\u2019\u201A\u201B\u2032\u2035\u0060\u00B4\u02BC\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/**
 * Lower-cased words of the canonical text; punctuation is dropped. Only the marks that can sit
 * INSIDE a word (apostrophes, hyphens) need folding here; whitespace and double quotes never
 * reach a word, so this skips the rest of canonicalText (it runs on every paragraph).
 */
export function wordsOf(text: string): string[] {
  const t = text.normalize('NFKC').toLowerCase().replace(INNER_MARKS, (c) => (c.charCodeAt(0) >= 0x2010 && c.charCodeAt(0) <= 0x2015) || c === '\u2212' || c === '\uFE58' || c === '\uFE63' || c === '\uFF0D' ? '-' : "'");
  return t.match(WORD) ?? [];
}

/** The matching key of a paragraph: its words joined by single spaces. */
export function normalizeForMatch(text: string): string {
  return wordsOf(text).join(' ');
}

/** 32-bit FNV-1a of a string (stable across platforms; used for word and shingle ids). */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/** Mix two 32-bit values into one (order-sensitive); used to build word n-gram ids. */
export function mix32(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Ids of consecutive word k-grams ("shingles"); empty when the text has fewer than k words. */
export function shingleIds(wordIds: ArrayLike<number>, k: number): number[] {
  const out: number[] = [];
  for (let i = 0; i + k <= wordIds.length; i++) {
    let h = wordIds[i]!;
    for (let j = 1; j < k; j++) h = mix32(h, wordIds[i + j]!);
    out.push(h);
  }
  return out;
}

/** Range of the text without leading/trailing whitespace (UTF-16 offsets). */
export function trimmedRange(text: string): { start: number; end: number } {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return end > start ? { start, end } : { start: 0, end: text.length };
}
