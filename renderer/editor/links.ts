/**
 * Links as a person types them. Whether a link may be kept at all is the one URL rule
 * (shared/model/url.ts), checked when a link is inserted (toolbar, Ctrl+K, Markdown), by
 * LinkPlugin's validateUrl, and on every paste.
 */
import { isSafeUrl } from '../../shared/model/url.js';

export { isSafeUrl };

/** Accept "example.com/x" and "someone@example.org" as typed by a person; null if unusable. */
export function normalizeUserUrl(raw: string): string | null {
  const s = raw.trim();
  if (!s) return null;
  if (isSafeUrl(s)) return s;
  if (/^[^\s@:/]+@[^\s@:/]+\.[^\s@:/]+$/.test(s) && isSafeUrl(`mailto:${s}`)) return `mailto:${s}`;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(s) && isSafeUrl(`https://${s}`)) return `https://${s}`;
  return null;
}
