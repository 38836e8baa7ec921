/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies of a CMS API, asserted field by field */
/**
 * WordPress handoff against a REAL WordPress (Debian packages on loopback), set up by
 * scripts/wordpress/setup.sh, which writes the site URL and an Application Password to
 * /tmp/redaksi-wp.env (or the file named by REDAKSI_WP_TEST_ENV). Without that file the
 * integration part is skipped with a notice; the offline checks below it always run.
 */
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { describe, expect, it, beforeAll } from 'vitest';
import { ApiError } from '../../shared/api/errors.js';
import type { ExportArticle } from '../../shared/export/model.js';
import { docFromBlocks } from '../../shared/model/lexical-doc.js';
import { pushToWordPress, wordpressFieldsOf, type WordPressConfig } from '../../main/services/cms/wordpress.js';

const ENV_FILE = process.env.REDAKSI_WP_TEST_ENV ?? '/tmp/redaksi-wp.env';
const haveWp = existsSync(ENV_FILE);
if (!haveWp) {
  console.warn(`[wordpress.test] SKIPPED the real-WordPress tests: ${ENV_FILE} not found. Run "sudo scripts/wordpress/setup.sh" (Debian) to install a loopback WordPress, or point REDAKSI_WP_TEST_ENV at its credentials file.`);
}

function readEnv(file: string): Record<string, string> {
  try {
    accessSync(file, constants.R_OK);
  } catch {
    throw new Error(`${file} exists but this user cannot read it; run scripts/wordpress/setup.sh through sudo (it hands the file to $SUDO_USER) or set REDAKSI_WP_ENV_OWNER`);
  }
  const out: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}

function article(over: Partial<ExportArticle> & { paragraphs?: string[] } = {}): ExportArticle {
  const { paragraphs = ['Paragraf pertama.', 'Paragraf kedua.'], ...rest } = over;
  return {
    draftId: 'd-' + randomBytes(4).toString('hex'),
    headline: 'Judul uji Redaksi',
    tags: [],
    slug: 'judul-uji-redaksi',
    language: 'id',
    body: docFromBlocks(paragraphs.map((text) => ({ kind: 'paragraph' as const, runs: [{ text }] }))),
    createdAt: '2024-12-04T03:00:00Z',
    updatedAt: '2024-12-04T03:00:00Z',
    exportedAt: '2024-12-04T04:00:00Z',
    ...rest,
  };
}

