/**
 * WordPress handoff through the core REST API (wp/v2), authenticated with an Application
 * Password (HTTP Basic). No plugin is needed on the WordPress side.
 *
 * Order of calls, chosen so a failure changes nothing on the site:
 *   1. GET  users/me            - the credentials work (a wrong password otherwise looks like an
 *                                 anonymous visitor, and term look-ups would still "succeed")
 *   2. GET  posts/<id>          - on update only: the post still exists and is not in the trash
 *   3. GET  categories|tags     - every term resolved to an id; missing terms created only when
 *                                 the desk allows it, otherwise we stop before writing anything
 *   4. POST posts | posts/<id>  - the one write of the story itself
 * The caller persists {remoteId, url, modified} and passes remoteId back next time, so a second
 * export updates the same post instead of creating another one.
 */
import { ApiError } from '../../../shared/api/errors.js';
import type { ExportArticle } from '../../../shared/export/model.js';
import { articleBodyHtml } from './content-html.js';
import { apiUrl, checkedBaseUrl, cmsRequest, cmsText, decodeEntities, type CmsResponse, type FetchLike } from './http.js';

export interface WordPressConfig {
  /** site address, e.g. https://news.example.org (http only for loopback) */
  url: string;
  user: string;
  /** an Application Password (Users -> Profile -> Application Passwords); spaces are fine */
  appPassword: string;
  /** the desk's permission to create categories/tags that do not exist yet */
  allowCreateTerms: boolean;
  /**
   * 'pretty' uses /wp-json/wp/v2/... (needs pretty permalinks); 'query' uses /?rest_route=/wp/v2/...
   * which works on every WordPress. Default 'pretty'.
   */
  restStyle?: 'pretty' | 'query';
  timeoutMs?: number;
  fetch?: FetchLike;
}

export type WordPressStatus = 'draft' | 'pending';

/** The fields exactly as they are sent (terms still as names); the export dialog previews this. */
export interface WordPressFields {
  title: string;
  content: string;
  excerpt: string;
  slug: string;
  status: WordPressStatus;
  categories: string[];
  tags: string[];
}

export interface WordPressPushOptions {
  status?: WordPressStatus;
  /** the post id remembered from an earlier export of this story */
  remoteId?: string | number;
  /**
   * the post's `modified` time remembered from that export. WordPress has no edit-collision check
   * of its own (unlike Ghost's updated_at), so we compare: if the post was changed in WordPress
   * after our last push, the update stops with a 'conflict' error instead of silently
   * overwriting an editor's fix made there.
   */
  remoteModified?: string;
  /** the desk chose to overwrite changes made in WordPress since the last export */
  overwriteRemoteChanges?: boolean;
}

export interface CmsPushResult {
  remoteId: string;
  url: string;
  /** the CMS's last-modified time of the post, ISO 8601 UTC */
  modified: string;
  /** the post's status on the CMS after the push */
  status: string;
  created: boolean;
}

/** What would be sent for this article (pure; no network). */
export function wordpressFieldsOf(article: ExportArticle, status: WordPressStatus = 'draft'): WordPressFields {
  return {
    title: article.headline,
    content: articleBodyHtml(article),
    excerpt: article.summary ?? '',
    slug: article.slug,
    status,
    categories: article.section ? [article.section] : [],
    tags: [...article.tags],
  };
}

interface WpError {
  code?: string;
  message?: string;
  data?: { status?: number; term_id?: number; params?: Record<string, string> };
}

function wpError(body: unknown): WpError {
  return body && typeof body === 'object' ? (body as WpError) : {};
}

/** Turn a non-2xx WordPress answer into the ApiError the UI shows (the CMS's own words inside). */
function failure(res: CmsResponse, doing: string, user: string): ApiError {
  const e = wpError(res.body);
  const cmsCode = e.code ?? `http_${res.status}`;
  let cmsMessage = e.message ? decodeEntities(cmsText(e.message)) : typeof res.body === 'string' ? cmsText(res.body) : '';
  if (e.data?.params) cmsMessage += ' ' + Object.values(e.data.params).join(' ');
  const theirs = `(${res.status} ${cmsCode}${cmsMessage ? `: ${cmsMessage.trim()}` : ''})`;
  let text: string;
  if (res.status === 401) text = `WordPress did not accept the user name "${user}" with this Application Password while ${doing} ${theirs}. Check both in the CMS settings; nothing was changed on the site.`;
  else if (res.status === 403) text = `WordPress user "${user}" is not allowed to do this while ${doing} ${theirs}.`;
  else if (res.status >= 500) text = `WordPress failed while ${doing} ${theirs}. Nothing was changed in Redaksi; try again later or ask the site's administrator.`;
  else text = `WordPress refused the request while ${doing} ${theirs}.`;
  return new ApiError('remote', text, { detail: { status: res.status, cmsCode } });
}

