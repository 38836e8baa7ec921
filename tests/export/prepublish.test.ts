import { describe, expect, it } from 'vitest';
import { findPlaceholders, mayExport, prePublishCheck, type PrePublishInput } from '../../shared/export/prepublish.js';
import type { Finding, RuleId, Severity } from '../../shared/model/finding.js';
import { fingerprintOf } from '../../shared/model/fingerprint.js';
import { docFromParagraphs, NOTE_TYPE, SUGGESTION_TYPE } from '../../shared/model/lexical-doc.js';
import { seedArticle } from './seed.js';

function finding(rule: RuleId, severity: Severity, paragraph: number, evidence: string): Finding {
  return { rule, severity, message: `${rule}: ${evidence}`, paragraph, start: 0, end: 1, related: [], fingerprint: fingerprintOf(rule, evidence) };
}

const seed = seedArticle();
const base: PrePublishInput = { article: seed, findings: [], settings: { headlineSoftLimit: 90 } };
const codes = (items: { code: string }[]) => items.map((i) => i.code);

describe('pre-publish check', () => {
  it('the clean seed article passes with nothing to confirm', () => {
    const r = prePublishCheck(base);
    expect(r).toEqual({ blocking: [], warnings: [] });
    expect(mayExport(r)).toBe(true);
  });

  it('blocks an empty body, a missing headline and a missing byline', () => {
    const r = prePublishCheck({ ...base, article: { ...seed, headline: '  ', byline: '', body: docFromParagraphs(['', '   ', '—']) } });
    expect(codes(r.blocking)).toEqual(['empty-body', 'missing-headline', 'missing-byline']);
    expect(r.blocking[0]!.message.en).toMatch(/no body text/);
    expect(r.blocking[0]!.message.id).toMatch(/belum berisi teks/);
    expect(mayExport(r, true)).toBe(false);
  });

  it('an error finding blocks until it is dismissed; a verification does not clear an error', () => {
    const err = finding('weekday-mismatch', 'error', 5, 'Kamis (4/12/2024)');
    const blocked = prePublishCheck({ ...base, findings: [err] });
    expect(codes(blocked.blocking)).toEqual(['error-finding']);
    expect(blocked.blocking[0]!.paragraph).toBe(5);
    expect(blocked.blocking[0]!.fingerprint).toBe(err.fingerprint);
    expect(blocked.blocking[0]!.message.en).toContain('paragraph 6');
    expect(prePublishCheck({ ...base, findings: [err], decisions: { verified: [err.fingerprint] } }).blocking).toHaveLength(1);
    expect(prePublishCheck({ ...base, findings: [err], decisions: { dismissed: [err.fingerprint] } }).blocking).toHaveLength(0);
  });

  it('sorts soft warnings by kind and lets decisions clear them', () => {
    const claim = finding('claim-needs-source', 'warning', 1, 'tertinggi');
    const number = finding('number-mismatch', 'warning', 2, '96,45 vs 96,54');
    const dup = finding('duplicate-paragraph', 'warning', 7, 'Terbaru, Pemkot');
    const junk = finding('page-furniture', 'warning', 0, 'loading...');
    const info = finding('quote-unattributed', 'info', 3, 'quote');
    const all = [claim, number, dup, junk, info];
    const r = prePublishCheck({ ...base, findings: all });
    expect(r.blocking).toEqual([]);
    expect(codes(r.warnings)).toEqual(['unverified-claim', 'open-warning', 'duplicate', 'page-furniture']);
    expect(mayExport(r)).toBe(false);
    expect(mayExport(r, true)).toBe(true);
    // verifying the claim and dismissing the rest clears everything
    const cleared = prePublishCheck({ ...base, findings: all, decisions: { verified: [claim.fingerprint, number.fingerprint], dismissed: [dup.fingerprint, junk.fingerprint] } });
    expect(cleared.warnings).toEqual([]);
    // a plain Set of resolved fingerprints works too
    expect(prePublishCheck({ ...base, findings: all, decisions: new Set(all.map((f) => f.fingerprint)) }).warnings).toEqual([]);
  });

  it('a verified claim whose text changed shows again (new fingerprint)', () => {
    const before = finding('claim-needs-source', 'warning', 1, 'nilai 96,45 tertinggi');
    const after = finding('claim-needs-source', 'warning', 1, 'nilai 98,45 tertinggi');
    const r = prePublishCheck({ ...base, findings: [after], decisions: { verified: [before.fingerprint] } });
    expect(codes(r.warnings)).toEqual(['unverified-claim']);
  });

  it('warns when the headline is over the soft limit, counting characters not bytes', () => {
    const long = 'Ä'.repeat(91);
    expect(codes(prePublishCheck({ ...base, article: { ...seed, headline: long } }).warnings)).toEqual(['headline-too-long']);
    expect(prePublishCheck({ ...base, article: { ...seed, headline: 'Ä'.repeat(90) } }).warnings).toEqual([]);
    expect(prePublishCheck({ ...base, settings: { headlineSoftLimit: 40 } }).warnings[0]!.message.en).toMatch(/86 characters \(limit 40\)/);
  });

  it('warns about TK and XX placeholders in copy and metadata, with the paragraph', () => {
    const body = docFromParagraphs(['Jumlah korban mencapai XX orang.', 'Bersih.', 'Kata kepala dinas, TK.', 'Anggaran Rp XX.XXX juta, TKTK']);
    const r = prePublishCheck({ ...base, article: { ...seed, summary: 'Ringkasan TK', body } });
    expect(r.warnings.map((w) => [w.code, w.paragraph ?? w.field])).toEqual([
      ['placeholder', 'summary'],
      ['placeholder', 0],
      ['placeholder', 2],
      ['placeholder', 3],
    ]);
    expect(r.warnings[3]!.message.en).toContain('"XX", "XXX", "TKTK"');
  });
});