describe('WordPress push: checks that need no site', () => {
  const cfg: WordPressConfig = { url: 'http://news.example.org', user: 'desk', appPassword: 'abcd efgh ijkl mnop qrst uvwx', allowCreateTerms: false };

  it('refuses plain http to a non-loopback host before sending anything', async () => {
    let called = 0;
    const fetchSpy = (async () => {
      called++;
      return new Response('{}');
    }) as unknown as typeof fetch;
    const err = await pushToWordPress({ ...cfg, fetch: fetchSpy }, article()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('invalid-argument');
    expect((err as ApiError).message).toMatch(/https/);
    expect(called).toBe(0);
  });

  it('allows http for 127.0.0.0/8, localhost and ::1 (the request is attempted)', async () => {
    for (const url of ['http://127.0.0.1:9', 'http://127.8.9.10:9', 'http://localhost:9', 'http://[::1]:9']) {
      const seen: string[] = [];
      const fetchSpy = (async (u: URL) => {
        seen.push(String(u));
        throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
      }) as unknown as typeof fetch;
      const err = (await pushToWordPress({ ...cfg, url, fetch: fetchSpy }, article()).catch((e: unknown) => e)) as ApiError;
      expect(err.code).toBe('remote');
      expect(err.message).toContain('ECONNREFUSED');
      expect(err.detail).toMatchObject({ status: 0 });
      expect(seen[0]).toMatch(/^http:\/\/[^/]+\/wp-json\/wp\/v2\/users\/me\?/);
    }
  });

  it('sends the Application Password only in the Authorization header and never in an error text', async () => {
    const secret = 'abcd efgh ijkl mnop qrst uvwx';
    let auth = '';
    const fetchSpy = (async (u: URL, init: RequestInit) => {
      auth = (init.headers as Record<string, string>).authorization ?? '';
      expect(String(u)).not.toContain('abcd');
      return new Response(JSON.stringify({ code: 'rest_not_logged_in', message: 'You are not currently logged in.', data: { status: 401 } }), { status: 401 });
    }) as unknown as typeof fetch;
    const err = (await pushToWordPress({ ...cfg, url: 'https://news.example.org', appPassword: secret, fetch: fetchSpy }, article()).catch((e: unknown) => e)) as ApiError;
    expect(Buffer.from(auth.replace(/^Basic /, ''), 'base64').toString()).toBe(`desk:${secret}`);
    expect(err.code).toBe('remote');
    expect(err.detail).toEqual({ status: 401, cmsCode: 'rest_not_logged_in' });
    expect(err.message).toContain('You are not currently logged in.');
    expect(JSON.stringify(err.toShape())).not.toContain('abcd');
  });

  it('a redirect (e.g. http -> https, or www.) is refused with the target named, not followed', async () => {
    const fetchSpy = (async () => new Response(null, { status: 301, headers: { location: 'https://www.news.example.org/wp-json/wp/v2/users/me' } })) as unknown as typeof fetch;
    const err = (await pushToWordPress({ ...cfg, url: 'https://news.example.org', fetch: fetchSpy }, article()).catch((e: unknown) => e)) as ApiError;
    expect(err.code).toBe('remote');
    expect(err.message).toContain('https://www.news.example.org/');
    expect(err.detail).toEqual({ status: 301, cmsCode: 'redirect' });
  });

  it('previews the fields as sent: byline and dateline lead the body, section is the category', () => {
    const f = wordpressFieldsOf(article({ byline: 'Jon <Doe>', datelinePlace: 'JAKARTA', datelineDate: '2024-12-04', section: 'Ekonomi', tags: ['IHSG'], summary: 'Ringkas.' }), 'pending');
    expect(f.status).toBe('pending');
    expect(f.categories).toEqual(['Ekonomi']);
    expect(f.tags).toEqual(['IHSG']);
    expect(f.excerpt).toBe('Ringkas.');
    expect(f.content).toContain('<p class="byline">Jon &lt;Doe&gt;</p>');
    expect(f.content).toContain('JAKARTA, 4 Desember 2024');
    expect(f.content).toContain('<p>Paragraf pertama.</p>');
  });
});

describe.skipIf(!haveWp)('WordPress push against a real WordPress (scripts/wordpress/setup.sh)', () => {
  let env: Record<string, string>;
  let cfg: WordPressConfig;
  const run = randomBytes(4).toString('hex');

  /** direct REST calls for the assertions (independent of the code under test) */
  async function rest(path: string, init: RequestInit = {}): Promise<{ status: number; body: any; total: number }> {
    const auth = 'Basic ' + Buffer.from(`${env.REDAKSI_WP_USER}:${env.REDAKSI_WP_APP_PASSWORD}`).toString('base64');
    const res = await fetch(`${env.REDAKSI_WP_URL}/wp-json${path}`, { ...init, headers: { authorization: auth, 'content-type': 'application/json', ...(init.headers as object) } });
    return { status: res.status, body: await res.json(), total: Number(res.headers.get('x-wp-total') ?? NaN) };
  }
  const postCount = async () => (await rest('/wp/v2/posts?status=draft,pending,publish,private,future&per_page=1&context=edit')).total;

  beforeAll(() => {
    env = readEnv(ENV_FILE);
    cfg = { url: env.REDAKSI_WP_URL!, user: env.REDAKSI_WP_USER!, appPassword: env.REDAKSI_WP_APP_PASSWORD!, allowCreateTerms: true };
  });

  it('creates a draft, and a second export updates the same post', async () => {
    const before = await postCount();
    const tag = `redaksi-tag-${run}`;
    const a = article({ headline: `Uji ekspor ${run}`, slug: `uji-ekspor-${run}`, tags: [tag], section: `Rubrik ${run}`, summary: 'Ringkasan uji.' });
    const first = await pushToWordPress(cfg, a);
    expect(first.created).toBe(true);
    expect(first.remoteId).toMatch(/^\d+$/);
    expect(first.status).toBe('draft');
    expect(first.url).toContain(env.REDAKSI_WP_URL);
    expect(Number.isNaN(Date.parse(first.modified))).toBe(false);

    const got = await rest(`/wp/v2/posts/${first.remoteId}?context=edit`);
    expect(got.status).toBe(200);
    expect(got.body.title.raw).toBe(`Uji ekspor ${run}`);
    expect(got.body.content.raw).toContain('<p>Paragraf pertama.</p>');
    expect(got.body.excerpt.raw).toBe('Ringkasan uji.');
    // the tag and the category did not exist: created (desk allows it) and attached
    const tags = await rest(`/wp/v2/tags?search=${tag}`);
    expect(tags.body.map((t: any) => t.name)).toEqual([tag]);
    expect(got.body.tags).toEqual([tags.body[0].id]);
    const cats = await rest(`/wp/v2/categories?search=${encodeURIComponent(`Rubrik ${run}`)}`);
    expect(cats.body).toHaveLength(1);
    expect(got.body.categories).toEqual([cats.body[0].id]);
    expect(await postCount()).toBe(before + 1);

    const edited = { ...a, body: docFromBlocks([{ kind: 'paragraph', runs: [{ text: 'Paragraf yang diperbaiki.' }] }]) };
    const second = await pushToWordPress(cfg, edited, { remoteId: first.remoteId, status: 'pending' });
    expect(second.remoteId).toBe(first.remoteId);
    expect(second.created).toBe(false);
    expect(second.status).toBe('pending');
    const again = await rest(`/wp/v2/posts/${first.remoteId}?context=edit`);
    expect(again.body.content.raw).toContain('Paragraf yang diperbaiki.');
    expect(again.body.content.raw).not.toContain('Paragraf pertama.');
    // same tag reused, not duplicated
    expect((await rest(`/wp/v2/tags?search=${tag}`)).body).toHaveLength(1);
    expect(await postCount()).toBe(before + 1);
  });

  it('finds an existing tag by name regardless of case and reuses it', async () => {
    const made = await rest('/wp/v2/tags', { method: 'POST', body: JSON.stringify({ name: `Pemilu ${run}` }) });
    expect(made.status).toBe(201);
    const r = await pushToWordPress({ ...cfg, allowCreateTerms: false }, article({ headline: `Tag lama ${run}`, tags: [`pemilu ${run}`] }));
    const post = await rest(`/wp/v2/posts/${r.remoteId}?context=edit`);
    expect(post.body.tags).toEqual([made.body.id]);
  });

  it('a missing tag without permission to create terms: clear error naming it, nothing written', async () => {
    const before = await postCount();
    const tag = `tidak-ada-${run}`;
    const err = (await pushToWordPress({ ...cfg, allowCreateTerms: false }, article({ headline: `Tanpa izin ${run}`, tags: [tag] })).catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.code).toBe('remote');
    expect(err.message).toContain(`"${tag}"`);
    expect(err.detail).toMatchObject({ cmsCode: 'term_missing', term: tag });
    expect(await postCount()).toBe(before);
    expect((await rest(`/wp/v2/tags?search=${tag}`)).body).toHaveLength(0);
  });

  it('a wrong Application Password gives a clear 401 error and changes nothing', async () => {
    const before = await postCount();
    const tag = `salah-sandi-${run}`;
    const bad = { ...cfg, appPassword: 'AAAA BBBB CCCC DDDD EEEE FFFF' };
    const err = (await pushToWordPress(bad, article({ headline: `Sandi salah ${run}`, tags: [tag] })).catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.code).toBe('remote');
    expect(err.detail).toMatchObject({ status: 401 });
    expect(err.message).toContain(`"${cfg.user}"`);
    expect(err.message).toMatch(/Application Password/);
    expect(err.message).not.toContain('AAAA');
    expect(await postCount()).toBe(before);
    expect((await rest(`/wp/v2/tags?search=${tag}`)).body).toHaveLength(0);
  });

  it('updating a post deleted in WordPress gives a clear error and does not create a new one', async () => {
    const r = await pushToWordPress(cfg, article({ headline: `Akan dihapus ${run}` }));
    expect((await rest(`/wp/v2/posts/${r.remoteId}?force=true`, { method: 'DELETE' })).status).toBe(200);
    const before = await postCount();
    const err = (await pushToWordPress(cfg, article({ headline: `Akan dihapus ${run}` }), { remoteId: r.remoteId }).catch((e: unknown) => e)) as ApiError;
    expect(err.code).toBe('remote');
    expect(err.detail).toMatchObject({ status: 404 });
    expect(err.message).toMatch(/no longer exists/);
    expect(await postCount()).toBe(before);
  });

  it('an update never pulls a published post back to draft', async () => {
    const r = await pushToWordPress(cfg, article({ headline: `Sudah terbit ${run}` }));
    expect((await rest(`/wp/v2/posts/${r.remoteId}`, { method: 'POST', body: JSON.stringify({ status: 'publish' }) })).status).toBe(200);
    const again = await pushToWordPress(cfg, article({ headline: `Sudah terbit ${run}`, paragraphs: ['Koreksi.'] }), { remoteId: r.remoteId });
    expect(again.status).toBe('publish');
    expect((await rest(`/wp/v2/posts/${r.remoteId}?context=edit`)).body.content.raw).toContain('Koreksi.');
  });

  it('a post edited in WordPress since our export: conflict, unless the desk chooses to overwrite', async () => {
    const first = await pushToWordPress(cfg, article({ headline: `Diedit di WP ${run}` }));
    // WordPress keeps whole seconds: make sure the editor's change lands in a later second
    await new Promise((r) => setTimeout(r, 1100));
    expect((await rest(`/wp/v2/posts/${first.remoteId}`, { method: 'POST', body: JSON.stringify({ content: '<p>Perbaikan editor di WordPress.</p>' }) })).status).toBe(200);
    const err = (await pushToWordPress(cfg, article({ headline: `Diedit di WP ${run}`, paragraphs: ['Versi Redaksi.'] }), { remoteId: first.remoteId, remoteModified: first.modified }).catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.code).toBe('conflict');
    expect(err.detail).toMatchObject({ status: 409, cmsCode: 'changed_in_cms' });
    expect((await rest(`/wp/v2/posts/${first.remoteId}?context=edit`)).body.content.raw).toContain('Perbaikan editor');
    // unchanged since our own push: no conflict
    const own = await pushToWordPress(cfg, article({ headline: `Diedit di WP ${run}` }), { remoteId: first.remoteId, remoteModified: first.modified, overwriteRemoteChanges: true });
    expect((await rest(`/wp/v2/posts/${first.remoteId}?context=edit`)).body.content.raw).toContain('Paragraf pertama.');
    const again = await pushToWordPress(cfg, article({ headline: `Diedit di WP ${run}`, paragraphs: ['Lagi.'] }), { remoteId: first.remoteId, remoteModified: own.modified });
    expect(again.remoteId).toBe(first.remoteId);
  });

  it('a user WordPress does not allow to create a category gets a clear 403, and no post is written', async () => {
    // a real Contributor with their own Application Password (created through the REST API).
    // Contributors may create tags (flat taxonomies need only assign_terms) but not categories.
    const login = `kontributor${run}`;
    const user = await rest('/wp/v2/users', { method: 'POST', body: JSON.stringify({ username: login, email: `${login}@example.invalid`, password: randomBytes(12).toString('hex'), roles: ['contributor'] }) });
    expect(user.status).toBe(201);
    try {
      const app = await rest(`/wp/v2/users/${user.body.id}/application-passwords`, { method: 'POST', body: JSON.stringify({ name: 'redaksi-test' }) });
      expect(app.status).toBe(201);
      const before = await postCount();
      const section = `Rubrik kontributor ${run}`;
      const err = (await pushToWordPress({ ...cfg, user: login, appPassword: app.body.password }, article({ headline: `Kontributor ${run}`, section }), { status: 'pending' }).catch((e: unknown) => e)) as ApiError;
      expect(err).toBeInstanceOf(ApiError);
      expect(err.code).toBe('remote');
      expect(err.detail).toMatchObject({ status: 403 });
      expect(err.message).toContain(`"${login}"`);
      expect(err.message).toContain(`"${section}"`);
      expect(err.message).toMatch(/not allowed/);
      expect(await postCount()).toBe(before);
      expect((await rest(`/wp/v2/categories?search=${encodeURIComponent(section)}`)).body).toHaveLength(0);
      // without new categories the contributor can submit for review
      const ok = await pushToWordPress({ ...cfg, user: login, appPassword: app.body.password }, article({ headline: `Kontributor ${run}` }), { status: 'pending' });
      expect(ok.status).toBe('pending');
    } finally {
      await rest(`/wp/v2/users/${user.body.id}?force=true&reassign=1`, { method: 'DELETE' });
    }
  });

  it('works with the ?rest_route= address style too', async () => {
    const r = await pushToWordPress({ ...cfg, restStyle: 'query' }, article({ headline: `Rest route ${run}` }));
    expect((await rest(`/wp/v2/posts/${r.remoteId}?context=edit`)).body.title.raw).toBe(`Rest route ${run}`);
  });

  it('a server error (500) reaches the desk with the CMS text', async () => {
    // a real WordPress answers 500 for, e.g., a broken plugin; simulate it with a proxy fetch that
    // lets the credential check through and fails the write
    const proxy = (async (u: URL, init: RequestInit) => {
      if (init.method === 'POST') return new Response('<h1>Error establishing a database connection</h1>', { status: 500 });
      return fetch(u, init);
    }) as unknown as typeof fetch;
    const before = await postCount();
    const err = (await pushToWordPress({ ...cfg, fetch: proxy }, article({ headline: `Galat ${run}` })).catch((e: unknown) => e)) as ApiError;
    expect(err.code).toBe('remote');
    expect(err.detail).toMatchObject({ status: 500 });
    expect(err.message).toContain('Error establishing a database connection');
    expect(await postCount()).toBe(before);
  });
});
