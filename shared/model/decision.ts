import type { RuleId } from './finding.js';

/**
 * The desk's decision about one finding, keyed by its fingerprint (DESIGN.md: findings are
 * derived; decisions are stored). A verified claim whose text changes gets a new fingerprint and
 * must be verified again.
 */
export interface Decision {
  draftId: string;
  fingerprint: string;
  rule: RuleId | string;
  kind: 'dismissed' | 'verified';
  /** the reason for a dismissal, or the source (URL or note) for a verification */
  note: string;
  who: string;
  at: string;
}
