/**
 * A revision's body and plain text, stored as one raw-deflate blob (migration 009). The text
 * repeats what the body's JSON already holds, so compressing them as one stream lets deflate
 * point back to the body for most of it: measured on the bench's 780-word stories, 10.6 KB of
 * body + 4.9 KB of text became about 3 KB (see docs/storage.md).
 */
import zlib from 'node:zlib';

/** JSON.stringify escapes control characters, so a raw NUL cannot occur in the body and can separate the parts. */
const SEP = '\u0000';

export function packRevision(bodyJson: string, plainText: string): Buffer {
  return zlib.deflateRawSync(Buffer.from(bodyJson + SEP + plainText, 'utf8'), { level: 6 });
}

export function unpackRevision(packed: Uint8Array): { bodyJson: string; plainText: string } {
  const s = zlib.inflateRawSync(packed).toString('utf8');
  const cut = s.indexOf(SEP);
  return { bodyJson: s.slice(0, cut), plainText: s.slice(cut + 1) };
}
