/**
 * The fact checker: per-paragraph extraction cached by paragraph text, then the rules over the
 * cached extractions. A story of 10,000 words is read once; after an edit only the edited
 * paragraph is read again and the (cheap) cross-paragraph rules re-run.
 */
import { SEVERITY_RANK, type ArticleLanguage, type Finding, type RuleId, type UiLanguage } from '../../model/finding.js';
import { dominantYear, type DateOrder } from '../locale/dates.js';
import { detectLanguage } from '../language.js';
import { deskSpellingLookup } from '../desk-spellings.js';
import { activeFacts, type Fact } from './base.js';
import type { FactRule, RuleContext } from './context.js';
import { extractParagraph, type ParaX } from './extract.js';
import { arithmetic } from './rules/arithmetic.js';
import { claimNeedsSource } from './rules/claims.js';
import { factConflict } from './rules/conflict.js';
import { nameVariant } from './rules/names.js';
import { numberMismatch } from './rules/numbers.js';
import { quoteMismatch, quoteUnattributed, quoteUnbalanced } from './rules/quotes.js';
import { weekdayMismatch } from './rules/weekday.js';
import { dateInvalid } from './rules/dates.js';

export const FACT_RULES = {
  'weekday-mismatch': weekdayMismatch,
  'date-invalid': dateInvalid,
  'number-mismatch': numberMismatch,
  'name-variant': nameVariant,
  'quote-mismatch': quoteMismatch,
  'quote-unattributed': quoteUnattributed,
  'quote-unbalanced': quoteUnbalanced,
  arithmetic,
  'claim-needs-source': claimNeedsSource,
  'fact-conflict': factConflict,
} satisfies Partial<Record<RuleId, FactRule>>;

export type FactRuleId = keyof typeof FACT_RULES;
export const FACT_RULE_IDS = Object.keys(FACT_RULES) as FactRuleId[];

export interface FactCheckInput {
  /** body paragraphs in order (plain strings or `{text}` as paragraphsOf returns) */
  paragraphs: ReadonlyArray<string | { text: string }>;
  /** the story's language; detected from the text when absent */
  language?: ArticleLanguage;
  /** language of the messages (default 'en') */
  uiLanguage?: UiLanguage;
  /** the desk's verified facts (retired ones are ignored) */
  facts?: readonly Fact[];
  /** how English numeric dates are read (default month/day/year); Indonesian is always day/month */
  enDateOrder?: DateOrder;
  /** run only these rules */
  rules?: readonly FactRuleId[];
  /** the story's headline (not a body paragraph): its figures are compared with the body's */
  headline?: string;
  /** the story's dateline or publication date (ISO yyyy-mm-dd): the year of dates written without one */
  datelineDate?: string;
  /** names and words the desk has confirmed as right as written: never a typo for name-variant */
  deskSpellings?: readonly string[];
}

export interface FactChecker {
  check(input: FactCheckInput): Finding[];
  /** drop the extraction cache */
  clear(): void;
  /** cached paragraph extractions (for tests and the bench) */
  readonly cacheSize: number;
}


