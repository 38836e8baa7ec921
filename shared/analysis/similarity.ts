/**
 * Paragraph features and the near-duplicate test shared by the in-story checker and the
 * archive index, so "nearly repeats" means the same thing in both places.
 *
 * Why word LCS: a pasted duplicate with a few words changed, a sentence dropped or punctuation
 * altered keeps almost all its words IN ORDER. The longest common subsequence of words over the
 * shorter paragraph's length (a containment measure) stays high for those edits (each changed
 * word costs one; a dropped sentence costs nothing), while two different paragraphs that share a
 * stock phrase ("kata dia kepada wartawan", "said in a statement") share only that phrase.
 * Word shingles are only the cheap pre-filter that finds candidate pairs.
 */
import { furnitureOfCached } from './furniture.js';
import { hash32, mix32, shingleIds, wordsOf } from './normalize.js';

export const DUP_PARAMS = {
  /** a paragraph with fewer words never counts as a duplicate on its own ("(jon)", "Setuju.") */
  minWords: 8,
  /** shingle size of the candidate pre-filter (3-word shingles are rare enough that posting
   *  lists stay short, which keeps a re-check on every keystroke cheap) */
  shingle: 3,
  /** candidate if shared shingles >= this fraction of the shorter paragraph's shingles */
  candidateFraction: 0.2,
  /** near duplicate if LCS(words) / words(shorter) >= this */
  containment: 0.82,
  /** ...and at least this share of the shorter paragraph's word PAIRS occur in the longer one:
   *  the words must match in runs, not as scattered function words across a long paragraph */
  shingleContainment: 0.5,
  /** the shorter paragraph is at least this fraction of the longer one (in words) */
  minLengthRatio: 0.25,
  /** below this length ratio (a sentence kept out of a longer paragraph) the shorter one must be a
   *  full sentence (not a subhead or list item, which often echo the next paragraph) and match closely */
  partialRatio: 0.6,
  partialContainment: 0.9,
  /** two lines without a sentence's end this short count only when repeated word for word */
  headingWords: 12,
  /** a shingle found in more paragraphs than this is boilerplate and stops counting */
  maxPosting: 64,
  /** at most this many candidates are confirmed per paragraph */
  maxCandidates: 24,
  /** above this many cells the LCS is replaced by shingle containment (bounded cost) */
  maxLcsCells: 1_000_000,
};

export interface ParagraphFeatures {
  /** stable numeric id of this text inside one cache (for pair caches) */
  id: number;
  /** words joined by spaces: equal keys mean an exact (normalized) repeat */
  key: string;
  /** one 32-bit id per word */
  words: Uint32Array;
  /** distinct shingle ids */
  shingles: Uint32Array;
  /** too short to count as a duplicate on its own */
  short: boolean;
  /** the paragraph is page furniture (reported by the furniture check instead) */
  furniture: boolean;
  /** ends like a sentence (. ! ? possibly followed by a closing quote or bracket) */
  sentence: boolean;
  /** opens in lower case: a line a page broke inside its sentence */
  fragment: boolean;
  /** the words holding a digit, in order ("14", "2025"): what a parallel statement changes */
  figures: string;
  /** the capitalised words, lowercased, in order: the people and places a parallel caption changes (read when first asked: only near-alike pairs ask) */
  readonly names: string;
  /** sortedPairs(words), filled in by the first comparison that needs it */
  pairs?: Uint32Array;
}

let nextId = 1;

export function featuresOf(text: string): ParagraphFeatures {
  const list = wordsOf(text);
  const key = list.join(' ');
  const words = new Uint32Array(list.length);
  for (let i = 0; i < list.length; i++) words[i] = hash32(list[i]!);
  const sh = Uint32Array.from(new Set(shingleIds(words, DUP_PARAMS.shingle)));
  const fm = furnitureOfCached(text);
  let names: string | undefined;
  return {
    id: nextId++,
    key,
    words,
    shingles: sh,
    // figures are not words here: "Stadion Si Jalak Harupat, pukul 15.30 WIB" is a schedule line
    // of six words, which a programme repeats for each game, not a paragraph of eight
    // ... and a row of a table ("No | Tim | Main | Menang | Seri | Kalah |") is a line of cells: a
    // table's header repeated above each group's table is no paragraph pasted twice
    short: list.length - list.filter((w) => /^\d+$/.test(w)).length < DUP_PARAMS.minWords || tableRow(text),
    furniture: fm !== null && fm.wholeLine,
    sentence: /[.!?…]["'”’)\]]*\s*$/.test(text),
    fragment: /^\s*\p{Ll}/u.test(text),
    figures: list.filter((w) => /\d/.test(w)).join(' '),
    get names() {
      return (names ??= namesIn(text));
    },
  };
}

/** capitalised words, lowercased: not a word that only opens a sentence, but a name inside one, or the first of two at its head */
function namesIn(text: string): string {
  return (text.normalize('NFKC').match(/(?:^|(?<=[\p{L}\d,;:)]\s+))\p{Lu}\p{Ll}+(?=\s+\p{Lu})|(?<=[\p{L}\d,;:)]\s+)\p{Lu}\p{Ll}+/gu) ?? []).join(' ').toLowerCase();
}

