/**
 * Signatures for the archive index (pure; the SQLite side lives in main/store/archive-index.ts).
 *
 * Exact repeats are found by a 52-bit hash of the normalized paragraph. Near repeats use MinHash
 * over word PAIRS with LSH banding: BANDS bands of ROWS minimums each; two paragraphs become
 * candidates when any band matches, then the same test as inside a story (similarity.ts)
 * confirms them on the stored text. With 2-row bands, a candidate needs two independent minimum
 * matches, so two unrelated paragraphs that share one stock phrase rarely collide, while a pair
 * with Jaccard 0.5 over word pairs (a few words changed, or half the sentences kept) collides in
 * 1 - (1 - 0.5^2)^10 = 94% of cases, and 0.65 in 99.6%.
 */
import { EN_WORDS, ID_WORDS } from './language.js';
import { hash32, mix32 } from './normalize.js';
import { eligible, featuresOf, type ParagraphFeatures } from './similarity.js';

export const LSH = { bands: 10, rows: 2 } as const;
const HASHES = LSH.bands * LSH.rows;

// Fixed odd multipliers and offsets: h_i(x) = (a_i * x + b_i) mod 2^32 is a permutation of the
// 32-bit space, good enough for MinHash when x is already a well-mixed shingle hash.
const A = new Uint32Array(HASHES);
const B = new Uint32Array(HASHES);
for (let i = 0; i < HASHES; i++) {
  A[i] = (mix32(0x5eed, i * 2 + 1) | 1) >>> 0;
  B[i] = mix32(0xb0a7, i * 2 + 2);
}

/** MinHash signature of a set of 32-bit ids. */
export function minhash(ids: ArrayLike<number>): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (let k = 0; k < ids.length; k++) {
    const x = ids[k]!;
    for (let i = 0; i < HASHES; i++) {
      const h = (Math.imul(A[i]!, x) + B[i]!) >>> 0;
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

const TWO20 = 1 << 20;

/** A 52-bit integer (safe in JS numbers and SQLite INTEGER) from two 32-bit halves. */
function key52(hi: number, lo: number): number {
  return (hi >>> 0) * TWO20 + ((lo >>> 0) & (TWO20 - 1));
}

/** One integer key per band (the band number is mixed in, so bands share one table). */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < LSH.bands; b++) {
    let h = mix32(0xba4d, b);
    let l = mix32(b, 0x1a7e);
    for (let r = 0; r < LSH.rows; r++) {
      const v = sig[b * LSH.rows + r]!;
      h = mix32(h, v);
      l = mix32(v, l);
    }
    keys.push(key52(h, l));
  }
  return keys;
}

/** 52-bit hash of a normalized paragraph key (exact-repeat lookups). */
export function exactHash(key: string): number {
  return key52(hash32(key), hash32('\u0001' + key));
}

export interface ArchiveSignature {
  features: ParagraphFeatures;
  exact: number;
  /** the MinHash values (stored, to estimate similarity before reading a candidate's text) */
  sig: Uint32Array;
  bands: number[];
}

/** Share of equal MinHash rows: an unbiased estimate of the Jaccard similarity of word pairs. */
export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let eq = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) eq++;
  return eq / n;
}

/**
 * Candidates whose estimated Jaccard is below this are dropped before their text is read.
 * Near repeats sit at 0.4-1.0; a pair that collided in one band through a shared stock phrase
 * sits near 0.1. At 0.25 (5 of 20 rows) a true pair at Jaccard 0.5 is lost 0.6% of the time.
 */
export const MIN_ESTIMATE = 0.25;

const STOP = new Set<number>([...ID_WORDS, ...EN_WORDS].map(hash32));

/**
 * Word-pair ids for MinHash, without pairs of two function words ("of the", "yang di", "dan
 * juga"): across 100,000 stories such pairs are in most paragraphs, and two unrelated
 * paragraphs whose minimums both fall on them would collide in a band. Content pairs keep
 * near repeats similar (a changed word changes the same pairs either way).
 */
export function archivePairs(words: Uint32Array): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    if (STOP.has(a) && STOP.has(b)) continue;
    out.push(mix32(a, b));
  }
  return out;
}

/** Signature of one paragraph, or null when it never counts as a duplicate (short, furniture). */
export function archiveSignature(text: string, features: ParagraphFeatures = featuresOf(text)): ArchiveSignature | null {
  if (!eligible(features)) return null;
  const sig = minhash(archivePairs(features.words));
  return { features, exact: exactHash(features.key), sig, bands: bandKeys(sig) };
}