export function createFactChecker(options: { maxCache?: number } = {}): FactChecker {
  const maxCache = options.maxCache ?? 20_000;
  // one map per language and date order, keyed by the paragraph text itself (no key building:
  // concatenating a key would copy every paragraph on every check)
  const caches = new Map<string, Map<string, ParaX>>();
  let size = 0;
  const state = new Map<string, unknown>();
  const deskSpellingsOf = deskSpellingLookup();
  const extract = (text: string, lang: ArticleLanguage, order: DateOrder): ParaX => {
    const ck = lang + order;
    let cache = caches.get(ck);
    if (!cache) caches.set(ck, (cache = new Map()));
    let x = cache.get(text);
    if (x) return x;
    x = extractParagraph(text, lang, order);
    if (size >= maxCache) {
      // drop the oldest quarter of each map (Map keeps insertion order)
      for (const m of caches.values()) {
        let drop = Math.ceil(m.size / 4);
        for (const k of m.keys()) {
          m.delete(k);
          size--;
          if (--drop <= 0) break;
        }
      }
    }
    cache.set(text, x);
    size++;
    return x;
  };
  return {
    check(input: FactCheckInput): Finding[] {
      // NFC so "é" typed two ways is one spelling; ASCII (most copy) is NFC already. When
      // composing changes a paragraph, the findings' offsets are mapped back to the text as given.
      const maps: Array<OffsetMap | null> = [];
      const texts = input.paragraphs.map((p) => {
        const t = typeof p === 'string' ? p : p.text;
        if (isAscii(t)) {
          maps.push(null);
          return t;
        }
        const n = t.normalize('NFC');
        maps.push(n === t ? null : offsetMap(t));
        return n;
      });
      const lang = input.language ?? detectLanguage(texts);
      const order = input.enDateOrder ?? 'mdy';
      const paras = texts.map((t) => extract(t, lang, order));
      const ctx: RuleContext = {
        paras,
        lang,
        ui: input.uiLanguage ?? 'en',
        facts: activeFacts(input.facts),
        state,
      };
      if (input.deskSpellings?.length) ctx.deskSpellings = deskSpellingsOf(input.deskSpellings);
      if (input.enDateOrder) ctx.dateOrderSet = true;
      if (input.headline && input.headline.trim()) {
        const h = extract(input.headline.normalize('NFC'), lang, order);
        ctx.headline = { text: h.text, numbers: h.numbers };
      }
      // the year of "Rabu (4/6)": the dateline's when the story has one, else the story's own
      // most written year (never other numbers of the text, nor the stamps of a list of other
      // stories: three lines or more that are a date and nothing else, "27 Jun 2025" under each
      // related headline below the story)
      const stampLines = paras.filter(dateOnlyLine);
      const dates = paras.flatMap((p) => (stampLines.length >= 3 && stampLines.includes(p) ? [] : p.dates));
      const dateline = /^(\d{4})-(\d{2})-(\d{2})/.exec(input.datelineDate ?? '');
      if (dateline) {
        ctx.storyYear = Number(dateline[1]);
        ctx.storyMonth = Number(dateline[2]);
        ctx.storyDay = Number(dateline[3]);
        ctx.storyYears = [ctx.storyYear];
      } else {
        const year = dominantYear(dates);
        if (year !== undefined) ctx.storyYear = year;
        ctx.storyYears = [...new Set(dates.map((d) => d.year).filter((y): y is number => y !== undefined))];
      }
      const ids = input.rules ?? FACT_RULE_IDS;
      const out: Finding[] = [];
      const seen = new Set<string>();
      for (const id of ids) {
        const rule = FACT_RULES[id];
        if (!rule) continue;
        for (const f of rule(ctx)) {
          const k = `${f.fingerprint}@${f.paragraph}:${f.start}`;
          if (seen.has(k)) continue;
          seen.add(k);
          out.push(f);
        }
      }
      if (maps.some((m) => m)) for (const f of out) mapBack(f, maps);
      out.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
      return out;
    },
    clear(): void {
      caches.clear();
      state.clear();
      size = 0;
    },
    get cacheSize(): number {
      return size;
    },
  };
}

/** a paragraph that is a date and nothing more (a page's stamp), a few letters of weekday or time aside */
function dateOnlyLine(p: ParaX): boolean {
  const d = p.dates.length === 1 ? p.dates[0]! : undefined;
  return d !== undefined && d.year !== undefined && p.text.trim().length - (d.end - d.start) <= 12;
}

/**
 * Offsets in the NFC text -> offsets in the original. The text is cut into segments that each
 * start at an ASCII character (never part of a composition with what precedes it), so NFC of
 * the whole equals NFC of each segment in turn; an offset inside a segment that changed maps to
 * the segment's nearer edge.
 */
interface OffsetMap {
  norm: number[];
  orig: number[];
  normLen: number[];
  origLen: number[];
}
function offsetMap(t: string): OffsetMap {
  const m: OffsetMap = { norm: [], orig: [], normLen: [], origLen: [] };
  let i = 0;
  let n = 0;
  while (i < t.length) {
    let j = i + 1;
    while (j < t.length && t.charCodeAt(j) > 0x7f) j++;
    const seg = t.slice(i, j);
    const ns = seg.normalize('NFC');
    m.norm.push(n);
    m.orig.push(i);
    m.normLen.push(ns.length);
    m.origLen.push(seg.length);
    n += ns.length;
    i = j;
  }
  return m;
}
function mapOffset(m: OffsetMap, pos: number): number {
  let lo = 0;
  let hi = m.norm.length - 1;
  if (hi < 0) return pos;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (m.norm[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  const into = pos - m.norm[lo]!;
  if (into <= 0) return m.orig[lo]!;
  if (into >= m.normLen[lo]!) return m.orig[lo]! + m.origLen[lo]!;
  return m.normLen[lo] === m.origLen[lo] ? m.orig[lo]! + into : m.orig[lo]! + m.origLen[lo]!;
}
function mapBack(f: Finding, maps: Array<OffsetMap | null>): void {
  const fix = (r: { paragraph: number; start: number; end: number; article?: string }): void => {
    const m = r.article ? null : maps[r.paragraph];
    if (!m) return;
    r.start = mapOffset(m, r.start);
    r.end = Math.max(r.start, mapOffset(m, r.end));
  };
  fix(f);
  f.related.forEach(fix);
  f.fix?.edits.forEach(fix);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

let shared: FactChecker | undefined;
/** one-shot check with a module-wide cache */
export function checkFacts(input: FactCheckInput): Finding[] {
  shared ??= createFactChecker();
  return shared.check(input);
}
