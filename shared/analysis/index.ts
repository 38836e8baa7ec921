/**
 * The single entry point of every in-story check: `analyzeStory()` (one shot) and
 * `createStoryAnalyzer()` (keeps per-analyzer caches between calls, for the editor).
 *
 * To add a check: write an `Analyzer` (a factory returning a function from the context to
 * findings; keep any cache inside the closure) and append it to ANALYZERS below.
 */
import { byPosition, type ArticleLanguage, type Finding, type UiLanguage } from '../model/finding.js';
import { createDuplicateChecker } from './duplicates.js';
import { msg } from './messages.js';
import { createFurnitureChecker } from './furniture.js';
import { deskFurnitureLookup } from './desk-furniture.js';
import { detectLanguage, LANGUAGE_SAMPLE_PARAGRAPHS } from './language.js';
import { createFactChecker } from './facts/checker.js';
import type { Fact } from './facts/base.js';
import type { DateOrder } from './locale/dates.js';
import { errorMessage } from '../api/errors.js';

export interface AnalysisInput {
  paragraphs: readonly string[];
  /** the story's language; detected from the text when absent */
  language?: ArticleLanguage;
  /** language of messages and fix labels */
  uiLanguage?: UiLanguage;
  /** the story's headline and ISO dateline date, for checks that want them */
  headline?: string;
  datelineDate?: string;
  /** the desk's verified facts, for fact-conflict */
  facts?: readonly Fact[];
  /** how English numeric dates are read (default month/day/year) */
  enDateOrder?: DateOrder;
  /** lines the desk always treats as website leftovers (Settings; desk-furniture.ts) */
  deskFurniture?: readonly string[];
  /** names and words the desk has confirmed as right as written (Settings; desk-spellings.ts) */
  deskSpellings?: readonly string[];
}

export interface AnalysisContext {
  paragraphs: readonly string[];
  language: ArticleLanguage;
  uiLanguage: UiLanguage;
  headline?: string;
  datelineDate?: string;
  facts?: readonly Fact[];
  enDateOrder?: DateOrder;
  deskFurniture?: readonly string[];
  deskSpellings?: readonly string[];
}

export interface Analyzer {
  id: string;
  /** called once per story analyzer; the returned function may keep caches in its closure */
  create(): (ctx: AnalysisContext) => Finding[];
}

export const duplicatesAnalyzer: Analyzer = {
  id: 'duplicates',
  create() {
    const checker = createDuplicateChecker();
    return (ctx) => checker.check(ctx.paragraphs, { uiLanguage: ctx.uiLanguage, ...(ctx.headline ? { headline: ctx.headline } : {}) });
  },
};

export const furnitureAnalyzer: Analyzer = {
  id: 'furniture',
  create() {
    const check = createFurnitureChecker();
    const deskOf = deskFurnitureLookup();
    return (ctx) => check(ctx.paragraphs, { uiLanguage: ctx.uiLanguage, desk: deskOf(ctx.deskFurniture ?? []), ...(ctx.headline ? { headline: ctx.headline } : {}) });
  },
};

/** fact checks (issue 5): weekdays, figures, names, quotes, arithmetic, claims, verified facts */
export const factsAnalyzer: Analyzer = {
  id: 'facts',
  create() {
    const checker = createFactChecker();
    return (ctx) =>
      checker.check({
        paragraphs: ctx.paragraphs,
        language: ctx.language,
        uiLanguage: ctx.uiLanguage,
        ...(ctx.facts ? { facts: ctx.facts } : {}),
        ...(ctx.enDateOrder ? { enDateOrder: ctx.enDateOrder } : {}),
        ...(ctx.headline ? { headline: ctx.headline } : {}),
        ...(ctx.datelineDate ? { datelineDate: ctx.datelineDate } : {}),
        ...(ctx.deskSpellings?.length ? { deskSpellings: ctx.deskSpellings } : {}),
      });
  },
};

/** Every in-story check, in order. Append new analyzers here. */
export const ANALYZERS: Analyzer[] = [furnitureAnalyzer, duplicatesAnalyzer, factsAnalyzer];

/**
 * An analyzer threw: the story was not (fully) checked. Callers must say "checks unavailable"
 * and never show the findings of the others as if the story were clean.
 */
export class ChecksUnavailableError extends Error {
  constructor(
    readonly analyzer: string,
    cause: unknown,
  ) {
    super(`the ${analyzer} check failed: ${errorMessage(cause)}`, { cause });
    this.name = 'ChecksUnavailableError';
  }
}

export interface StoryAnalyzer {
  analyze(input: AnalysisInput): Finding[];
}

