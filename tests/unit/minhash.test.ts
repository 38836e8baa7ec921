/**
 * The archive index's signatures (shared/analysis/minhash.ts): the b-bit sketch on each band row
 * must count shared fields exactly, and screen real near repeats in while keeping unrelated
 * paragraphs that share a stock phrase out.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { archiveSignature, rowSketch, rowSketchAgreement, SKETCH, SKETCH_MIN, sketchAgreement, sketchOf } from '../../shared/analysis/minhash.js';

const sigArb = fc.uint32Array({ minLength: SKETCH.values, maxLength: SKETCH.values });

describe('b-bit MinHash sketch', () => {
  it('counts exactly the 2-bit fields two signatures share, and fits in two 52-bit integers', () => {
    fc.assert(
      fc.property(sigArb, sigArb, (a, b) => {
        const sa = sketchOf(a);
        const sb = sketchOf(b);
        for (const x of [...sa, ...sb]) expect(Number.isSafeInteger(x) && x >= 0 && x < 2 ** 52).toBe(true);
        let same = 0;
        for (let i = 0; i < SKETCH.values; i++) if ((a[i]! & 3) === (b[i]! & 3)) same++;
        expect(sketchAgreement(sa[0], sa[1], sb[0], sb[1])).toBe(same);
        expect(sketchAgreement(sa[0], sa[1], sa[0], sa[1])).toBe(SKETCH.values);
        // the row sketch: the first 16 fields
        let first = 0;
        for (let i = 0; i < 16; i++) if ((a[i]! & 3) === (b[i]! & 3)) first++;
        expect(rowSketchAgreement(rowSketch(sa), rowSketch(sb))).toBe(first);
        expect(rowSketch(sa)).toBe(rowSketch(sa) | 0); // a signed 32-bit integer (4 bytes in SQLite)
      }),
    );
  });

  it('lets a near repeat through and keeps an unrelated paragraph with the same stock phrase out', () => {
    const text =
      'Wali Kota Tangerang Selatan Benyamin Davnie mengatakan penghargaan itu menjadi bukti bahwa pelayanan publik di kota ini terus membaik, kata dia kepada wartawan di Balai Kota, Rabu.';
    const edited = text.replace('terus membaik', 'makin baik').replace('Rabu', 'Kamis');
    const other =
      'Kepala Dinas Pendidikan menyebut anggaran sekolah tahun depan naik dua kali lipat dibanding tahun ini, kata dia kepada wartawan di Balai Kota, Rabu.';
    const s = archiveSignature(text)!;
    const e = archiveSignature(edited)!;
    const o = archiveSignature(other)!;
    expect(sketchAgreement(...s.sketch, ...e.sketch)).toBeGreaterThanOrEqual(SKETCH_MIN);
    expect(sketchAgreement(...s.sketch, ...o.sketch)).toBeLessThan(SKETCH_MIN);
  });
});
