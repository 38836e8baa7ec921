/**
 * Issue 5 acceptance on the seed article (tests/fixtures/articles/000_29685aeed6ed132a.txt):
 * line 1 headline, lines 2-5 page furniture, 6-16 body, 17-26 the body repeated, 27 "(jon)".
 * The checker sees the body as the editor has it: lines 6-27, so paragraph 0 is line 6.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createFactChecker, type Fact } from '../../shared/analysis/facts/index.js';
import type { Finding } from '../../shared/model/finding.js';

const seedPath = fileURLToPath(new URL('../fixtures/articles/000_29685aeed6ed132a.txt', import.meta.url));
const lines = readFileSync(seedPath, 'utf8').split(/\r?\n/);
const headline = lines[0]!;
const body = lines.slice(5, 27);
/** paragraph index of a 1-based line number of the seed file */
const P = (line: number): number => line - 6;

const checker = createFactChecker();
const FACT_RULES_BUT_CLAIMS = ['weekday-mismatch', 'number-mismatch', 'name-variant', 'quote-mismatch', 'quote-unattributed', 'quote-unbalanced', 'arithmetic', 'fact-conflict'] as const;

function check(paragraphs: string[], facts?: Fact[]): Finding[] {
  return checker.check({ paragraphs, language: 'id', uiLanguage: 'en', ...(facts ? { facts } : {}) });
}
function edit(paragraphs: string[], line: number, from: string, to: string): string[] {
  const copy = paragraphs.slice();
  const i = P(line);
  expect(copy[i]).toContain(from);
  copy[i] = copy[i]!.replace(from, to);
  return copy;
}
const slice = (paragraphs: string[], r: { paragraph: number; start: number; end: number }): string => paragraphs[r.paragraph]!.slice(r.start, r.end);

describe('seed article: the original has no internal-consistency findings', () => {
  it('body has the structure the issue describes', () => {
    expect(body).toHaveLength(22);
    expect(body[P(17)]).toBe(body[P(7)]);
    expect(body[P(26)]).toBe(body[P(16)]);
    expect(body[P(27)]).toBe('(jon)');
  });

  it('no weekday, number, name, quote, arithmetic or fact findings (4/12/2024 was a Wednesday)', () => {
    const found = check(body).filter((f) => f.rule !== 'claim-needs-source');
    expect(found).toEqual([]);
  });

  it('the same holds with the headline as the first paragraph and automatic language detection', () => {
    const found = checker.check({ paragraphs: [headline, ...body] }).filter((f) => f.rule !== 'claim-needs-source');
    expect(found).toEqual([]);
  });

  it('both quotes are attributed ("ujar Benyamin", "kata Benyamin")', () => {
    expect(check(body).filter((f) => f.rule.startsWith('quote-'))).toEqual([]);
  });

  it('claim-needs-source marks the unsourced superlative "kualitas tertinggi" as info only', () => {
    const claims = check(body).filter((f) => f.rule === 'claim-needs-source');
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((f) => f.severity === 'info')).toBe(true);
    expect(claims.some((f) => slice(body, f).includes('96,45 zona hijau kualitas tertinggi'))).toBe(true);
    // quoted sentences are sourced by their speaker
    expect(claims.some((f) => f.paragraph === P(14) || f.paragraph === P(16))).toBe(false);
  });
});

