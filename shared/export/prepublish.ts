/**
 * The pre-publish check every export runs first (dialog, CLI, batch). Pure: the caller passes the
 * article, the findings the analyzers produced for its current text, and the desk's decisions.
 *
 * blocking (export refused):   empty body, missing headline, missing byline, any `severity:
 *                              'error'` finding not dismissed, an open suggested edit.
 * warnings (need "export anyway"): open fact-check warnings, unverified claim-needs-source,
 *                              duplicate/furniture warnings, headline over the soft limit,
 *                              TK / XX placeholders left in the copy, unresolved comment threads,
 *                              private notes (stripped from every export either way).
 *
 * Decisions key on fingerprints (never paragraph indexes), so a dismissal survives unrelated edits
 * and a verified claim whose text changed (new fingerprint) shows up again — on purpose.
 */
import { isClaim, type Finding, type RuleId } from '../model/finding.js';
import { blocksOf, blockText } from '../model/lexical-doc.js';
import type { ExportArticle } from './model.js';
import type { Bilingual } from '../model/bilingual.js';
import { findPlaceholders } from '../analysis/placeholders.js';
import { reviewMarksOf } from '../model/review-marks.js';

export { findPlaceholders };

export interface PrePublishItem {
  code:
    | 'empty-body'
    | 'missing-headline'
    | 'missing-byline'
    | 'error-finding'
    | 'open-warning'
    | 'unverified-claim'
    | 'duplicate'
    | 'page-furniture'
    | 'headline-too-long'
    | 'placeholder'
    /** a suggested edit nobody accepted or rejected yet: the copy is not settled */
    | 'open-suggestion'
    | 'unresolved-comment'
    | 'private-note'
    /** added by the export service: workflow state, not text */
    | 'not-approved'
    | 'changed-since-export'
    /** the checks themselves failed: nothing says the text is clean, so the export waits */
    | 'checks-unavailable';
  message: Bilingual;
  /** 0-based body paragraph (same index as Finding.paragraph), when the item sits in the body */
  paragraph?: number;
  /** the finding behind the item, when there is one */
  rule?: RuleId;
  fingerprint?: string;
  /** for metadata items: which field ('headline', 'byline', 'summary', ...) */
  field?: string;
}

export interface PrePublishResult {
  blocking: PrePublishItem[];
  warnings: PrePublishItem[];
}

export interface Decisions {
  /** fingerprints dismissed by the desk (with a reason, stored elsewhere) */
  dismissed?: Iterable<string>;
  /** fingerprints of claims verified with a source */
  verified?: Iterable<string>;
}

export interface PrePublishInput {
  article: Pick<ExportArticle, 'headline' | 'byline' | 'body'> & Partial<Pick<ExportArticle, 'kicker' | 'summary' | 'language'>>;
  findings: readonly Finding[];
  /** a set of resolved fingerprints, or the dismissed and verified sets separately */
  decisions?: ReadonlySet<string> | Decisions;
  settings?: { headlineSoftLimit?: number };
  /** comment threads not resolved yet (they live in the database, not in the body) */
  unresolvedComments?: number;
}

const DUPLICATE_RULES = new Set<RuleId>(['duplicate-paragraph', 'archive-duplicate']);

function resolvedSet(d: PrePublishInput['decisions']): { dismissed: Set<string>; verified: Set<string> } {
  if (!d) return { dismissed: new Set(), verified: new Set() };
  if (d instanceof Set) return { dismissed: new Set(d), verified: new Set(d) };
  const dd = d as Decisions;
  return { dismissed: new Set(dd.dismissed ?? []), verified: new Set(dd.verified ?? []) };
}

const HAS_WORD = /[\p{L}\p{N}]/u;

function item(code: PrePublishItem['code'], en: string, id: string, extra: Partial<PrePublishItem> = {}): PrePublishItem {
  return { code, message: { en, id }, ...extra };
}