const ok = (res: CmsResponse) => res.status >= 200 && res.status < 300;

/** WordPress's sanitize_title for plain names, near enough to match a term's slug. */
function wpSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\s_-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-');
}

interface WpTerm {
  id: number;
  name: string;
  slug: string;
}

/** A client bound to one site and one set of credentials. */
class WordPressClient {
  private readonly base: URL;
  private readonly auth: string;

  constructor(private readonly cfg: WordPressConfig) {
    this.base = checkedBaseUrl(cfg.url, 'WordPress');
    if (!cfg.user.trim() || !cfg.appPassword.trim()) throw new ApiError('invalid-argument', 'WordPress user name and Application Password are both required');
    this.auth = 'Basic ' + Buffer.from(`${cfg.user}:${cfg.appPassword}`, 'utf8').toString('base64');
  }

  endpoint(route: string, query: Record<string, string> = {}): URL {
    if (this.cfg.restStyle === 'query') return apiUrl(this.base, '/', { rest_route: route, ...query });
    return apiUrl(this.base, `/wp-json${route}`, query);
  }

  call(method: string, route: string, query: Record<string, string> = {}, json?: unknown): Promise<CmsResponse> {
    return cmsRequest('WordPress', this.endpoint(route, query), {
      method,
      headers: { authorization: this.auth },
      ...(json !== undefined ? { json } : {}),
      ...(this.cfg.timeoutMs ? { timeoutMs: this.cfg.timeoutMs } : {}),
      ...(this.cfg.fetch ? { fetch: this.cfg.fetch } : {}),
    });
  }

  async checkCredentials(): Promise<void> {
    const res = await this.call('GET', '/wp/v2/users/me', { context: 'edit', _fields: 'id,capabilities' });
    if (res.status === 404 && wpError(res.body).code === 'rest_no_route') {
      throw new ApiError('remote', `No WordPress REST API at ${this.base.origin}${this.base.pathname} (404 rest_no_route). If the site has no pretty permalinks, choose the "?rest_route=" address style.`, {
        detail: { status: 404, cmsCode: 'rest_no_route' },
      });
    }
    if (res.status === 404 && typeof res.body === 'string') {
      throw new ApiError('remote', `No WordPress REST API at ${this.endpoint('/').href} (404). Check the site address, or choose the "?rest_route=" address style.`, {
        detail: { status: 404, cmsCode: 'http_404' },
      });
    }
    if (!ok(res)) throw failure(res, 'checking the credentials', this.cfg.user);
  }

  async resolveTerms(taxonomy: 'categories' | 'tags', names: string[]): Promise<number[]> {
    const ids: number[] = [];
    const label = taxonomy === 'categories' ? 'category' : 'tag';
    for (const raw of names) {
      const name = raw.trim();
      if (!name) continue;
      const res = await this.call('GET', `/wp/v2/${taxonomy}`, { search: name, per_page: '100', _fields: 'id,name,slug' });
      if (!ok(res)) throw failure(res, `looking up the ${label} "${name}"`, this.cfg.user);
      const list = Array.isArray(res.body) ? (res.body as WpTerm[]) : [];
      const want = name.toLocaleLowerCase();
      const slug = wpSlug(name);
      const hit = list.find((t) => decodeEntities(t.name).toLocaleLowerCase() === want) ?? list.find((t) => t.slug === slug);
      if (hit) {
        ids.push(hit.id);
        continue;
      }
      if (!this.cfg.allowCreateTerms) {
        throw new ApiError('remote', `The ${label} "${name}" does not exist in WordPress, and this desk does not allow creating new ${taxonomy}. Create it in WordPress or change the ${label}; nothing was sent.`, {
          detail: { status: 0, cmsCode: 'term_missing', taxonomy, term: name },
        });
      }
      const made = await this.call('POST', `/wp/v2/${taxonomy}`, {}, { name });
      if (ok(made) && made.body && typeof made.body === 'object' && typeof (made.body as WpTerm).id === 'number') {
        ids.push((made.body as WpTerm).id);
        continue;
      }
      // created concurrently (or matched by a slug our search missed): WordPress names the id
      const e = wpError(made.body);
      if (e.code === 'term_exists' && typeof e.data?.term_id === 'number') {
        ids.push(e.data.term_id);
        continue;
      }
      throw failure(made, `creating the ${label} "${name}"`, this.cfg.user);
    }
    return [...new Set(ids)];
  }
}

interface WpPost {
  id: number;
  link?: string;
  status?: string;
  modified_gmt?: string;
}

