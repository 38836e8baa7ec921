/**
 * The one shape of every warning Redaksi shows (see DESIGN.md, "The finding").
 * Findings are derived data: recomputed from the text, never stored in the document
 * and never exported. What is stored is a decision about a finding, keyed by fingerprint.
 */
import type { Status } from './status.js';

export type Severity = 'error' | 'warning' | 'info';
export type Confidence = 'high' | 'medium';

export const RULE_IDS = [
  // duplicate issue
  'duplicate-paragraph',
  'archive-duplicate',
  'page-furniture',
  // fact-check issue
  'weekday-mismatch',
  'date-invalid',
  'number-mismatch',
  'name-variant',
  'quote-mismatch',
  'quote-unattributed',
  'quote-unbalanced',
  'arithmetic',
  'claim-needs-source',
  'fact-conflict',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface TextRange {
  paragraph: number;
  start: number;
  end: number;
}

export interface RelatedRange extends TextRange {
  /** id of another story in the archive, when the evidence is not in this story */
  article?: string;
  /** a human label for the other story (its headline), for messages and hovers */
  label?: string;
  /** the other story's date (ISO: approved or exported, else created), for the reader */
  date?: string;
  /** the other story's status when it is a draft of this store */
  status?: Status;
  /**
   * another place of the very words the card is about (a misspelling typed three times is one
   * card): the editor marks it in the text like the card's own place, not only on hover
   */
  same?: boolean;
}

export interface TextEdit extends TextRange {
  text: string;
}

export interface Fix {
  label: string;
  edits: TextEdit[];
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** one sentence in the UI language: what and why, with the evidence */
  message: string;
  /** 0-based index of the paragraph in the article body */
  paragraph: number;
  /** UTF-16 offsets inside that paragraph's text */
  start: number;
  end: number;
  related: RelatedRange[];
  fix?: Fix;
  /**
   * How sure the rule is. 'medium' findings are shown quieter in the editor and can be filtered
   * out with the CLI's --min-confidence; absent means 'high'.
   */
  confidence?: Confidence;
  /** findings that belong together (a repeated block) share this id */
  group?: string;
  /** stable across unrelated edits; dismissals and verifications key on it */
  fingerprint: string;
}

export const CONFIDENCES = ['high', 'medium'] as const;

export function confidenceOf(f: Pick<Finding, 'confidence'>): Confidence {
  return f.confidence ?? 'high';
}

/** true when `f` is at least as sure as `min` ('medium' lets everything through) */
export function meetsConfidence(f: Pick<Finding, 'confidence'>, min: Confidence): boolean {
  return min === 'medium' || confidenceOf(f) === 'high';
}

/**
 * Claims are not errors: a check-worthy sentence is asked for a source. They are listed apart
 * ("Claims to verify", collapsed) so that they never bury the errors.
 */
export function isClaim(f: Pick<Finding, 'rule'>): boolean {
  return f.rule === 'claim-needs-source';
}

/** errors before warnings before notes, wherever findings are sorted */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** the order a reader works through findings in: errors first, then by place in the story */
export function byUrgency(a: Finding, b: Finding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.paragraph - b.paragraph || a.start - b.start || a.rule.localeCompare(b.rule);
}

/** reading order: by place in the story; at one place errors first, then by rule (stable across runs) */
export function byPosition(a: Finding, b: Finding): number {
  return a.paragraph - b.paragraph || a.start - b.start || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.rule.localeCompare(b.rule);
}

/**
 * One story's findings from their two sources, the in-story checks and the archive (other
 * stories), in reading order, without those whose fingerprint is in `without` (the dismissed
 * ones, where the caller drops them). The in-story list comes from analyzeStory, already in this
 * order, so with nothing to add or drop it is returned as it is: the editor's memoized cards
 * then see the same array.
 */
export function mergeFindings(inStory: Finding[], archive: readonly Finding[], without?: ReadonlySet<string>): Finding[] {
  const keep = without && without.size > 0 ? (f: Finding) => !without.has(f.fingerprint) : null;
  if (archive.length === 0 && !keep) return inStory;
  const all = [...inStory, ...archive].sort(byPosition);
  return keep ? all.filter(keep) : all;
}

export type UiLanguage = 'en' | 'id';
export type ArticleLanguage = 'en' | 'id';
