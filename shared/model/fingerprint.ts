/**
 * Stable, dependency-free string hash for fingerprints (FNV-1a, 64-bit via two 32-bit lanes).
 * Not cryptographic: it only has to be stable across runs and platforms and cheap enough to
 * compute on every keystroke. Fingerprints must not depend on paragraph indexes, so that an
 * edit elsewhere in the story keeps a dismissal attached to its finding.
 */
export function hash64(input: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** fingerprint from a rule id and the evidence texts (not positions) */
export function fingerprintOf(rule: string, ...evidence: string[]): string {
  return `${rule}:${hash64(evidence.join('\u241f'))}`;
}