export function createStoryAnalyzer(analyzers: readonly Analyzer[] = ANALYZERS): StoryAnalyzer {
  const runs = analyzers.map((a) => ({ id: a.id, run: a.create() }));
  let lastSample = '';
  let lastLanguage: ArticleLanguage = 'id';
  const languageOf = (paragraphs: readonly string[]): ArticleLanguage => {
    const sample = paragraphs.slice(0, LANGUAGE_SAMPLE_PARAGRAPHS).join('\n');
    if (sample !== lastSample) {
      lastSample = sample;
      lastLanguage = detectLanguage(sample);
    }
    return lastLanguage;
  };
  return {
    analyze(input) {
      const ctx: AnalysisContext = {
        paragraphs: input.paragraphs,
        language: input.language ?? languageOf(input.paragraphs),
        uiLanguage: input.uiLanguage ?? 'en',
      };
      if (input.headline !== undefined) ctx.headline = input.headline;
      if (input.datelineDate !== undefined) ctx.datelineDate = input.datelineDate;
      if (input.facts !== undefined) ctx.facts = input.facts;
      if (input.enDateOrder !== undefined) ctx.enDateOrder = input.enDateOrder;
      if (input.deskFurniture !== undefined) ctx.deskFurniture = input.deskFurniture;
      if (input.deskSpellings !== undefined) ctx.deskSpellings = input.deskSpellings;
      const all: Finding[] = [];
      for (const { id, run } of runs) {
        try {
          all.push(...run(ctx));
        } catch (e) {
          throw new ChecksUnavailableError(id, e);
        }
      }
      return finalizeFindings(withoutMarksOfCopiesToCut(all, ctx.uiLanguage));
    },
  };
}

/** the quotation-mark rules: what they report in a paragraph is moot once the paragraph is deleted */
const MARK_RULES = new Set(['quote-unbalanced', 'quote-unattributed']);

/**
 * A summary or a caption above the story that the duplicate check asks to delete whole (a pull
 * quote's fragment above the story) gets no cards about its quotation marks as well: the one card
 * says what to do with it (read on set 48 of unseen news: '... akan diumumkan,"' above the story,
 * its closing mark carded beside the card that deletes it). A copy inside the story keeps them:
 * the writer may keep that copy and delete the other.
 */
function withoutMarksOfCopiesToCut(all: Finding[], ui: UiLanguage): Finding[] {
  const labels = new Set([msg.duplicateSummaryFix(ui), msg.duplicateCaptionFix(ui)]);
  const cut = new Set(all.filter((f) => f.rule === 'duplicate-paragraph' && f.fix && labels.has(f.fix.label)).map((f) => f.paragraph));
  return cut.size === 0 ? all : all.filter((f) => !(MARK_RULES.has(f.rule) && cut.has(f.paragraph)));
}

export function analyzeStory(input: AnalysisInput, analyzers: readonly Analyzer[] = ANALYZERS): Finding[] {
  return createStoryAnalyzer(analyzers).analyze(input);
}

/**
 * Sort by position and make fingerprints unique: two findings with the same evidence (three
 * "A" lines, a paragraph pasted three times) get "#2", "#3" suffixes in document order, so a
 * dismissal applies to one of them, not all.
 */
export function finalizeFindings(findings: Finding[]): Finding[] {
  const sorted = findings.slice().sort(byPosition);
  const seen = new Map<string, number>();
  for (const f of sorted) {
    const n = (seen.get(f.fingerprint) ?? 0) + 1;
    seen.set(f.fingerprint, n);
    if (n > 1) f.fingerprint = `${f.fingerprint}#${n}`;
  }
  return sorted;
}

export { createDuplicateChecker, checkDuplicates } from './duplicates.js';
export type { DuplicateChecker, DuplicateMatch } from './duplicates.js';
export { checkFurniture, createFurnitureChecker, furnitureOf } from './furniture.js';
export type { FurnitureKind, FurnitureMatch } from './furniture.js';
export { normalizeFurnitureLine, withDeskFurnitureLine, withoutDeskFurnitureLine, DESK_FURNITURE_MAX_LINES, DESK_FURNITURE_MAX_LENGTH } from './desk-furniture.js';
export { normalizeSpelling, withDeskSpelling, withoutDeskSpelling } from './desk-spellings.js';
export { detectLanguage } from './language.js';
export { storyFieldsOf } from './story-fields.js';
export { createFactChecker, checkFacts, FACT_RULE_IDS } from './facts/checker.js';
export type { FactChecker, FactCheckInput, FactRuleId } from './facts/checker.js';
export { parseFacts, parseFactsCsv, parseFactsJson, serializeFactsCsv, serializeFactsJson, activeFacts, FactParseError } from './facts/base.js';
export type { Fact } from './facts/base.js';
export { applyFix, isParagraphRemoval, removalEdit } from './fix.js';
export { canonicalText, normalizeForMatch, wordsOf } from './normalize.js';
