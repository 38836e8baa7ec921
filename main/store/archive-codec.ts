/**
 * What the archive index stores of a story (migration 011), computed without SQLite so that
 * worker threads can prepare stories in parallel while one connection writes them.
 *
 * Per story, one BLOB: a flags byte, then one fixed-size slot per indexed paragraph (eligible,
 * and the first of any repeats inside the story): the paragraph's position (uint16), its b-bit
 * MinHash sketch (shared/analysis/minhash.ts SKETCH, four uint32s) and its keys (LSH.bands band
 * keys and one exact key, int32s). The keys are kept so that removing or re-indexing the story
 * deletes exactly its rows from archive_keys even after the draft's text has changed. The
 * paragraph text and word ids are not stored: candidates are confirmed on the story's text,
 * read from the drafts table (or archive_texts for a story that is not a draft).
 */
import { learnedLineHashes } from '../../shared/analysis/learned-furniture.js';
import { archiveSignature, LSH } from '../../shared/analysis/minhash.js';

/** band keys plus the exact key, per paragraph */
export const KEYS_PER_SLOT = LSH.bands + 1;
const SLOT_BYTES = 2 + 16 + 4 * KEYS_PER_SLOT;
const HEADER_BYTES = 1;

/** A story with more indexed paragraphs than this keeps only the first ones in the index. */
export const MAX_SLOTS = 1024;

/** flags byte: the story's text is kept in archive_texts (it is not a draft) */
export const FLAG_OWN_TEXT = 1;

export interface PreparedStory {
  /** the slots BLOB (flags byte left 0; the writer sets it) */
  slots: Buffer;
  /** KEYS_PER_SLOT keys per slot, in slot order */
  keys: Int32Array;
  /** the story's short lines, as learned boilerplate counts them (learned-furniture.ts) */
  lines: number[];
}

const TWO32 = 2 ** 32;

export function prepareStory(paragraphs: readonly string[]): PreparedStory {
  const sigs: Array<{ idx: number; sketch: [number, number]; keys: number[] }> = [];
  const seen = new Set<string>();
  for (let idx = 0; idx < paragraphs.length && sigs.length < MAX_SLOTS && idx < 0x10000; idx++) {
    const sig = archiveSignature(paragraphs[idx]!);
    if (!sig || seen.has(sig.features.key)) continue; // a repeat inside the story adds nothing
    seen.add(sig.features.key);
    sigs.push({ idx, sketch: sig.sketch, keys: [...sig.bands, sig.exactKey] });
  }
  const slots = Buffer.alloc(HEADER_BYTES + sigs.length * SLOT_BYTES);
  const keys = new Int32Array(sigs.length * KEYS_PER_SLOT);
  sigs.forEach((s, k) => {
    let at = HEADER_BYTES + k * SLOT_BYTES;
    at = slots.writeUInt16LE(s.idx, at);
    for (const v of s.sketch) {
      at = slots.writeUInt32LE(v % TWO32, at);
      at = slots.writeUInt32LE(Math.floor(v / TWO32), at);
    }
    s.keys.forEach((key, j) => {
      keys[k * KEYS_PER_SLOT + j] = key;
      at = slots.writeInt32LE(key, at);
    });
  });
  return { slots, keys, lines: learnedLineHashes(paragraphs) };
}

export function slotCount(slots: Uint8Array): number {
  return Math.max(0, Math.floor((slots.length - HEADER_BYTES) / SLOT_BYTES));
}

export function flagsOf(slots: Uint8Array): number {
  return slots.length > 0 ? slots[0]! : 0;
}

function view(slots: Uint8Array): DataView {
  return new DataView(slots.buffer, slots.byteOffset, slots.byteLength);
}

/** The paragraph position of a slot. */
export function slotParagraph(slots: Uint8Array, slot: number): number {
  return view(slots).getUint16(HEADER_BYTES + slot * SLOT_BYTES, true);
}

/** The sketch of a slot (the two integers of minhash.ts sketchOf). */
export function slotSketch(slots: Uint8Array, slot: number): [number, number] {
  const v = view(slots);
  const at = HEADER_BYTES + slot * SLOT_BYTES + 2;
  return [v.getUint32(at + 4, true) * TWO32 + v.getUint32(at, true), v.getUint32(at + 12, true) * TWO32 + v.getUint32(at + 8, true)];
}

/** Every key of every slot, in slot order (KEYS_PER_SLOT per slot). */
export function slotKeys(slots: Uint8Array): Int32Array {
  const n = slotCount(slots);
  const v = view(slots);
  const out = new Int32Array(n * KEYS_PER_SLOT);
  for (let k = 0; k < n; k++) {
    const at = HEADER_BYTES + k * SLOT_BYTES + 18;
    for (let j = 0; j < KEYS_PER_SLOT; j++) out[k * KEYS_PER_SLOT + j] = v.getInt32(at + 4 * j, true);
  }
  return out;
}
