/**
 * Story fields the pre-publish check can point at (PrePublishItem.field), with the label the
 * editor gives each input: the dialog names the field in the UI language, and "edit" focuses
 * the input by that accessible name (the editor's own labels, so nothing in their markup changes).
 */
import type { MessageKey, Translate } from '../i18n/index.js';

const LABEL: Record<string, MessageKey> = {
  headline: 'editor.headline',
  kicker: 'editor.kicker',
  byline: 'meta.byline',
  summary: 'meta.summary',
};

export function fieldLabel(field: string, t: Translate): string {
  const key = LABEL[field];
  return key ? t(key) : field;
}

export function canFocusField(field: string): boolean {
  return field in LABEL;
}

/** focus the story field after the dialog has closed (and the details tab has rendered) */
export function focusField(field: string, t: Translate): void {
  const key = LABEL[field];
  if (!key) return;
  const label = t(key);
  window.setTimeout(() => {
    const el = document.querySelector<HTMLElement>(`[aria-label="${CSS.escape(label)}"]`);
    if (!el) return;
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    el.focus({ preventScroll: true });
  }, 60);
}
