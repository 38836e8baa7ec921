/**
 * Property tests for the fact checker (fast-check): for any input up to 1 MB it never throws,
 * every offset (finding, related range, fix edit) lies inside its paragraph, and results do not
 * depend on whether the text arrives composed or decomposed (NFC).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFactChecker, type Fact } from '../../shared/analysis/facts/index.js';
import type { Finding } from '../../shared/model/finding.js';

// pieces that exercise every parser: figures in both conventions, dates, weekdays, quotes, names
const PIECES = [
  'Rabu (4/12/2024)', 'Kamis, 5 Desember 2024', "Jum'at", 'Ahad', 'Wednesday, Dec. 4, 2024', '4/12', '31/2/2024',
  '96,45', '1.500', '1,5 juta', 'Rp 2,3 triliun', 'Rp75.000', '12.5%', '1,200', '3.4 million', '$1.13bn', '£600m', '10.30 WIB',
  'dua ratus lima puluh', 'twenty-five', 'naik 20 persen dari Rp 100 juta menjadi Rp 120 juta', 'rose 76% to $1.13bn from $639m',
  'terdiri atas 70 laki-laki dan 40 perempuan', 'Benyamin Davnie', 'Benyamin Davni', 'Wali Kota', 'Kepala Kantor', 'Mr Blair', 'Dr.',
  '"', '“', '”', "'", ',"', ' kata Benyamin.', ' he said.', ':', '.', ' ', '  ', '\n', '\t', 'tertinggi', 'highest', 'menurut',
  'é', 'e\u0301', '\u200b', '😀', '\ud800', 'İ', 'ß', '١٢٣', '—', '(', ')', ';', '- ', '1. ', '9999999999999999999999',
];
const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }));
const paragraph = fc.array(piece, { maxLength: 40 }).map((a) => a.join(' '));
const story = fc.array(paragraph, { maxLength: 12 });
const fact = fc.record({
  subject: fc.oneof(fc.constantFrom('Fadli Afriadi', 'Benyamin Davnie', 'Dinas Sosial', 'TimeWarner'), fc.string({ minLength: 1, maxLength: 20 })),
  attribute: fc.constantFrom('jabatan', 'title', 'nilai', 'stake in Google'),
  value: fc.oneof(fc.constantFrom('Kepala Perwakilan Ombudsman RI Provinsi Banten', '96,14', '5'), fc.string({ minLength: 1, maxLength: 20 })),
  retired: fc.boolean(),
}) as fc.Arbitrary<Fact>;

function inBounds(findings: Finding[], paragraphs: string[]): void {
  const ok = (r: { paragraph: number; start: number; end: number }) => {
    const t = paragraphs[r.paragraph];
    return t !== undefined && Number.isInteger(r.start) && Number.isInteger(r.end) && 0 <= r.start && r.start <= r.end && r.end <= t.length;
  };
  for (const f of findings) {
    expect(ok(f), `${f.rule} at ${f.paragraph}:${f.start}-${f.end}`).toBe(true);
    for (const r of f.related) if (!r.article) expect(ok(r), `${f.rule} related`).toBe(true);
    for (const e of f.fix?.edits ?? []) expect(ok(e), `${f.rule} fix`).toBe(true);
    expect(f.message.length).toBeGreaterThan(0);
    expect(f.fingerprint.startsWith(f.rule + ':')).toBe(true);
  }
}

describe('fact checker properties', () => {
  it('never throws and keeps every offset inside its paragraph (random stories, both languages, facts)', () => {
    const checker = createFactChecker();
    fc.assert(
      fc.property(story, fc.constantFrom('id' as const, 'en' as const), fc.array(fact, { maxLength: 3 }), fc.constantFrom('mdy' as const, 'dmy' as const), (ps, language, facts, enDateOrder) => {
        const found = checker.check({ paragraphs: ps, language, facts, enDateOrder, uiLanguage: 'id' });
        inBounds(found, ps);
      }),
      { numRuns: 300 },
    );
  });

  it('the same story composed or decomposed (NFC) gives the same findings', () => {
    const checker = createFactChecker();
    fc.assert(
      fc.property(story, (ps) => {
        const nfd = ps.map((p) => p.normalize('NFD'));
        const nfc = ps.map((p) => p.normalize('NFC'));
        const strip = (fs: Finding[]) => fs.map((f) => `${f.rule}|${f.paragraph}|${f.fingerprint}`).sort();
        const a = checker.check({ paragraphs: nfc, language: 'id' });
        const b = checker.check({ paragraphs: nfd, language: 'id' });
        // offsets refer to the composed text the editor shows; rules and fingerprints must agree
        expect(strip(b)).toEqual(strip(a));
      }),
      { numRuns: 100 },
    );
  });

  it('a 1 MB story (one huge paragraph, and many paragraphs) is checked without throwing, in bounds, in reasonable time', () => {
    const checker = createFactChecker();
    const rnd = fc.sample(fc.array(piece, { minLength: 200, maxLength: 200 }), { numRuns: 1, seed: 42 })[0]!.join(' ');
    let huge = '';
    while (huge.length < 1_000_000) huge += rnd + ' ';
    huge = huge.slice(0, 1_000_000);
    for (const ps of [[huge], huge.match(/[\s\S]{1,2000}/g)!]) {
      const t0 = performance.now();
      const found = checker.check({ paragraphs: ps, language: 'id' });
      inBounds(found, ps);
      expect(performance.now() - t0).toBeLessThan(60_000);
    }
  });
});
