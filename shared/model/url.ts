/**
 * The one URL rule for links in a story: http, https and mailto only, with nothing a format would
 * have to escape. The editor checks it when a link is inserted or pasted (renderer/editor/links.ts),
 * main unwraps a link that breaks it before a document is stored (sanitize-doc.ts), and every
 * exporter and importer keeps only links that pass it (shared/export/runs.ts).
 */

// a host after http(s)://, an address after mailto:
const SAFE_URL = /^(?:https?:\/\/[^/\s]|mailto:[^\s])/i;
// characters that never appear in a link we keep: whitespace and controls (browsers ignore them
// inside a scheme: "java\tscript:"), quotes, angle brackets, backslash and backtick (they would
// need escaping in every format and are almost always junk), lone surrogates
const BAD_URL_CHAR = /[\s\u0000-\u001f\u007f-\u009f<>"'`\\]|[\ud800-\udfff]/u;
const MAILTO_ADDRESS = /^mailto:[^@?]+@[^@?]+(?:\?|$)/i;
const MAX_URL = 2048;

/** The link target, trimmed, when it is safe to keep (http, https, mailto to an address); otherwise undefined. */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const u = url.trim();
  if (!u || u.length > MAX_URL) return undefined;
  if (!SAFE_URL.test(u) || BAD_URL_CHAR.test(u)) return undefined;
  if (/^mailto:/i.test(u) && !MAILTO_ADDRESS.test(u)) return undefined;
  return u;
}

export function isSafeUrl(url: unknown): url is string {
  return safeHref(url) !== undefined;
}
