import type { FindingCounts } from '../../shared/model/finding-counts.js';
import type { Translate } from '../i18n/index.js';

/** "1 error · 2 warnings · 1 note", only the parts there are; the same words everywhere */
export function countsText(c: FindingCounts, t: Translate): string {
  const parts: string[] = [];
  if (c.errors) parts.push(t('count.errors', { n: c.errors }));
  if (c.warnings) parts.push(t('count.warnings', { n: c.warnings }));
  if (c.notes) parts.push(t('count.notes', { n: c.notes }));
  return parts.length ? parts.join(' · ') : t('count.none');
}
