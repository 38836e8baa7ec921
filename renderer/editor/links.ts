/**
 * The one URL rule for links in a story: http, https and mailto only. Checked when a link is
 * inserted (toolbar, Ctrl+K, Markdown), by LinkPlugin's validateUrl, and on every paste.
 */
const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

export function isSafeUrl(raw: string): boolean {
  const url = raw.trim();
  if (!url) return false;
  // reject control characters and whitespace tricks such as "java\tscript:" before parsing
  if (/[\u0000-\u001f\u007f\s]/.test(url)) return false;
  try {
    const u = new URL(url);
    if (!ALLOWED.has(u.protocol)) return false;
    if (u.protocol === 'mailto:') return /^[^@\s]+@[^@\s]+$/.test(decodeURIComponent(u.pathname));
    return Boolean(u.hostname);
  } catch {
    return false;
  }
}

/** Accept "example.com/x" and "someone@example.org" as typed by a person; null if unusable. */
export function normalizeUserUrl(raw: string): string | null {
  const s = raw.trim();
  if (!s) return null;
  if (isSafeUrl(s)) return s;
  if (/^[^\s@:/]+@[^\s@:/]+\.[^\s@:/]+$/.test(s) && isSafeUrl(`mailto:${s}`)) return `mailto:${s}`;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(s) && isSafeUrl(`https://${s}`)) return `https://${s}`;
  return null;
}
