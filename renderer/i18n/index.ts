import { en, type MessageKey } from './en.js';
import { id } from './id.js';

export type { MessageKey };
export type UiLang = 'en' | 'id';
export const TABLES: Record<UiLang, Record<MessageKey, string>> = { en, id };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** The Intl locale for a UI language (numbers, dates, sizes). */
export function intlLocale(lang: UiLang): string {
  return lang === 'id' ? 'id-ID' : 'en-GB';
}

/** A file size as the desk reads it: whole bytes and KB, MB with one decimal, GB with two. */
export function formatBytes(n: number, lang: UiLang): string {
  const fmt = (v: number, digits: number) => new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: digits }).format(v);
  if (n < 1024) return `${fmt(n, 0)} B`;
  if (n < 1024 * 1024) return `${fmt(n / 1024, 0)} KB`;
  if (n < 1024 * 1024 * 1024) return `${fmt(n / 1024 / 1024, 1)} MB`;
  return `${fmt(n / 1024 / 1024 / 1024, 2)} GB`;
}

/** Look a key up in the one table and fill {placeholders}. */
export function translator(lang: UiLang): Translate {
  const table = TABLES[lang] ?? en;
  const numberFmt = new Intl.NumberFormat(intlLocale(lang));
  return (key, vars) => {
    // singular forms live under "<key>.one" (English needs them; Indonesian repeats the plural)
    const one = vars?.n === 1 ? (table as Record<string, string>)[`${key}.one`] : undefined;
    let s = one ?? table[key] ?? en[key] ?? key;
    if (vars) {
      for (const [k, v] of Object.entries(vars)) s = s.split(`{${k}}`).join(typeof v === 'number' ? numberFmt.format(v) : v);
    }
    return s;
  };
}

export function formatDateTime(iso: string, lang: UiLang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** A day without the time (dates of other stories, in the interface's locale). */
export function formatDate(iso: string, lang: UiLang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  // a bare day ("2025-02-20", a fact's as-of date) is midnight UTC: shown in UTC it stays that day
  // west of Greenwich too
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'medium', ...(day ? { timeZone: 'UTC' } : {}) }).format(d);
}

export function formatRelative(iso: string, lang: UiLang, t: Translate): string {
  const d = new Date(iso).getTime();
  const diff = Date.now() - d;
  if (diff < 60_000) return t('time.justNow');
  if (diff < 3_600_000) return t('time.minutes', { n: Math.floor(diff / 60_000) });
  if (diff < 24 * 3_600_000) return t('time.hours', { n: Math.floor(diff / 3_600_000) });
  return formatDateTime(iso, lang);
}
