/**
 * What the WordPress and Ghost clients share: the "HTTPS or loopback" rule, one fetch wrapper
 * that turns every failure into an ApiError carrying the CMS's own message, and helpers that
 * keep credentials out of anything that may be shown or logged.
 */
import { ApiError } from '../../../shared/api/errors.js';

export type FetchLike = typeof fetch;

/** 127.0.0.0/8, ::1 and localhost: traffic that never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  // IPv4-mapped IPv6 loopback (::ffff:127.x.y.z); URL normalises it to hex (::ffff:7f00:1)
  if (/^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(h)) return true;
  const m = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  return !!m && m.slice(1).every((p) => Number(p) <= 255);
}

/**
 * Parse a CMS base URL and refuse plain http to anything but loopback: an Application Password
 * or an Admin API token sent over http to another host can be read by anyone on the path.
 * Returns the URL without a trailing slash (and without query/fragment).
 */
export function checkedBaseUrl(raw: string, cms: string): URL {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    throw new ApiError('invalid-argument', `${cms} address "${raw}" is not a valid URL`);
  }
  if (u.username || u.password) throw new ApiError('invalid-argument', `${cms} address must not contain a user name or password; use the credential settings`);
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && isLoopbackHost(u.hostname))) {
    throw new ApiError('invalid-argument', `${cms} address must use https:// (plain http is allowed only for this computer: localhost, 127.0.0.1, ::1); got ${u.protocol}//${u.host}`);
  }
  u.search = '';
  u.hash = '';
  u.pathname = u.pathname.replace(/\/+$/, '');
  return u;
}

export interface CmsResponse {
  status: number;
  body: unknown;
  headers: Headers;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  json?: unknown;
  timeoutMs?: number;
  fetch?: FetchLike;
}

/** Reads a JSON body; a non-JSON body (an HTML error page, a PHP warning) is kept as text. */
async function readBody(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function networkCause(e: unknown): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return 'timed out';
  return err?.cause?.code ?? err?.cause?.message ?? err?.message ?? String(e);
}

/**
 * One HTTP call. Network failures become ApiError('remote') with status 0; HTTP answers of any
 * status are returned so the caller can map the CMS's own error body. The URL in messages never
 * carries credentials (they travel only in the Authorization header).
 */
export async function cmsRequest(cms: string, url: URL, opts: RequestOptions = {}): Promise<CmsResponse> {
  const f = opts.fetch ?? fetch;
  const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
  let body: string | undefined;
  if (opts.json !== undefined) {
    headers['content-type'] = 'application/json; charset=utf-8';
    body = JSON.stringify(opts.json);
  }
  let res: Response;
  try {
    res = await f(url, {
      method: opts.method ?? 'GET',
      headers,
      ...(body !== undefined ? { body } : {}),
      redirect: 'manual',
      signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
    });
  } catch (e) {
    const cause = networkCause(e);
    throw new ApiError('remote', `Could not reach ${cms} at ${url.origin}: ${cause}`, { detail: { status: 0, cmsCode: cause } });
  }
  // A redirect would resend the Authorization header somewhere we did not check (or drop it and
  // turn a POST into a GET): refuse instead of following. Typical cause: http -> https, or a
  // missing/extra "www.".
  if (res.status >= 300 && res.status < 400) {
    const to = res.headers.get('location') ?? '?';
    await res.body?.cancel().catch(() => undefined);
    throw new ApiError('remote', `${cms} answered ${res.status} redirecting to ${to}; set the ${cms} address to the final URL`, {
      detail: { status: res.status, cmsCode: 'redirect' },
    });
  }
  return { status: res.status, body: await readBody(res), headers: res.headers };
}

/** base URL + API path, without doubling the slash (a URL's pathname is never empty: "/"). */
export function apiUrl(base: URL, path: string, query: Record<string, string> = {}): URL {
  const u = new URL(base.href);
  u.pathname = base.pathname.replace(/\/+$/, '') + path;
  for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v);
  return u;
}

/** Shorten a CMS message (an HTML error page can be long) and strip tags. */
export function cmsText(s: string, max = 300): string {
  const t = s.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

/** Minimal HTML entity decoding for names WordPress returns escaped ("Arts &amp; Culture"). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|#039);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'quot') return '"';
    if (k === 'apos' || k === '#039') return "'";
    if (k.startsWith('#x')) return String.fromCodePoint(parseInt(k.slice(2), 16));
    if (k.startsWith('#')) return String.fromCodePoint(parseInt(k.slice(1), 10));
    return m;
  });
}
