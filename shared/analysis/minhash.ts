/**
 * Signatures for the archive index (pure; the SQLite side lives in main/store/archive-index.ts).
 *
 * Exact repeats are found by a 32-bit key of the normalized paragraph (a chance collision is
 * dropped by the confirmation). Near repeats use MinHash over word PAIRS with LSH banding:
 * LSH.bands bands of LSH.rows minimums each; two paragraphs become candidates when any band
 * matches, then the same test as inside a story (similarity.ts) confirms them on the story's
 * text. With 2-row bands, a candidate needs two independent minimum matches, so two unrelated
 * paragraphs that share one stock phrase rarely collide, while a pair with Jaccard 0.5 over word
 * pairs (a few words changed, or half the sentences kept) collides in 1 - (1 - 0.5^2)^8 = 90% of
 * cases, 0.65 in 98.5% and 0.8 in 99.98%. 8 bands instead of 10 (#18): a fifth fewer key rows,
 * and recall against the scan measured 0.966 over 24 query stories at 100,000 stories.
 */
import { EN_WORDS, ID_WORDS } from './language.js';
import { hash32, mix32 } from './normalize.js';
import { eligible, featuresOf, type ParagraphFeatures } from './similarity.js';

export const LSH = { bands: 8, rows: 2 } as const;

/**
 * The sketch that screens band collisions: the low 2 bits of SKETCH.values MinHash values (the
 * band hashes first, then more), packed 26 to an integer into two 52-bit integers, kept in each
 * paragraph's slot of the archive index (its first 16 fields also on every key row, rowSketch).
 * That is enough to estimate each candidate's Jaccard similarity (b-bit MinHash, Li and König
 * 2010): two equal minimums give equal bits, two different ones agree by chance 1 time in 4, so
 * agreements ~ Binomial(52, J + (1 - J) / 4). That drops most collisions through stock phrases
 * before their text is read.
 */
export const SKETCH = { values: 52, bits: 2, perInt: 26 } as const;

const HASHES = SKETCH.values;

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

/**
 * One key per band (the band number is mixed in, so bands share one table), as a signed 32-bit
 * integer: SQLite stores it in 4 bytes (a 52-bit key took 8), and at a million stories a band
 * bucket gains an unrelated paragraph by chance about once in 400 lookups, which the sketch and
 * the confirmation drop.
 */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < LSH.bands; b++) {
    let h = mix32(0xba4d, b);
    for (let r = 0; r < LSH.rows; r++) h = mix32(h, sig[b * LSH.rows + r]!);
    keys.push(h | 0);
  }
  return keys;
}

/** 32-bit key of a normalized paragraph in the same key space as the bands (exact repeats). */
export function exactKey(key: string): number {
  return mix32(0xe7ac, hash32(key)) | 0;
}

export interface ArchiveSignature {
  features: ParagraphFeatures;
  /** exactKey of the normalized text: looked up in the same table as the band keys */
  exactKey: number;
  /** the MinHash values (SKETCH.values of them; the first LSH.bands * LSH.rows make the bands) */
  sig: Uint32Array;
  bands: number[];
  /** sketchOf(sig), kept in the paragraph's slot */
  sketch: [number, number];
}

/**
 * How many of the SKETCH.values 2-bit fields two sketches share (0..52). Each sketch is two
 * integers below 2^52: 16 fields in the low 32 bits, 10 in the 20 bits above.
 */
export function sketchAgreement(a0: number, a1: number, b0: number, b1: number): number {
  return SKETCH.values - differingFields(a0, b0) - differingFields(a1, b1);
}

const TWO32 = 2 ** 32;

function differingFields(a: number, b: number): number {
  const lo = (a >>> 0) ^ (b >>> 0); // ToUint32 is the value mod 2^32, exact for integers < 2^53
  const hi = (Math.floor(a / TWO32) ^ Math.floor(b / TWO32)) & 0xfffff;
  return popcount((lo | (lo >>> 1)) & 0x55555555) + popcount((hi | (hi >>> 1)) & 0x55555);
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * The first 16 fields of a sketch (the low 32 bits of its first integer) as a signed 32-bit
 * integer: stored on every key row of the archive index, so a band collision is screened as the
 * bucket is read, before its story is looked up.
 */
export function rowSketch(sketch: readonly [number, number]): number {
  return (sketch[0] >>> 0) | 0;
}

/** How many of the 16 2-bit fields two row sketches share (0..16). */
export function rowSketchAgreement(a: number, b: number): number {
  const x = (a ^ b) >>> 0;
  return 16 - popcount((x | (x >>> 1)) & 0x55555555);
}

/**
 * Row sketches sharing fewer fields than this are dropped unread. Lenient on purpose (the full
 * sketch and the text decide): a near repeat at Jaccard 0.5 shares 10 fields on average and
 * falls below 6 about 1 time in 80 (less as it gets closer); a collision through one stock
 * phrase shares about 5 and passes about 1 time in 3.
 */
export const ROW_SKETCH_MIN = 6;

/** The two sketch integers of a MinHash signature. */
export function sketchOf(sig: Uint32Array): [number, number] {
  const out: [number, number] = [0, 0];
  for (let k = 0; k < 2; k++) {
    let lo = 0;
    let hi = 0;
    for (let f = 0; f < SKETCH.perInt; f++) {
      const v = sig[k * SKETCH.perInt + f]! & 3;
      if (f < 16) lo |= v << (2 * f);
      else hi |= v << (2 * (f - 16));
    }
    out[k] = hi * TWO32 + (lo >>> 0);
  }
  return out;
}

/**
 * Candidates sharing fewer fields than this are dropped before their word ids are read. A near
 * repeat (Jaccard of word pairs 0.5 or more; a few words changed, or half the sentences kept)
 * shares 32.5 on average and falls below 24 about 1 time in 200; a collision through one stock
 * phrase (Jaccard near 0.1) shares about 17 and passes about 1 time in 40.
 */
export const SKETCH_MIN = 24;

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
  return { features, exactKey: exactKey(features.key), sig, bands: bandKeys(sig), sketch: sketchOf(sig) };
}
