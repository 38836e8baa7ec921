/**
 * Which encoding an article file is in: UTF-8, or the single-byte Windows-1252 that old desk
 * archives are full of (its printable range is a superset of Latin-1, and WHATWG decoders treat
 * "latin1" as Windows-1252 for that reason).
 *
 * No statistical detector (chardet, jschardet): they choose among dozens of encodings by letter
 * frequencies of European languages, and on a short Indonesian story with two accented letters
 * they guess ISO-8859-2 or KOI8-R as readily as Latin-1. We accept exactly two encodings, so a
 * structural test is both stricter and explainable: text that is not UTF-8 is read as
 * Windows-1252 only when it looks like a single-byte text (no UTF-8 sequence anywhere, the
 * accented letters sparse among ASCII, no byte that Windows-1252 leaves undefined); damaged UTF-8
 * and binary data are still refused.
 */
export type TextEncoding = 'utf-8' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** bytes Windows-1252 leaves undefined: their presence means the file is something else */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** at most one byte in eight above ASCII: accented letters in Latin text, not binary noise */
const MAX_HIGH_BYTE_SHARE = 1 / 8;

function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) continue;
    let ok = true;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok) return true;
  }
  return false;
}

/**
 * A UTF-8 file cut short: a lead byte near the end followed only by continuation bytes, fewer
 * than it announces. (A lone lead byte at the very end is read as a Latin-1 letter: "Caf\xe9".)
 */
function endsInCutSequence(bytes: Uint8Array): boolean {
  for (let i = Math.max(0, bytes.length - 3); i < bytes.length - 1; i++) {
    const b = bytes[i]!;
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len <= bytes.length) continue;
    if (bytes.subarray(i + 1).every((c) => (c & 0xc0) === 0x80)) return true;
  }
  return false;
}

function looksLikeSingleByteText(bytes: Uint8Array): boolean {
  let high = 0;
  for (const b of bytes) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
    if (b >= 0x80) {
      if (UNDEFINED_IN_1252.has(b)) return false;
      high++;
    }
  }
  return high > 0 && high / bytes.length <= MAX_HIGH_BYTE_SHARE;
}

/** UTF-8 (a BOM is dropped) or Windows-1252; undefined when the bytes are neither */
export function decodeTextBytes(bytes: Uint8Array): DecodedText | undefined {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    if (hasUtf8Sequence(bytes) || endsInCutSequence(bytes) || !looksLikeSingleByteText(bytes)) return undefined;
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
