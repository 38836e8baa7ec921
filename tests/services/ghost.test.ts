/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies of a CMS API, asserted field by field */
/**
 * Ghost handoff against a local node:http server that plays Ghost's Admin API as documented
 * (docs.ghost.org/admin-api): it verifies the JWT the way Ghost does (HS256 over the hex-decoded
 * secret, kid = key id, aud /admin/, at most 5 minutes), requires `lexical` to be a JSON string
 * of a Lexical document made of nodes Ghost knows, requires `updated_at` on PUT and answers 409
 * UpdateCollisionError when it is stale, and can be told to fail with 500.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHmac, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHeadlessEditor } from '@lexical/headless';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { LinkNode } from '@lexical/link';
import { DecoratorNode, type NodeKey } from 'lexical';
import { ApiError } from '../../shared/api/errors.js';
import type { ExportArticle } from '../../shared/export/model.js';
import type { SerializedNode } from '../../shared/model/draft.js';
import { docFromBlocks, paragraphsOf, type Block, type BlockKind } from '../../shared/model/lexical-doc.js';
import { ghostAdminToken, ghostLexicalOf, pushToGhost, type GhostConfig } from '../../main/services/cms/ghost.js';

const KEY_ID = randomBytes(12).toString('hex');
const SECRET_HEX = randomBytes(32).toString('hex');
const ADMIN_KEY = `${KEY_ID}:${SECRET_HEX}`;

interface Seen {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: any;
}

interface FakePost {
  id: string;
  title: string;
  lexical: string;
  status: string;
  updated_at: string;
  tags: Array<{ name: string }>;
  custom_excerpt?: string;
  slug?: string;
}

const GHOST_NODE_TYPES = new Set(['root', 'paragraph', 'heading', 'quote', 'list', 'listitem', 'link', 'text', 'extended-text', 'linebreak', 'horizontalrule']);

/** Lexical document shape Ghost can import; returns problems (empty = fine). */
function lexicalProblems(node: SerializedNode, path = 'root'): string[] {
  const out: string[] = [];
  if (!GHOST_NODE_TYPES.has(node.type)) out.push(`${path}: unknown node type ${node.type}`);
  if (typeof node.version !== 'number') out.push(`${path}: no version`);
  if (node.type === 'text') {
    for (const k of ['detail', 'format', 'mode', 'style', 'text']) if (!(k in node)) out.push(`${path}: text without ${k}`);
  } else if (node.type !== 'linebreak' && node.type !== 'horizontalrule') {
    for (const k of ['children', 'direction', 'format', 'indent']) if (!(k in node)) out.push(`${path}: ${node.type} without ${k}`);
    if (node.type === 'heading' && !/^h[1-6]$/.test(String(node.tag))) out.push(`${path}: heading tag ${String(node.tag)}`);
    if (node.type === 'list' && !((node.listType === 'bullet' && node.tag === 'ul') || (node.listType === 'number' && node.tag === 'ol'))) out.push(`${path}: list ${String(node.listType)}/${String(node.tag)}`);
    if (node.type === 'link' && !/^(https?:|mailto:)/.test(String(node.url))) out.push(`${path}: link url ${String(node.url)}`);
    (node.children ?? []).forEach((c, i) => out.push(...lexicalProblems(c, `${path}.${i}`)));
  }
  return out;
}

