import { EN_WORDS } from './en-words.js';
import { ID_WORDS } from './id-words.js';

/**
 * Binary search in the sorted, newline-separated list itself: no array or Set of 100,000 words is
 * built (that cost 150-300 ms on the first check of a session), and a lookup is ~17 string
 * comparisons.
 */
function inSorted(list: string, word: string): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = list.lastIndexOf('\n', mid - 1) + 1;
    let end = list.indexOf('\n', start);
    if (end < 0) end = list.length;
    const w = list.slice(start, end);
    if (w === word) return true;
    if (w < word) lo = end + 1;
    else hi = start;
  }
  return false;
}

function known(w: string): boolean {
  return inSorted(EN_WORDS, w) || inSorted(ID_WORDS, w);
}

// Indonesian affixes, stripped to reach the dictionary's stems ("pasarnya" -> "pasar",
// "menuliskan" is left alone: nasal prefixes change the stem's first letter, and a typo test
// does not need them)
const SUFFIXES = ['nya', 'lah', 'kah', 'pun', 'kan', 'an', 'i'];
const PREFIXES = ['di', 'ke', 'se', 'ber', 'ter', 'per'];

/** a word of English or Indonesian (either: stories mix them), in any case */
export function isKnownWord(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (known(w)) return true;
  for (const s of SUFFIXES) if (w.length > s.length + 3 && w.endsWith(s) && known(w.slice(0, -s.length))) return true;
  for (const p of PREFIXES) if (w.length > p.length + 3 && w.startsWith(p) && known(w.slice(p.length))) return true;
  return false;
}

/** spellings of one place that are both right ("Sumatra"/"Sumatera") */
const REGIONAL: ReadonlyArray<readonly [string, string]> = [
  ['sumatra', 'sumatera'],
  ['makassar', 'makasar'],
  ['yogyakarta', 'jogjakarta'],
  ['yogya', 'jogja'],
  ['pekanbaru', 'pakanbaru'],
  ['bukittinggi', 'bukitinggi'],
  ['tanjung', 'tanjong'],
];
export function regionalPair(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return REGIONAL.some(([p, q]) => (x === p && y === q) || (x === q && y === p));
}
