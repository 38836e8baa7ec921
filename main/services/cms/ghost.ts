/**
 * Ghost handoff through the Admin API (https://docs.ghost.org/admin-api/).
 *
 * - Auth: a short-lived JWT built from the Admin API key "<id>:<hex secret>": HS256, header
 *   {kid: id}, payload {iat, exp: iat + 5 min, aud: '/admin/'}, signed with the hex-DECODED
 *   secret, sent as `Authorization: Ghost <token>`. Built with node:crypto (no jsonwebtoken).
 * - Body: Ghost stores posts as Lexical; the `lexical` field is the JSON document as a STRING.
 *   Ghost's editor (Koenig) registers the stock Lexical nodes and swaps in its own subclasses on
 *   import (node replacement: 'text' -> 'extended-text', 'heading' -> 'extended-heading', ...),
 *   so stock paragraph/heading/quote/list/listitem/link/text/linebreak nodes are accepted as they
 *   are. We rebuild the tree keeping only those (plus 'horizontalrule', a Koenig card), with
 *   every required field present, so nothing Redaksi-specific reaches Ghost.
 * - Update: PUT /posts/{id}/ must carry `updated_at`: Ghost compares it with the stored value and
 *   answers 409 UpdateCollisionError when the post changed since; we send the value remembered
 *   from our last export, so an edit made in Ghost meanwhile is never silently overwritten.
 * - Tags: Ghost creates tags named in `tags: [{name}]` itself; when the desk does not allow new
 *   terms we check the names against the site's tags first. Ghost has no categories: the
 *   section becomes the first (primary) tag.
 */
import { createHmac } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors.js';
import type { LexicalJson, SerializedNode } from '../../../shared/model/draft.js';
import { isParagraphMark, isSuggestedDeletion, NOTE_TYPE, SUGGESTION_TYPE } from '../../../shared/model/lexical-doc.js';
import type { ExportArticle } from '../../../shared/export/model.js';
import { safeHref } from '../../../shared/export/runs.js';
import { apiUrl, checkedBaseUrl, cmsRequest, cmsText, type CmsResponse, type FetchLike } from './http.js';
import type { CmsPushResult } from './wordpress.js';

export type { CmsPushResult } from './wordpress.js';

export interface GhostConfig {
  /** the site (admin) address, e.g. https://news.example.org (http only for loopback) */
  url: string;
  /** Admin API key from Settings -> Integrations: "<24-hex id>:<64-hex secret>" */
  adminKey: string;
  /** the desk's permission to create tags that do not exist yet */
  allowCreateTerms: boolean;
  /** Accept-Version header; default v5.0 */
  acceptVersion?: string;
  timeoutMs?: number;
  fetch?: FetchLike;
  /** clock for the token (tests) */
  now?: () => number;
}

export type GhostStatus = 'draft' | 'published';

export interface GhostPushOptions {
  status?: GhostStatus;
  /** the post remembered from the last export of this story */
  existing?: { remoteId: string; modified?: string };
  /**
   * After a conflict, the desk may choose to overwrite what was changed in Ghost: we then send
   * the post's current updated_at instead of the remembered one.
   */
  overwriteRemoteChanges?: boolean;
}

// ---------------------------------------------------------------- JWT

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

function splitKey(adminKey: string): { id: string; secret: Buffer } {
  const m = /^\s*([0-9a-f]{1,64}):([0-9a-f]{32,256})\s*$/i.exec(adminKey);
  if (!m || m[2]!.length % 2 !== 0) {
    throw new ApiError('invalid-argument', 'The Ghost Admin API key must look like "<id>:<secret>" (hex, from Ghost Settings -> Integrations -> Admin API key)');
  }
  return { id: m[1]!, secret: Buffer.from(m[2]!, 'hex') };
}