/** three cells or more divided by "|" or tabs */
function tableRow(text: string): boolean {
  if (!text.includes('|') && !text.includes('\t')) return false;
  return (text.match(/\s\|\s|\t|\|\s*$/g) ?? []).length >= 3;
}

/** Length of the longest common subsequence of two id arrays (two-row DP, O(n*m)). */
export function lcsLength(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [x, y] = a.length >= b.length ? [a, b] : [b, a];
  let prev = new Uint32Array(y.length + 1);
  let cur = new Uint32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    const xi = x[i - 1];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = xi === y[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[y.length]!;
}

/** Distinct word-pair ids of a paragraph, sorted (for merge intersections). */
export function sortedPairs(words: Uint32Array): Uint32Array {
  const out = new Uint32Array(Math.max(0, words.length - 1));
  for (let i = 0; i + 1 < words.length; i++) out[i] = mix32(words[i]!, words[i + 1]!);
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[n - 1]) out[n++] = out[i]!;
  return out.subarray(0, n);
}

function overlap(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

/**
 * Share of the shorter text's distinct word pairs that also occur in the longer one. Sorted
 * arrays instead of Sets: this runs once per candidate pair, and the archive query confirms
 * hundreds of candidates against one query paragraph whose pairs are computed once.
 */
export function pairContainment(a: Uint32Array, b: Uint32Array, pa: Uint32Array = sortedPairs(a), pb: Uint32Array = sortedPairs(b)): number {
  const small = a.length <= b.length ? pa : pb;
  if (small.length === 0) return 0;
  return overlap(pa, pb) / small.length;
}

export interface Similarity {
  exact: boolean;
  /** 0..1: LCS of words over the shorter paragraph's word count */
  score: number;
  near: boolean;
}

/** What the near-duplicate test reads of a paragraph; the archive index stores exactly this. */
export interface ParagraphShape {
  words: Uint32Array;
  sentence: boolean;
  /** sortedPairs(words), filled in by the first comparison that needs it */
  pairs?: Uint32Array;
}

const NO: Similarity = { exact: false, score: 0, near: false };
const EXACT: Similarity = { exact: true, score: 1, near: true };

/** Compare two eligible paragraphs. */
export function compareParagraphs(a: ParagraphFeatures, b: ParagraphFeatures): Similarity {
  if (a.key === b.key) return EXACT;
  return compareShapes(a, b);
}

/**
 * The near-duplicate test on word ids. Equal word-id sequences count as an exact repeat: with
 * 32-bit word ids, two different texts that hash word for word alike do not occur in practice.
 */
export function compareShapes(a: ParagraphShape, b: ParagraphShape): Similarity {
  const la = a.words.length;
  const lb = b.words.length;
  if (la === lb && sameIds(a.words, b.words)) return EXACT;
  const short = Math.min(la, lb);
  const long = Math.max(la, lb);
  const ratio = short / long;
  if (short < DUP_PARAMS.minWords || ratio < DUP_PARAMS.minLengthRatio) return NO;
  // two short lines that are no sentences (headings, labels) differ in what they name when a word
  // differs: "Details of Paths included on First Cut Schedule" / "... on Second Cut Schedule"
  if (!a.sentence && !b.sentence && long < DUP_PARAMS.headingWords) return NO;
  // each paragraph's pairs are computed once and kept on it: one paragraph meets many candidates
  const shingleScore = pairContainment(a.words, b.words, (a.pairs ??= sortedPairs(a.words)), (b.pairs ??= sortedPairs(b.words)));
  if (shingleScore < DUP_PARAMS.shingleContainment) return { exact: false, score: shingleScore, near: false };
  const score = la * lb <= DUP_PARAMS.maxLcsCells ? lcsLength(a.words, b.words) / short : shingleScore;
  let near = score >= DUP_PARAMS.containment;
  if (near && ratio < DUP_PARAMS.partialRatio) {
    const shorter = la <= lb ? a : b;
    near = shorter.sentence && score >= DUP_PARAMS.partialContainment;
  }
  return { exact: false, score, near };
}

function sameIds(a: Uint32Array, b: Uint32Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Eligible for duplicate checks at all (long enough, not furniture). */
export function eligible(f: ParagraphFeatures): boolean {
  return !f.short && !f.furniture;
}

export { mix32 };
