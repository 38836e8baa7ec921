import type { Translate } from '../i18n/index.js';

/**
 * A person as recorded with a step, a comment or an export. Rows written before anyone was
 * named are empty (local migration 18 turned older versions' "unknown" into ''; a suggestion
 * stored inside an older story's text may still say "unknown"): they read "someone on this computer" in the
 * interface's language (#14 point 4), never "by unknown".
 */
export function knownName(who: string | undefined): string | null {
  return who && who !== 'unknown' ? who : null;
}

export function personName(who: string | undefined, t: Translate): string {
  return knownName(who) ?? t('act.someone');
}
