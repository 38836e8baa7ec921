/**
 * Property tests (fast-check) for the duplicate and furniture checks: they never throw on any
 * Unicode input (up to 1 MB), every offset stays inside its paragraph, and the result does not
 * depend on whether the input is in NFC or NFD.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFix, createDuplicateChecker, createStoryAnalyzer, duplicatesAnalyzer, furnitureAnalyzer } from '../../shared/analysis/index.js';
import { DUP_PARAMS } from '../../shared/analysis/similarity.js';
import type { Finding } from '../../shared/model/finding.js';

const analyze = (paragraphs: string[]) => createStoryAnalyzer([furnitureAnalyzer, duplicatesAnalyzer]).analyze({ paragraphs, uiLanguage: 'id' });

function expectInBounds(findings: Finding[], paragraphs: string[]) {
  const ok = (p: number, s: number, e: number) => Number.isInteger(p) && p >= 0 && p < paragraphs.length && 0 <= s && s <= e && e <= paragraphs[p]!.length;
  for (const f of findings) {
    expect(ok(f.paragraph, f.start, f.end)).toBe(true);
    for (const r of f.related) if (!r.article) expect(ok(r.paragraph, r.start, r.end)).toBe(true);
    for (const e of f.fix?.edits ?? []) expect(ok(e.paragraph, e.start, e.end)).toBe(true);
    if (f.fix) expect(() => applyFix(paragraphs, f.fix!)).not.toThrow();
  }
}

// Words that make duplicates and furniture actually happen, mixed with arbitrary Unicode
// (combining marks, Indonesian and Arabic letters, emoji, full-width forms, lone surrogates).
const WORDS = ['Rabu', 'café', 'naïve', 'Pemkot', 'Tangsel', 'penghargaan', 'the', 'bank', 'A', 'loading...', 'Baca juga:', '“kata”', '—', 'ＡＢＣ', 'ﬁ', 'e\u0301', 'ي', '😀', '\u00a0', '96,45'];
const word = fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 2 }));
const paragraph = fc.array(word, { maxLength: 40 }).map((ws) => ws.join(' '));
// stories with repeats: pick paragraphs from a small pool so copies (and near copies) occur
const story = fc.array(paragraph, { minLength: 1, maxLength: 12 }).chain((pool) => fc.array(fc.nat(pool.length - 1).map((i) => pool[i]!), { maxLength: 30 }));

describe('duplicate and furniture checks: properties', () => {
  it('never throw and keep every offset in bounds', () => {
    fc.assert(
      fc.property(story, (paragraphs) => {
        expectInBounds(analyze(paragraphs), paragraphs);
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on arbitrary strings, including one paragraph or many up to 1 MB', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), fc.integer({ min: 1, max: 500 }), fc.boolean(), (chunk, times, split) => {
        const big = (chunk + ' ').repeat(Math.max(1, Math.min(times, Math.floor(1_000_000 / (chunk.length + 1)))));
        const paragraphs = split ? big.split(/(?<=\.)|\n/) : [big];
        expectInBounds(analyze(paragraphs), paragraphs);
      }),
      { numRuns: 20 },
    );
  });

  it('handles 1 MB stories: one huge paragraph, and thousands of near-identical ones', () => {
    const r = fc.sample(fc.array(fc.constantFrom(...WORDS, 'pelayanan', 'publik', 'zona', 'hijau'), { minLength: 20, maxLength: 60 }), { numRuns: 40, seed: 7 });
    const lines = r.map((ws) => ws.join(' '));
    const many: string[] = [];
    for (let size = 0, i = 0; size < 1_000_000; i++) {
      const p = `${lines[i % lines.length]} ${i % 7 === 0 ? String(i) : ''}`;
      many.push(p);
      size += p.length + 1;
    }
    const huge = [many.join(' ')];
    for (const paragraphs of [many, huge, [huge[0]!.slice(0, 500_000), huge[0]!.slice(0, 500_000)]]) {
      const t = performance.now();
      const findings = analyze(paragraphs);
      expectInBounds(findings, paragraphs);
      expect(performance.now() - t).toBeLessThan(30_000);
    }
  });

  it('the incremental checker agrees with a fresh check after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(story, { minLength: 2, maxLength: 6 }), fc.constantFrom(2, 3, 64), (versions, maxPosting) => {
        // a tiny maxPosting exercises the boilerplate-shingle bookkeeping on small stories
        const saved = DUP_PARAMS.maxPosting;
        DUP_PARAMS.maxPosting = maxPosting;
        try {
          const checker = createDuplicateChecker();
          for (const v of versions) expect(checker.check(v)).toEqual(createDuplicateChecker().check(v));
        } finally {
          DUP_PARAMS.maxPosting = saved;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same findings for NFC and NFD input', () => {
    const view = (findings: Finding[], paragraphs: string[]) =>
      findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        paragraph: f.paragraph,
        text: paragraphs[f.paragraph]!.slice(f.start, f.end).normalize('NFC'),
        related: f.related.map((r) => r.paragraph),
        fix: f.fix?.edits.map((e) => e.paragraph),
        group: f.group,
        fingerprint: f.fingerprint,
      }));
    fc.assert(
      fc.property(story, (paragraphs) => {
        const nfc = paragraphs.map((p) => p.normalize('NFC'));
        const nfd = paragraphs.map((p) => p.normalize('NFD'));
        expect(view(analyze(nfd), nfd)).toEqual(view(analyze(nfc), nfc));
      }),
      { numRuns: 300 },
    );
  });
});
