/**
 * Text for the desk in both UI languages. Where one language is wanted now (a finding's
 * message, a fix label, a CLI line) it is picked with `tr(ui, en, id)`; where the reader's
 * language is not known yet (pre-publish items shown by the dialog and logged by the CLI) both
 * travel as a `Bilingual`. The renderer's own screens use its i18n tables (renderer/i18n).
 */
import type { UiLanguage } from './finding.js';

export interface Bilingual {
  en: string;
  id: string;
}

/** the text in the UI language: English first, as the rules and messages are written */
export function tr(ui: UiLanguage, en: string, id: string): string {
  return ui === 'id' ? id : en;
}
