import { EN_WORDS } from './en-words.js';
import { ID_WORDS } from './id-words.js';

let words: Set<string> | undefined;

/** built on first use (about 100,000 words, a few milliseconds), then kept */
function known(): Set<string> {
  if (!words) words = new Set([...EN_WORDS.split('\n'), ...ID_WORDS.split('\n')]);
  return words;
}

// Indonesian affixes, stripped to reach the dictionary's stems ("pasarnya" -> "pasar",
// "menuliskan" is left alone: nasal prefixes change the stem's first letter, and a typo test
// does not need them)
const SUFFIXES = ['nya', 'lah', 'kah', 'pun', 'kan', 'an', 'i'];
const PREFIXES = ['di', 'ke', 'se', 'ber', 'ter', 'per'];

/** a word of English or Indonesian (either: stories mix them), in any case */
export function isKnownWord(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  const set = known();
  if (set.has(w)) return true;
  for (const s of SUFFIXES) if (w.length > s.length + 3 && w.endsWith(s) && set.has(w.slice(0, -s.length))) return true;
  for (const p of PREFIXES) if (w.length > p.length + 3 && w.startsWith(p) && set.has(w.slice(p.length))) return true;
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