/** Verify a Ghost Admin JWT like Ghost's middleware does; returns an error text or null. */
function jwtProblem(auth: string | undefined, nowSec: number): string | null {
  const m = /^Ghost (.+)$/.exec(auth ?? '');
  if (!m) return 'Authorization header is not "Ghost <token>"';
  const [h, p, s] = m[1]!.split('.');
  if (!h || !p || !s) return 'token is not a JWT';
  const header = JSON.parse(Buffer.from(h, 'base64url').toString());
  const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
  if (header.alg !== 'HS256') return 'alg is not HS256';
  if (header.kid !== KEY_ID) return 'Unknown Admin API Key';
  const want = createHmac('sha256', Buffer.from(SECRET_HEX, 'hex')).update(`${h}.${p}`).digest('base64url');
  if (want !== s) return 'Invalid token: invalid signature';
  if (payload.aud !== '/admin/') return 'Invalid token: jwt audience invalid';
  if (typeof payload.iat !== 'number' || typeof payload.exp !== 'number') return 'Invalid token: no iat/exp';
  if (payload.exp - payload.iat > 300) return 'Invalid token: lifetime over 5 minutes';
  if (payload.exp < nowSec) return 'Invalid token: jwt expired';
  return null;
}

class FakeGhost {
  server!: Server;
  url = '';
  posts = new Map<string, FakePost>();
  tags: string[] = ['Politik'];
  seen: Seen[] = [];
  failNext: number | null = null;
  private clock = Date.parse('2026-01-01T00:00:00.000Z');

  tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private send(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  private error(res: ServerResponse, status: number, type: string, message: string, context: string | null = null): void {
    this.send(res, status, { errors: [{ message, context, type, details: null, property: null, help: null, code: null, id: randomBytes(4).toString('hex') }] });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString();
    const u = new URL(req.url ?? '/', this.url);
    const body = raw ? JSON.parse(raw) : null;
    this.seen.push({ method: req.method ?? '', path: u.pathname + u.search, headers: req.headers, body });

    if (this.failNext) {
      const status = this.failNext;
      this.failNext = null;
      return this.error(res, status, 'InternalServerError', 'An unexpected error occurred, please try again.', 'knex: Timeout acquiring a connection');
    }
    const bad = jwtProblem(req.headers.authorization, Math.floor(Date.now() / 1000));
    if (bad) return this.error(res, 401, 'UnauthorizedError', bad);
    if (!req.headers['accept-version']) return this.error(res, 400, 'BadRequestError', 'Accept-Version header missing');

    if (req.method === 'GET' && u.pathname === '/ghost/api/admin/tags/') {
      return this.send(res, 200, { tags: this.tags.map((name) => ({ name, slug: name.toLowerCase() })) });
    }
    const one = /^\/ghost\/api\/admin\/posts\/([0-9a-f]+)\/$/.exec(u.pathname);
    if (req.method === 'POST' && u.pathname === '/ghost/api/admin/posts/') {
      if (!/^application\/json/.test(req.headers['content-type'] ?? '')) return this.error(res, 415, 'UnsupportedMediaTypeError', 'Content-Type must be JSON');
      const p = body?.posts?.[0];
      if (!p?.title) return this.error(res, 422, 'ValidationError', 'Validation (isEmpty) failed for title');
      const problem = this.checkLexical(p.lexical);
      if (problem) return this.error(res, 422, 'ValidationError', problem);
      const id = randomBytes(12).toString('hex');
      const post: FakePost = { id, title: p.title, lexical: p.lexical, status: p.status ?? 'draft', updated_at: this.tick(), tags: p.tags ?? [], custom_excerpt: p.custom_excerpt, slug: p.slug };
      for (const t of post.tags) if (!this.tags.includes(t.name)) this.tags.push(t.name);
      this.posts.set(id, post);
      return this.send(res, 201, { posts: [{ ...post, url: `${this.url}/p/${id}/` }] });
    }
    if (one && req.method === 'GET') {
      const post = this.posts.get(one[1]!);
      if (!post) return this.error(res, 404, 'NotFoundError', 'Post not found.');
      return this.send(res, 200, { posts: [{ ...post, url: `${this.url}/p/${post.id}/` }] });
    }
    if (one && req.method === 'PUT') {
      const post = this.posts.get(one[1]!);
      if (!post) return this.error(res, 404, 'NotFoundError', 'Post not found.');
      const p = body?.posts?.[0];
      if (!p?.updated_at) return this.error(res, 422, 'ValidationError', 'Validation error, cannot edit post.', 'updated_at is required');
      if (p.updated_at !== post.updated_at) return this.error(res, 409, 'UpdateCollisionError', 'Saving failed! Someone else is editing this post.');
      if (p.lexical !== undefined) {
        const problem = this.checkLexical(p.lexical);
        if (problem) return this.error(res, 422, 'ValidationError', problem);
      }
      Object.assign(post, { ...p, updated_at: this.tick() });
      return this.send(res, 200, { posts: [{ ...post, url: `${this.url}/p/${post.id}/` }] });
    }
    return this.error(res, 404, 'NotFoundError', 'Resource not found');
  }

  private checkLexical(lexical: unknown): string | null {
    if (typeof lexical !== 'string') return 'lexical must be a JSON string';
    let doc: any;
    try {
      doc = JSON.parse(lexical);
    } catch {
      return 'lexical is not valid JSON';
    }
    if (doc?.root?.type !== 'root') return 'lexical has no root';
    const problems = lexicalProblems(doc.root);
    return problems.length ? problems.join('; ') : null;
  }
}

function article(over: Partial<ExportArticle> = {}): ExportArticle {
  return {
    draftId: 'd1',
    headline: 'Harga beras naik',
    tags: ['Ekonomi'],
    section: 'Politik',
    slug: 'harga-beras-naik',
    summary: 'Ringkasan.',
    language: 'id',
    body: docFromBlocks([
      { kind: 'h2', runs: [{ text: 'Latar' }] },
      { kind: 'paragraph', runs: [{ text: 'Harga ' }, { text: 'beras', bold: true }, { text: ' naik.' }, { text: 'sumber', link: 'https://bps.go.id/' }] },
      { kind: 'quote', runs: [{ text: 'Kami pantau.' }] },
      { kind: 'bullet', runs: [{ text: 'satu' }] },
      { kind: 'bullet', runs: [{ text: 'dua' }] },
    ]),
    createdAt: '2024-12-04T03:00:00Z',
    updatedAt: '2024-12-04T03:00:00Z',
    exportedAt: '2024-12-04T04:00:00Z',
    ...over,
  };
}

const ghost = new FakeGhost();
let cfg: GhostConfig;
beforeAll(async () => {
  await ghost.start();
  cfg = { url: ghost.url, adminKey: ADMIN_KEY, allowCreateTerms: true };
});
afterAll(() => new Promise<void>((r) => ghost.server.close(() => r())));
beforeEach(() => {
  ghost.seen = [];
  ghost.failNext = null;
});

describe('Ghost Admin API token', () => {
  it('is an HS256 JWT with kid, aud /admin/ and a 5-minute life, signed with the hex-decoded secret', () => {
    const now = Date.parse('2026-11-28T03:00:00Z');
    const token = ghostAdminToken(ADMIN_KEY, now);
    expect(jwtProblem(`Ghost ${token}`, now / 1000)).toBeNull();
    const [h, p] = token.split('.');
    expect(JSON.parse(Buffer.from(h!, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT', kid: KEY_ID });
    expect(JSON.parse(Buffer.from(p!, 'base64url').toString())).toEqual({ iat: now / 1000, exp: now / 1000 + 300, aud: '/admin/' });
    // signing with the secret as text (a classic mistake) would not verify
    const wrong = createHmac('sha256', SECRET_HEX).update(`${h}.${p}`).digest('base64url');
    expect(token.split('.')[2]).not.toBe(wrong);
    // expired after 5 minutes
    expect(jwtProblem(`Ghost ${token}`, now / 1000 + 301)).toMatch(/expired/);
  });

  it('rejects a malformed key before any request', async () => {
    const err = (await pushToGhost({ ...cfg, adminKey: 'not-a-key' }, article()).catch((e: unknown) => e)) as ApiError;
    expect(err.code).toBe('invalid-argument');
    expect(ghost.seen).toHaveLength(0);
  });

  it('refuses plain http to a non-loopback host', async () => {
    const err = (await pushToGhost({ ...cfg, url: 'http://ghost.example.org' }, article()).catch((e: unknown) => e)) as ApiError;
    expect(err.code).toBe('invalid-argument');
    expect(err.message).toMatch(/https/);
  });
});

describe('Ghost Lexical body', () => {
  it('maps our document to nodes Ghost imports, dropping unsafe links and unknown nodes', () => {
    const doc = {
      root: {
        type: 'root',
        children: [
          { type: 'heading', tag: 'h3', children: [{ type: 'text', text: 'Judul', format: 0 }] },
          { type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'klik', format: 2 }] }, { type: 'linebreak' }, { type: 'mention', children: [{ type: 'text', text: '@ani' }] }] },
          { type: 'list', listType: 'number', start: 3, children: [{ type: 'listitem', children: [{ type: 'text', text: 'a' }, { type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [{ type: 'text', text: 'a1' }] }] }] }] },
          { type: 'horizontalrule' },
          { type: 'code', children: [{ type: 'code-highlight', text: 'x = 1' }] },
          { type: 'image', src: 'x.png' },
        ],
      },
    } as unknown as Parameters<typeof ghostLexicalOf>[0];
    const g = ghostLexicalOf(doc);
    expect(lexicalProblems(g.root)).toEqual([]);
    const kids = g.root.children!;
    expect(kids.map((k) => k.type)).toEqual(['heading', 'paragraph', 'list', 'horizontalrule', 'paragraph']);
    expect(kids[0]!.tag).toBe('h3');
    // the javascript: link is gone, its (italic) text stays
    expect(JSON.stringify(kids[1])).not.toContain('javascript');
    expect(kids[1]!.children!.map((c) => [c.type, c.text, c.format])).toEqual([['text', 'klik', 2], ['linebreak', undefined, undefined], ['text', '@ani', 0]]);
    expect(kids[2]).toMatchObject({ listType: 'number', start: 3, tag: 'ol' });
    expect(kids[2]!.children![0]!.children!.map((c) => c.type)).toEqual(['text', 'list']);
    expect(kids[4]!.children![0]!.text).toBe('x = 1');
  });

  it('imports into a Lexical editor with the node set Ghost registers, keeping every paragraph (property)', () => {
    // Ghost's renderer registers the stock Heading/Link/ListItem/List/Quote nodes plus Koenig's
    // DEFAULT_NODES (kg-lexical-html-renderer); 'horizontalrule' stands in for Koenig's card here.
    class HorizontalRule extends DecoratorNode<null> {
      static override getType() {
        return 'horizontalrule';
      }
      static override clone(n: HorizontalRule) {
        return new HorizontalRule(n.__key);
      }
      static override importJSON() {
        return new HorizontalRule();
      }
      constructor(key?: NodeKey) {
        super(key);
      }
      override exportJSON() {
        return { type: 'horizontalrule', version: 1 };
      }
      override createDOM(): HTMLElement {
        throw new Error('headless');
      }
      override updateDOM() {
        return false;
      }
      override decorate() {
        return null;
      }
    }
    const editor = createHeadlessEditor({ nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, HorizontalRule], onError: (e) => { throw e; } });
    const kinds: BlockKind[] = ['paragraph', 'h1', 'h2', 'h3', 'h4', 'quote', 'bullet', 'number'];
    const run = fc.record({ text: fc.string({ maxLength: 12 }), bold: fc.boolean(), italic: fc.boolean(), link: fc.option(fc.constantFrom('https://a.example/', 'javascript:alert(1)', 'mailto:x@y.z'), { nil: undefined }) });
    const block = fc.record({ kind: fc.constantFrom(...kinds), runs: fc.array(run, { maxLength: 4 }) });
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), (blocks) => {
        const doc = docFromBlocks(blocks.map((b) => ({ kind: b.kind, runs: b.runs.map((r) => ({ text: r.text, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italic: true } : {}), ...(r.link ? { link: r.link } : {}) })) }) as Block));
        const ghostJson = JSON.stringify(ghostLexicalOf(doc));
        const state = editor.parseEditorState(ghostJson);
        const back = state.toJSON() as unknown as Parameters<typeof paragraphsOf>[0];
        expect(paragraphsOf(back)).toEqual(paragraphsOf(doc).length ? paragraphsOf(doc) : ['']);
        expect(ghostJson).not.toContain('javascript:');
      }),
      { numRuns: 150 },
    );
  });

  it('an empty document still gives Ghost one paragraph', () => {
    expect(ghostLexicalOf({ root: { type: 'root', children: [] } }).root.children).toHaveLength(1);
  });
});