export function prePublishCheck(input: PrePublishInput): PrePublishResult {
  const { article, findings } = input;
  const limit = input.settings?.headlineSoftLimit ?? 90;
  const { dismissed, verified } = resolvedSet(input.decisions);
  const blocking: PrePublishItem[] = [];
  const warnings: PrePublishItem[] = [];
  const paragraphs = blocksOf(article.body).map(blockText);
  const language = article.language ?? 'en';

  // -- hard errors
  if (!paragraphs.some((p) => HAS_WORD.test(p))) blocking.push(item('empty-body', 'The story has no body text.', 'Naskah belum berisi teks.'));
  const headline = (article.headline ?? '').replace(/\s+/g, ' ').trim();
  if (!headline) blocking.push(item('missing-headline', 'The headline is missing.', 'Judul belum diisi.', { field: 'headline' }));
  if (!(article.byline ?? '').trim()) blocking.push(item('missing-byline', 'The byline is missing.', 'Nama penulis (byline) belum diisi.', { field: 'byline' }));

  for (const f of findings) {
    const ref = { paragraph: f.paragraph, rule: f.rule, fingerprint: f.fingerprint };
    const where = { en: `paragraph ${f.paragraph + 1}`, id: `paragraf ${f.paragraph + 1}` };
    if (f.severity === 'error') {
      // an error can only be dismissed (with a reason); a verification does not clear it
      if (dismissed.has(f.fingerprint)) continue;
      blocking.push(item('error-finding', `Unresolved error in ${where.en}: ${f.message}`, `Kesalahan belum diselesaikan di ${where.id}: ${f.message}`, ref));
      continue;
    }
    if (f.severity !== 'warning') continue; // info never gates an export
    if (dismissed.has(f.fingerprint)) continue;
    if (isClaim(f)) {
      if (verified.has(f.fingerprint)) continue;
      warnings.push(item('unverified-claim', `Claim not verified in ${where.en}: ${f.message}`, `Klaim belum diverifikasi di ${where.id}: ${f.message}`, ref));
    } else if (DUPLICATE_RULES.has(f.rule)) {
      warnings.push(item('duplicate', `Duplicate text in ${where.en}: ${f.message}`, `Teks ganda di ${where.id}: ${f.message}`, ref));
    } else if (f.rule === 'page-furniture') {
      warnings.push(item('page-furniture', `Page furniture left in ${where.en}: ${f.message}`, `Sisa elemen halaman di ${where.id}: ${f.message}`, ref));
    } else {
      if (verified.has(f.fingerprint)) continue;
      warnings.push(item('open-warning', `Open fact-check warning in ${where.en}: ${f.message}`, `Peringatan cek fakta belum ditangani di ${where.id}: ${f.message}`, ref));
    }
  }

  // -- soft checks on the copy itself
  const len = [...headline].length;
  if (headline && len > limit)
    warnings.push(
      item('headline-too-long', `The headline has ${len} characters (limit ${limit}).`, `Judul ${len} karakter (batas ${limit}).`, { field: 'headline' }),
    );

  const fields: Array<[string, string | undefined]> = [
    ['headline', article.headline],
    ['kicker', article.kicker],
    ['summary', article.summary],
    ['byline', article.byline],
  ];
  for (const [field, value] of fields) {
    const hits = findPlaceholders(value ?? '', language);
    if (hits.length)
      warnings.push(
        item('placeholder', `Placeholder "${hits[0]!.token}" left in the ${field}.`, `Penanda "${hits[0]!.token}" masih ada di ${fieldId(field)}.`, { field }),
      );
  }
  paragraphs.forEach((p, i) => {
    const hits = findPlaceholders(p, language);
    if (hits.length) {
      const tokens = [...new Set(hits.map((h) => h.token))].join('", "');
      warnings.push(
        item('placeholder', `Placeholder "${tokens}" left in paragraph ${i + 1}.`, `Penanda "${tokens}" masih ada di paragraf ${i + 1}.`, { paragraph: i }),
      );
    }
  });

  const marks = reviewMarksOf(article.body);
  const open = marks.suggestions.length;
  if (open > 0)
    blocking.push(
      item(
        'open-suggestion',
        open === 1 ? '1 suggested edit is still open: accept or reject it first.' : `${open} suggested edits are still open: accept or reject them first.`,
        `${open} usulan suntingan belum diterima atau ditolak.`,
      ),
    );
  const comments = input.unresolvedComments ?? 0;
  if (comments > 0)
    warnings.push(
      item(
        'unresolved-comment',
        comments === 1 ? '1 comment thread is not resolved.' : `${comments} comment threads are not resolved.`,
        `${comments} utas komentar belum diselesaikan.`,
      ),
    );
  if (marks.notes > 0)
    warnings.push(
      item(
        'private-note',
        marks.notes === 1 ? 'The story has 1 private note (it is not exported).' : `The story has ${marks.notes} private notes (they are not exported).`,
        `Naskah memuat ${marks.notes} catatan pribadi (tidak ikut diekspor).`,
      ),
    );

  return { blocking, warnings };
}

function fieldId(field: string): string {
  return ({ headline: 'judul', kicker: 'kicker', summary: 'ringkasan', byline: 'byline' } as Record<string, string>)[field] ?? field;
}

/** true when nothing blocks and (unless forced) nothing warns */
export function mayExport(result: PrePublishResult, force = false): boolean {
  return result.blocking.length === 0 && (force || result.warnings.length === 0);
}