function resultOf(body: unknown, created: boolean): CmsPushResult {
  const p = (body ?? {}) as WpPost;
  if (typeof p.id !== 'number') throw new ApiError('remote', 'WordPress answered without a post id; is the address really a WordPress site?', { detail: { status: 200, cmsCode: 'no_id' } });
  const modified = p.modified_gmt ? new Date(p.modified_gmt + 'Z').toISOString() : new Date().toISOString();
  return { remoteId: String(p.id), url: p.link ?? '', modified, status: p.status ?? '', created };
}

/**
 * Create (no remoteId) or update (remoteId) the post for this article. Throws ApiError('remote')
 * with the CMS's message on any failure; never logs or returns the credentials.
 */
export async function pushToWordPress(cfg: WordPressConfig, article: ExportArticle, opts: WordPressPushOptions = {}): Promise<CmsPushResult> {
  const status = opts.status ?? 'draft';
  if (status !== 'draft' && status !== 'pending') throw new ApiError('invalid-argument', `WordPress status must be draft or pending, not ${String(status)}`);
  const fields = wordpressFieldsOf(article, status);
  if (!fields.title.trim()) throw new ApiError('invalid-argument', 'The story has no headline; WordPress needs a title');
  const wp = new WordPressClient(cfg);
  await wp.checkCredentials();

  const remoteId = opts.remoteId !== undefined && opts.remoteId !== '' ? String(opts.remoteId) : undefined;
  if (remoteId !== undefined && !/^\d+$/.test(remoteId)) throw new ApiError('invalid-argument', `"${remoteId}" is not a WordPress post id`);
  let remoteStatus: string | undefined;
  if (remoteId) {
    const cur = await wp.call('GET', `/wp/v2/posts/${remoteId}`, { context: 'edit', _fields: 'id,status,modified_gmt' });
    if (cur.status === 404) {
      throw new ApiError('remote', `The WordPress post #${remoteId} this story was exported to no longer exists (deleted in WordPress). Export it as a new post to create it again.`, {
        detail: { status: 404, cmsCode: wpError(cur.body).code ?? 'rest_post_invalid_id' },
      });
    }
    if (!ok(cur)) throw failure(cur, `reading post #${remoteId}`, cfg.user);
    remoteStatus = (cur.body as WpPost).status;
    if (remoteStatus === 'trash') {
      throw new ApiError('remote', `The WordPress post #${remoteId} is in the WordPress trash. Restore it there, or export this story as a new post.`, {
        detail: { status: 410, cmsCode: 'post_trashed' },
      });
    }
    const theirs = (cur.body as WpPost).modified_gmt;
    const ours = opts.remoteModified ? Date.parse(opts.remoteModified) : NaN;
    if (!opts.overwriteRemoteChanges && theirs && !Number.isNaN(ours)) {
      const changedAt = Date.parse(theirs + 'Z');
      // WordPress stores whole seconds; anything later than our own push is someone else's edit
      if (changedAt > ours + 999) {
        throw new ApiError('conflict', `The WordPress post #${remoteId} was changed in WordPress (${new Date(changedAt).toISOString()}) after Redaksi last exported it. Look at it in WordPress first; export again with "overwrite changes made in WordPress" only if those changes may be lost.`, {
          detail: { status: 409, cmsCode: 'changed_in_cms', remoteModified: new Date(changedAt).toISOString() },
        });
      }
    }
  }

  const categories = await wp.resolveTerms('categories', fields.categories);
  const tags = await wp.resolveTerms('tags', fields.tags);
  const payload: Record<string, unknown> = {
    title: fields.title,
    content: fields.content,
    excerpt: fields.excerpt,
    slug: fields.slug,
    status: fields.status,
    tags,
  };
  if (categories.length) payload.categories = categories;
  // An update never pulls a live story back to draft: once WordPress has published (or scheduled,
  // or made private) the post, the export changes its content and leaves its status alone.
  if (remoteStatus && remoteStatus !== 'draft' && remoteStatus !== 'pending' && remoteStatus !== 'auto-draft') delete payload.status;

  const route = remoteId ? `/wp/v2/posts/${remoteId}` : '/wp/v2/posts';
  const res = await wp.call('POST', route, { _fields: 'id,link,status,modified_gmt' }, payload);
  if (res.status === 404 && remoteId) {
    throw new ApiError('remote', `The WordPress post #${remoteId} was deleted while exporting. Export it as a new post to create it again.`, { detail: { status: 404, cmsCode: wpError(res.body).code ?? 'rest_post_invalid_id' } });
  }
  if (!ok(res)) throw failure(res, remoteId ? `updating post #${remoteId}` : 'creating the post', cfg.user);
  return resultOf(res.body, !remoteId);
}