describe('Ghost push against a local Admin API server', () => {
  it('creates a draft with the documented request shape', async () => {
    const r = await pushToGhost(cfg, article());
    expect(r.created).toBe(true);
    expect(r.status).toBe('draft');
    expect(r.url).toBe(`${ghost.url}/p/${r.remoteId}/`);
    const post = ghost.seen.find((s) => s.method === 'POST')!;
    expect(post.path).toBe('/ghost/api/admin/posts/');
    expect(post.headers.authorization).toMatch(/^Ghost [\w-]+\.[\w-]+\.[\w-]+$/);
    expect(post.headers['accept-version']).toBe('v5.0');
    const sent = post.body.posts[0];
    expect(typeof sent.lexical).toBe('string');
    expect(sent).toMatchObject({ title: 'Harga beras naik', status: 'draft', slug: 'harga-beras-naik', custom_excerpt: 'Ringkasan.', tags: [{ name: 'Politik' }, { name: 'Ekonomi' }] });
    expect(sent.html).toBeUndefined();
    expect(sent.mobiledoc).toBeUndefined();
    const text = JSON.stringify(JSON.parse(sent.lexical));
    expect(text).toContain('"text":"beras","type":"text","version":1');
    expect(text).toContain('"url":"https://bps.go.id/"');
    expect(ghost.posts.get(r.remoteId)!.title).toBe('Harga beras naik');
  });

  it('updates the same post, sending the remembered updated_at', async () => {
    const first = await pushToGhost(cfg, article());
    const edited = article({ body: docFromBlocks([{ kind: 'paragraph', runs: [{ text: 'Koreksi harga.' }] }]) });
    const second = await pushToGhost(cfg, edited, { existing: { remoteId: first.remoteId, modified: first.modified } });
    expect(second.remoteId).toBe(first.remoteId);
    expect(second.created).toBe(false);
    expect(second.modified).not.toBe(first.modified);
    const put = ghost.seen.find((s) => s.method === 'PUT')!;
    expect(put.path).toBe(`/ghost/api/admin/posts/${first.remoteId}/`);
    expect(put.body.posts[0].updated_at).toBe(first.modified);
    expect(ghost.posts.get(first.remoteId)!.lexical).toContain('Koreksi harga.');
    expect(ghost.posts.get(first.remoteId)!.lexical).not.toContain('beras');
  });

  it('a post edited in Ghost since the last export: 409 becomes a clear conflict, nothing overwritten', async () => {
    const first = await pushToGhost(cfg, article());
    // an editor changes the post in Ghost
    const remote = ghost.posts.get(first.remoteId)!;
    remote.title = 'Judul dari Ghost';
    remote.updated_at = ghost.tick();
    const err = (await pushToGhost(cfg, article({ headline: 'Judul Redaksi' }), { existing: { remoteId: first.remoteId, modified: first.modified } }).catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.code).toBe('conflict');
    expect(err.detail).toEqual({ status: 409, cmsCode: 'UpdateCollisionError' });
    expect(err.message).toContain('Someone else is editing this post');
    expect(ghost.posts.get(first.remoteId)!.title).toBe('Judul dari Ghost');
    // the desk decides to overwrite: the current updated_at is sent
    const forced = await pushToGhost(cfg, article({ headline: 'Judul Redaksi' }), { existing: { remoteId: first.remoteId, modified: first.modified }, overwriteRemoteChanges: true });
    expect(forced.remoteId).toBe(first.remoteId);
    expect(ghost.posts.get(first.remoteId)!.title).toBe('Judul Redaksi');
  });

  it('a 500 from Ghost reaches the desk with Ghost\'s message', async () => {
    const before = ghost.posts.size;
    ghost.failNext = 500;
    const err = (await pushToGhost(cfg, article()).catch((e: unknown) => e)) as ApiError;
    expect(err.code).toBe('remote');
    expect(err.detail).toEqual({ status: 500, cmsCode: 'InternalServerError' });
    expect(err.message).toContain('An unexpected error occurred');
    expect(ghost.posts.size).toBe(before);
  });

  it('a key Ghost does not know gives a clear 401 without leaking the secret', async () => {
    const other = `${KEY_ID}:${randomBytes(32).toString('hex')}`;
    const err = (await pushToGhost({ ...cfg, adminKey: other }, article()).catch((e: unknown) => e)) as ApiError;
    expect(err.code).toBe('remote');
    expect(err.detail).toMatchObject({ status: 401, cmsCode: 'UnauthorizedError' });
    expect(err.message).toMatch(/Admin API key/);
    expect(err.message).not.toContain(other.split(':')[1]!);
  });

  it('updating a post deleted in Ghost gives a clear error', async () => {
    const err = (await pushToGhost(cfg, article(), { existing: { remoteId: 'abcdef0123456789abcdef01', modified: '2026-01-01T00:00:00.000Z' } }).catch((e: unknown) => e)) as ApiError;
    expect(err.code).toBe('remote');
    expect(err.detail).toMatchObject({ status: 404 });
    expect(err.message).toMatch(/no longer exists/);
    expect(ghost.seen.some((s) => s.method === 'PUT' || s.method === 'POST')).toBe(false);
  });

  it('without permission to create tags, a missing tag stops the push before anything is written', async () => {
    const err = (await pushToGhost({ ...cfg, allowCreateTerms: false }, article({ tags: ['Tag Baru Sekali'] })).catch((e: unknown) => e)) as ApiError;
    expect(err.code).toBe('remote');
    expect(err.message).toContain('"Tag Baru Sekali"');
    expect(ghost.seen.map((s) => s.method)).toEqual(['GET']);
    // a known tag (any case) is fine
    const ok = await pushToGhost({ ...cfg, allowCreateTerms: false }, article({ tags: ['politik'], section: undefined }));
    expect(ok.created).toBe(true);
  });

  it('re-exporting a published post does not pull it back to draft', async () => {
    const first = await pushToGhost(cfg, article());
    const remote = ghost.posts.get(first.remoteId)!;
    remote.status = 'published';
    const again = await pushToGhost(cfg, article(), { existing: { remoteId: first.remoteId, modified: first.modified } });
    expect(again.status).toBe('published');
    expect(ghost.seen.find((s) => s.method === 'PUT')!.body.posts[0].status).toBeUndefined();
  });

  it('a Ghost that never answers times out with a clear error', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      const t0 = Date.now();
      const err = (await pushToGhost({ ...cfg, url, timeoutMs: 300 }, article()).catch((e: unknown) => e)) as ApiError;
      expect(err.code).toBe('remote');
      expect(err.message).toMatch(/timed out/);
      expect(Date.now() - t0).toBeLessThan(5000);
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((r) => silent.close(() => r()));
    }
  });

  it('an unreachable Ghost is a network error, not a crash', async () => {
    const err = (await pushToGhost({ ...cfg, url: 'http://127.0.0.1:9' }, article()).catch((e: unknown) => e)) as ApiError;
    expect(err.code).toBe('remote');
    expect(err.detail).toMatchObject({ status: 0 });
    expect(err.message).toMatch(/Could not reach Ghost/);
  });
});