describe('seed article: one injected error gives exactly the expected finding', () => {
  it('"Rabu" -> "Kamis" on line 11: weekday-mismatch on the weekday, related to the date', () => {
    const changed = edit(body, 11, 'Rabu', 'Kamis');
    const found = check(changed).filter((f) => (FACT_RULES_BUT_CLAIMS as readonly string[]).includes(f.rule));
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f.rule).toBe('weekday-mismatch');
    expect(f.paragraph).toBe(P(11));
    expect(slice(changed, f)).toBe('Kamis');
    expect(f.related).toHaveLength(1);
    expect(slice(changed, f.related[0]!)).toBe('4/12/2024');
    expect(f.message).toContain('Kamis');
    expect(f.message).toContain('Wednesday');
    expect(f.fix?.edits[0]?.text).toBe('Rabu');
    // the Indonesian message names the weekday in Indonesian
    const id = checker.check({ paragraphs: changed, language: 'id', uiLanguage: 'id', rules: ['weekday-mismatch'] });
    expect(id[0]!.message).toContain('Rabu');
  });

  it('"96,14" -> "96,41" in the second copy (line 19): number-mismatch pointing at line 9', () => {
    const changed = edit(body, 19, '96,14', '96,41');
    const found = check(changed).filter((f) => (FACT_RULES_BUT_CLAIMS as readonly string[]).includes(f.rule));
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f.rule).toBe('number-mismatch');
    expect(f.paragraph).toBe(P(19));
    expect(slice(changed, f)).toBe('96,41');
    expect(f.related.map((r) => [r.paragraph, slice(changed, r)])).toEqual([[P(9), '96,14']]);
    expect(f.message).toContain('96,41');
    expect(f.message).toContain('96,14');
  });

  it('"Davnie" -> "Davni" once (line 21): name-variant pointing at the other spellings', () => {
    const changed = edit(body, 21, 'Davnie', 'Davni');
    const found = check(changed).filter((f) => (FACT_RULES_BUT_CLAIMS as readonly string[]).includes(f.rule));
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f.rule).toBe('name-variant');
    expect(f.paragraph).toBe(P(21));
    expect(slice(changed, f)).toBe('Davni');
    expect(f.related.map((r) => slice(changed, r))).toEqual(['Davnie', 'Davnie']);
    expect(f.related.map((r) => r.paragraph)).toEqual([P(6), P(11)]);
    expect(f.message).toMatch(/Davni.*Davnie/);
  });

  it('the fingerprint of a finding does not depend on where the paragraph sits', () => {
    const changed = edit(body, 21, 'Davnie', 'Davni');
    const a = check(changed).find((f) => f.rule === 'name-variant')!;
    const b = check(['Paragraf baru di awal berita.', ...changed]).find((f) => f.rule === 'name-variant')!;
    expect(b.paragraph).toBe(a.paragraph + 1);
    expect(b.fingerprint).toBe(a.fingerprint);
  });
});

describe('seed article against a verified-facts base', () => {
  const fact = (value: string): Fact => ({ subject: 'Fadli Afriadi', attribute: 'jabatan', value, source: 'ombudsman.go.id', asOf: '2024-12-01' });

  it('"Kepala Perwakilan Ombudsman RI Provinsi Banten" agrees with the story: no conflict', () => {
    expect(check(body, [fact('Kepala Perwakilan Ombudsman RI Provinsi Banten')]).filter((f) => f.rule === 'fact-conflict')).toEqual([]);
  });

  it('"Wakil Kepala ..." conflicts: one finding with the recorded value as evidence', () => {
    const found = check(body, [fact('Wakil Kepala Perwakilan Ombudsman RI Provinsi Banten')]).filter((f) => f.rule === 'fact-conflict');
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(slice(body, f)).toBe('Kepala Kantor Perwakilan Ombudsman Banten');
    expect(f.message).toContain('Wakil Kepala Perwakilan Ombudsman RI Provinsi Banten');
    expect(f.message).toContain('ombudsman.go.id');
    // the name and the repeated copy are related places
    expect(f.related.map((r) => slice(body, r))).toEqual(['Fadli Afriadi', 'Kepala Kantor Perwakilan Ombudsman Banten']);
  });

  it('a retired fact is not checked', () => {
    const retired = { ...fact('Wakil Kepala Perwakilan Ombudsman RI Provinsi Banten'), retired: true };
    expect(check(body, [retired]).filter((f) => f.rule === 'fact-conflict')).toEqual([]);
  });

  it('a misspelled recorded name conflicts with the base', () => {
    const changed = edit(body, 11, 'Afriadi', 'Afriyadi');
    const found = check(changed, [fact('Kepala Perwakilan Ombudsman RI Provinsi Banten')]).filter((f) => f.rule === 'fact-conflict');
    expect(found).toHaveLength(1);
    expect(slice(changed, found[0]!)).toBe('Fadli Afriyadi');
    expect(found[0]!.fix?.edits[0]?.text).toBe('Fadli Afriadi');
  });

  it('a recorded figure that the story contradicts', () => {
    const facts: Fact[] = [{ subject: 'Dinas Sosial', attribute: 'nilai kepatuhan', value: '96,41', unit: 'poin' }];
    // the story says "nilai 96,14": the word "nilai" and the subject are in the same sentence
    const found = check(body, facts).filter((f) => f.rule === 'fact-conflict');
    expect(found.length).toBeGreaterThan(0);
    expect(slice(body, found[0]!)).toBe('96,14');
    expect(check(body, [{ ...facts[0]!, value: '96,14' }]).filter((f) => f.rule === 'fact-conflict')).toEqual([]);
  });
});
