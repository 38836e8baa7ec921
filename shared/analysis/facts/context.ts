import type { ArticleLanguage, Finding, UiLanguage } from '../../model/finding.js';
import type { Fact } from './base.js';
import type { ParaX } from './extract.js';

/** what every fact rule sees: the cached per-paragraph extractions plus story-level settings */
export interface RuleContext {
  paras: readonly ParaX[];
  lang: ArticleLanguage;
  ui: UiLanguage;
  facts: readonly Fact[];
  /** the most common explicit year among the story's dates (completes "Rabu (4/12)") */
  storyYear?: number;
  /** every explicit year among the story's dates (or the dateline's year alone) */
  storyYears?: number[];
  /** the dateline's month, when the story has a dateline date */
  storyMonth?: number;
  /** the dateline's day of the month, when the story has a dateline date */
  storyDay?: number;
  /** the headline's figures, when the caller passes the headline (it is not a body paragraph) */
  headline?: { text: string; numbers: import('./extract.js').NumberX[] };
  /** names and words the desk has confirmed as right as written, lowercased (desk-spellings.ts) */
  deskSpellings?: ReadonlySet<string>;
  /** the desk has set the order of English numeric dates (Settings): a date is read that way only */
  dateOrderSet?: boolean;
  /** per-checker state a rule may keep between checks (incremental indexes), keyed by rule id */
  state?: Map<string, unknown>;
}

export type FactRule = (ctx: RuleContext) => Finding[];

/** quote a piece of evidence for a message, shortened so a message stays one sentence */
export function ev(s: string, max = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return `“${t.length > max ? t.slice(0, max - 1) + '…' : t}”`;
}

// the rules pick their messages' language with the one bilingual helper
export { tr } from '../../model/bilingual.js';