/** The `Ghost <token>` credential: HS256 JWT, 5 minutes, audience /admin/. */
export function ghostAdminToken(adminKey: string, nowMs: number = Date.now()): string {
  const { id, secret } = splitKey(adminKey);
  const iat = Math.floor(nowMs / 1000);
  const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: id }));
  const payload = b64url(JSON.stringify({ iat, exp: iat + 5 * 60, aud: '/admin/' }));
  const sig = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${sig}`;
}

// ---------------------------------------------------------------- Lexical -> Ghost Lexical

const TEXT_KEYS = { detail: 0, format: 0, mode: 'normal', style: '' };

function ghostText(text: string, format: unknown): SerializedNode {
  return { ...TEXT_KEYS, format: typeof format === 'number' ? format & 0b1111111 : 0, text, type: 'text', version: 1 };
}

function ghostElement(type: string, children: SerializedNode[], extra: Record<string, unknown> = {}): SerializedNode {
  return { children, direction: 'ltr', format: '', indent: 0, type, version: 1, ...extra };
}

/** Inline content: text, line breaks and links (only safe targets; others keep their text). */
function ghostInline(nodes: SerializedNode[] | undefined, out: SerializedNode[] = []): SerializedNode[] {
  for (const n of nodes ?? []) {
    switch (n.type) {
      case 'text':
      case 'extended-text':
      case 'code-highlight':
        if (typeof n.text === 'string' && n.text !== '') out.push(ghostText(n.text, n.format));
        break;
      case 'tab':
        out.push(ghostText('\t', 0));
        break;
      case 'linebreak':
        out.push({ type: 'linebreak', version: 1 });
        break;
      case SUGGESTION_TYPE:
        // the text as it reads with the suggestion accepted (an open one blocks export anyway)
        // a split/join mark's pilcrow is never text
        if (!isSuggestedDeletion(n) && !isParagraphMark(n) && n.children) ghostInline(n.children, out);
        break;
      case 'link':
      case 'autolink': {
        const href = safeHref(typeof n.url === 'string' ? n.url : undefined);
        const kids = ghostInline(n.children);
        if (href && kids.length) out.push(ghostElement('link', kids, { rel: 'noopener', target: null, title: null, url: href }));
        else out.push(...kids);
        break;
      }
      default:
        // an unknown inline element (a mark, a mention): keep its text, drop the wrapper
        if (n.children) ghostInline(n.children, out);
        else if (typeof n.text === 'string' && n.text !== '') out.push(ghostText(n.text, 0));
    }
  }
  return out;
}

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function ghostList(n: SerializedNode): SerializedNode {
  const listType = n.listType === 'number' ? 'number' : 'bullet';
  const start = typeof n.start === 'number' && n.start > 0 ? Math.floor(n.start) : 1;
  const items: SerializedNode[] = [];
  for (const item of n.children ?? []) {
    if (item.type !== 'listitem') continue;
    const kids: SerializedNode[] = [];
    const inline = ghostInline((item.children ?? []).filter((c) => c.type !== 'list'));
    kids.push(...inline);
    for (const c of item.children ?? []) if (c.type === 'list') kids.push(ghostList(c));
    items.push(ghostElement('listitem', kids, { value: items.length + start }));
  }
  return ghostElement('list', items, { listType, start, tag: listType === 'number' ? 'ol' : 'ul' });
}

function ghostBlock(n: SerializedNode): SerializedNode | null {
  switch (n.type) {
    case 'paragraph':
      return ghostElement('paragraph', ghostInline(n.children));
    case 'heading':
    case 'extended-heading':
      return ghostElement('heading', ghostInline(n.children), { tag: typeof n.tag === 'string' && HEADING_TAGS.has(n.tag) ? n.tag : 'h2' });
    case 'quote':
    case 'extended-quote':
      return ghostElement('quote', ghostInline(n.children));
    case 'list':
      return ghostList(n);
    case 'horizontalrule':
      return { type: 'horizontalrule', version: 1 };
    case NOTE_TYPE:
      return null; // private notes never leave Redaksi
    default:
      // any other element (code block, table, a custom node): its text as a paragraph
      if (n.children) return ghostElement('paragraph', ghostInline(n.children));
      return null;
  }
}

/** A Ghost-compatible Lexical document (object; Ghost wants it JSON.stringify'd in `lexical`). */
export function ghostLexicalOf(doc: LexicalJson | null | undefined): { root: SerializedNode } {
  const children = (doc?.root?.children ?? []).map(ghostBlock).filter((b): b is SerializedNode => b !== null);
  if (children.length === 0) children.push(ghostElement('paragraph', []));
  return { root: ghostElement('root', children) };
}

// ---------------------------------------------------------------- fields + push

export interface GhostFields {
  title: string;
  /** JSON string of the Ghost Lexical document */
  lexical: string;
  slug: string;
  status: GhostStatus;
  custom_excerpt?: string;
  tags: Array<{ name: string }>;
}

/** What would be sent for this article (pure; no network). */
export function ghostFieldsOf(article: ExportArticle, status: GhostStatus = 'draft'): GhostFields {
  const names: string[] = [];
  for (const t of [article.section, ...article.tags]) {
    const name = (t ?? '').trim();
    if (name && !names.some((n) => n.toLocaleLowerCase() === name.toLocaleLowerCase())) names.push(name);
  }
  const f: GhostFields = {
    title: article.headline,
    lexical: JSON.stringify(ghostLexicalOf(article.body)),
    slug: article.slug,
    status,
    tags: names.map((name) => ({ name })),
  };
  // Ghost rejects a custom_excerpt over 300 characters with a 422
  const ex = (article.summary ?? '').trim();
  if (ex) f.custom_excerpt = ex.length > 300 ? ex.slice(0, 299).trimEnd() + '…' : ex;
  return f;
}

interface GhostErrorBody {
  errors?: Array<{ message?: string; context?: string | null; type?: string; code?: string | null }>;
}

function failure(res: CmsResponse, doing: string): ApiError {
  const e = (res.body && typeof res.body === 'object' ? (res.body as GhostErrorBody).errors?.[0] : undefined) ?? {};
  const cmsCode = e.type ?? e.code ?? `http_${res.status}`;
  const said = [e.message, e.context].filter(Boolean).map((s) => cmsText(String(s))).join(' ') || (typeof res.body === 'string' ? cmsText(res.body) : '');
  const theirs = `(${res.status} ${cmsCode}${said ? `: ${said}` : ''})`;
  if (res.status === 409 || cmsCode === 'UpdateCollisionError') {
    return new ApiError('conflict', `The post was changed in Ghost after Redaksi last exported it ${theirs}. Look at it in Ghost first; export again with "overwrite changes made in Ghost" only if those changes may be lost.`, {
      detail: { status: res.status, cmsCode },
    });
  }
  let text: string;
  if (res.status === 401) text = `Ghost did not accept the Admin API key while ${doing} ${theirs}. Check the key in the CMS settings; nothing was changed on the site.`;
  else if (res.status === 403) text = `The Ghost integration is not allowed to do this while ${doing} ${theirs}.`;
  else if (res.status >= 500) text = `Ghost failed while ${doing} ${theirs}. Nothing was changed in Redaksi; try again later.`;
  else text = `Ghost refused the request while ${doing} ${theirs}.`;
  return new ApiError('remote', text, { detail: { status: res.status, cmsCode } });
}

const ok = (res: CmsResponse) => res.status >= 200 && res.status < 300;

interface GhostPost {
  id: string;
  url?: string;
  updated_at?: string;
  status?: string;
}

function firstPost(res: CmsResponse): GhostPost {
  const p = (res.body as { posts?: GhostPost[] } | null)?.posts?.[0];
  if (!p || typeof p.id !== 'string') throw new ApiError('remote', 'Ghost answered without a post; is the address really a Ghost site?', { detail: { status: res.status, cmsCode: 'no_post' } });
  return p;
}

/**
 * Create (no `existing`) or update the Ghost post for this article. Throws ApiError('conflict')
 * on Ghost's 409 and ApiError('remote') with Ghost's message on every other failure.
 */
export async function pushToGhost(cfg: GhostConfig, article: ExportArticle, opts: GhostPushOptions = {}): Promise<CmsPushResult> {
  const base = checkedBaseUrl(cfg.url, 'Ghost');
  splitKey(cfg.adminKey); // fail early on a malformed key, before any request
  const status = opts.status ?? 'draft';
  if (status !== 'draft' && status !== 'published') throw new ApiError('invalid-argument', `Ghost status must be draft or published, not ${String(status)}`);
  const fields = ghostFieldsOf(article, status);
  if (!fields.title.trim()) throw new ApiError('invalid-argument', 'The story has no headline; Ghost needs a title');

  const call = (method: string, path: string, query: Record<string, string> = {}, json?: unknown) => {
    return cmsRequest('Ghost', apiUrl(base, `/ghost/api/admin${path}`, query), {
      method,
      // a fresh token per request: they live 5 minutes
      headers: { authorization: `Ghost ${ghostAdminToken(cfg.adminKey, cfg.now ? cfg.now() : Date.now())}`, 'accept-version': cfg.acceptVersion ?? 'v5.0' },
      ...(json !== undefined ? { json } : {}),
      ...(cfg.timeoutMs ? { timeoutMs: cfg.timeoutMs } : {}),
      ...(cfg.fetch ? { fetch: cfg.fetch } : {}),
    });
  };

  if (!cfg.allowCreateTerms && fields.tags.length) {
    const res = await call('GET', '/tags/', { limit: 'all', fields: 'name,slug' });
    if (!ok(res)) throw failure(res, 'reading the tags');
    const known = ((res.body as { tags?: Array<{ name?: string; slug?: string }> } | null)?.tags ?? []).map((t) => (t.name ?? '').toLocaleLowerCase());
    const missing = fields.tags.map((t) => t.name).filter((n) => !known.includes(n.toLocaleLowerCase()));
    if (missing.length) {
      throw new ApiError('remote', `The tag${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} ${missing.length > 1 ? 'do' : 'does'} not exist in Ghost, and this desk does not allow creating new tags. Create ${missing.length > 1 ? 'them' : 'it'} in Ghost or change the tags; nothing was sent.`, {
        detail: { status: 0, cmsCode: 'term_missing', terms: missing },
      });
    }
  }

  const existing = opts.existing?.remoteId ? opts.existing : undefined;
  if (existing && !/^[0-9a-f]{1,64}$/i.test(existing.remoteId)) throw new ApiError('invalid-argument', `"${existing.remoteId}" is not a Ghost post id`);
  let res: CmsResponse;
  if (!existing) {
    res = await call('POST', '/posts/', {}, { posts: [fields] });
    if (!ok(res)) throw failure(res, 'creating the post');
  } else {
    const cur = await call('GET', `/posts/${existing.remoteId}/`, { fields: 'id,status,updated_at' });
    if (cur.status === 404) {
      throw new ApiError('remote', `The Ghost post ${existing.remoteId} this story was exported to no longer exists (deleted in Ghost). Export it as a new post to create it again.`, {
        detail: { status: 404, cmsCode: 'NotFoundError' },
      });
    }
    if (!ok(cur)) throw failure(cur, 'reading the post');
    const now = firstPost(cur);
    // Without a remembered updated_at (a record from before we stored it) there is nothing to
    // compare with, so the current one is sent and Ghost cannot detect an edit made there.
    const updatedAt = opts.overwriteRemoteChanges || !existing.modified ? now.updated_at : existing.modified;
    const post: Record<string, unknown> = { ...fields, updated_at: updatedAt };
    // never pull a published or scheduled story back to draft by re-exporting it
    if (now.status && now.status !== 'draft') delete post.status;
    res = await call('PUT', `/posts/${existing.remoteId}/`, {}, { posts: [post] });
    if (res.status === 404) {
      throw new ApiError('remote', `The Ghost post ${existing.remoteId} was deleted while exporting. Export it as a new post to create it again.`, { detail: { status: 404, cmsCode: 'NotFoundError' } });
    }
    if (!ok(res)) throw failure(res, 'updating the post');
  }
  const p = firstPost(res);
  return {
    remoteId: p.id,
    url: p.url ?? '',
    modified: p.updated_at ?? new Date().toISOString(),
    status: p.status ?? '',
    created: !existing,
  };
}