describe('review marks', () => {
  const t = (text: string) => ({ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 });
  const el = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({ type, children, direction: null, format: '', indent: 0, version: 1, ...extra });
  const doc = (...children: unknown[]) => ({ root: el('root', children) }) as unknown as PrePublishInput['article']['body'];
  const suggestion = (kind: 'insert' | 'delete', sid: string, text: string) => el(SUGGESTION_TYPE, [t(text)], { kind, sid, author: 'Editor', at: '2026-01-01T00:00:00.000Z' });

  it('an open suggestion blocks; unresolved comments and notes warn', () => {
    const body = doc(
      el('paragraph', [t('Korban '), suggestion('delete', 's1', 'dua'), suggestion('insert', 's2', 'tiga'), t(' orang.')]),
      el(NOTE_TYPE, [t('cek ke polisi')]),
    );
    const r = prePublishCheck({ ...base, article: { ...seed, body }, unresolvedComments: 2 });
    expect(codes(r.blocking)).toEqual(['open-suggestion']);
    expect(r.blocking[0]!.message.en).toMatch(/^2 suggested edits/);
    expect(codes(r.warnings)).toEqual(['unresolved-comment', 'private-note']);
    expect(mayExport(r, true)).toBe(false);
  });

  it('a settled story with nothing open passes', () => {
    const body = doc(el('paragraph', [t('Korban tiga orang.')]));
    const r = prePublishCheck({ ...base, article: { ...seed, body }, unresolvedComments: 0 });
    expect(r.blocking).toEqual([]);
    expect(r.warnings).toEqual([]);
  });
});

describe('placeholder tokens', () => {
  const tokens = (s: string, lang: 'en' | 'id' = 'en') => findPlaceholders(s, lang).map((h) => h.token);

  it('only standalone uppercase TK and XX count', () => {
    expect(tokens('Price TK, ETA XX')).toEqual(['TK', 'XX']);
    expect(tokens('TKI, Atk, tk, Tk, XXL, XXI, xx, BTK, TKP')).toEqual([]);
    expect(tokens('(TK)')).toEqual(['TK']);
    expect(tokens('pukul XX.XX WIB')).toEqual(['XX', 'XX']);
  });

  it('the bracketed [tk] counts in any case, the brackets included', () => {
    expect(findPlaceholders('Jumlah korban [tk] orang, [TK ] luka.')).toEqual([
      { token: '[tk]', start: 14, end: 18 },
      { token: '[TK ]', start: 26, end: 31 },
    ]);
    expect(tokens('[tkp] [t k] tk')).toEqual([]);
  });

  it('Indonesian kindergarten "TK" and Roman numerals are not placeholders', () => {
    expect(tokens('Murid TK Negeri 2 dan TK Pertiwi', 'id')).toEqual([]);
    expect(tokens('siswa PAUD dan TK ikut lomba', 'id')).toEqual([]);
    expect(tokens('jenjang TK/SD', 'id')).toEqual([]);
    expect(tokens('sejak abad XX', 'id')).toEqual([]);
    expect(tokens('Muktamar XX digelar', 'id')).toEqual([]);
    expect(tokens('the XX century', 'en')).toEqual(['XX']);
    expect(tokens('in the century XX', 'en')).toEqual([]);
    // the placeholder still shows in Indonesian copy when nothing says "school"
    expect(tokens('Korban berjumlah TK orang.', 'id')).toEqual(['TK']);
  });

  it('the seed article has no placeholders', () => {
    for (const p of seed.body.root.children!.map((c) => c.children?.map((t) => t.text).join('') ?? '')) expect(tokens(p, 'id')).toEqual([]);
  });
});
