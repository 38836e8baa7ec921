import type { RuleId } from '../../shared/model/finding.js';
import type { MessageKey, Translate } from '../i18n/index.js';

/**
 * The reader-facing name of each rule (issue 14: no rule id in the interface). A Record, so that
 * a new rule without a label does not compile.
 */
const LABEL: Record<RuleId, MessageKey> = {
  'duplicate-paragraph': 'rule.duplicate-paragraph',
  'archive-duplicate': 'rule.archive-duplicate',
  'page-furniture': 'rule.page-furniture',
  'weekday-mismatch': 'rule.weekday-mismatch',
  'date-invalid': 'rule.date-invalid',
  'number-mismatch': 'rule.number-mismatch',
  'name-variant': 'rule.name-variant',
  'quote-mismatch': 'rule.quote-mismatch',
  'quote-unattributed': 'rule.quote-unattributed',
  'quote-unbalanced': 'rule.quote-unbalanced',
  arithmetic: 'rule.arithmetic',
  'claim-needs-source': 'rule.claim-needs-source',
  'fact-conflict': 'rule.fact-conflict',
};

export function ruleLabel(rule: RuleId, t: Translate): string {
  return t(LABEL[rule]);
}
