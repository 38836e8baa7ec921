/**
 * Web mode's HTTP surface, the attacker's view (extends tests/services/transport.test.ts, which
 * has the basic token / foreign Origin / foreign Host / 0.0.0.0 cases): near-miss Hosts and
 * Origins, the token anywhere but its header, CSRF-able requests, path traversal on the static
 * files, oversized bodies, polluting JSON, and a check from outside that nothing listens on a
 * non-loopback address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '../../main/store/index.js';
import { createServices } from '../../main/services/index.js';
import { startHttpServer, type RunningServer } from '../../main/transport/http.js';
import type { Services } from '../../shared/api/contract.js';

let dir: string;
let store: Store;
let services: Services;
let server: RunningServer;
let staticDir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-websec-'));
  store = openStore(path.join(dir, 'data'));
  services = createServices(store);
  staticDir = path.join(dir, 'www');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Redaksi</title>');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'TOP-SECRET-OUTSIDE-THE-WEB-ROOT');
  server = await startHttpServer({ services, port: 0, staticDir, log: () => {} });
});

afterAll(async () => {
  await server.close();
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** a raw request: node:http lets us set Host, Origin and the path exactly as an attacker would */
function raw(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; setHost?: boolean }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, method: opts.method ?? 'POST', path: opts.path, headers: opts.headers ?? {}, setHost: opts.setHost ?? true },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const host = () => `127.0.0.1:${server.port}`;
const api = (method: string, headers: Record<string, string> = {}, body = '{}') =>
  raw({ path: `/api/${method}`, headers: { host: host(), 'content-type': 'application/json', 'x-redaksi-token': server.token, ...headers }, body });

describe('web mode: requests that must be refused', () => {
  it('accepts the genuine call (so the refusals below are meaningful)', async () => {
    const r = await api('drafts.list');
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: [] });
    expect((await api('drafts.list', { host: `localhost:${server.port}`, origin: `http://localhost:${server.port}` })).status).toBe(200);
  });

  it('near-miss Host headers are refused (DNS rebinding)', async () => {
    for (const h of [`localhost.evil.example:${server.port}`, `127.0.0.1.nip.io:${server.port}`, `127.0.0.1:${server.port + 1}`, '127.0.0.1', 'evil.example', `127.0.0.2:${server.port}`]) {
      const r = await api('drafts.list', { host: h });
      expect([400, 403], `Host "${h}"`).toContain(r.status);
      expect(r.body).not.toContain('"ok":true');
    }
    // no Host header at all (HTTP/1.0 style)
    const none = await raw({ path: '/api/drafts.list', setHost: false, headers: { 'content-type': 'application/json', 'x-redaksi-token': server.token }, body: '{}' });
    expect([400, 403]).toContain(none.status);
  });

  it('near-miss Origins are refused (CSRF from another page)', async () => {
    for (const o of ['null', `http://127.0.0.1:${server.port + 1}`, `https://127.0.0.1:${server.port}`, `http://localhost.evil.example:${server.port}`, `http://127.0.0.1:${server.port}.evil.example`, 'file://']) {
      const r = await api('drafts.create', { origin: o }, '{"headline":"csrf"}');
      expect(r.status, `Origin "${o}"`).toBe(403);
    }
    expect((await services['drafts.list']({})).map((d) => d.headline)).not.toContain('csrf');
  });

  it('the token counts only in its header: not in the query, a cookie or Authorization', async () => {
    const t = server.token;
    const base = { host: host(), 'content-type': 'application/json' };
    for (const attempt of [
      raw({ path: `/api/drafts.list?token=${t}`, headers: base, body: '{}' }),
      raw({ path: `/api/drafts.list#token=${t}`, headers: base, body: '{}' }),
      raw({ path: '/api/drafts.list', headers: { ...base, cookie: `token=${t}; x-redaksi-token=${t}` }, body: '{}' }),
      raw({ path: '/api/drafts.list', headers: { ...base, authorization: `Bearer ${t}` }, body: '{}' }),
      raw({ path: '/api/drafts.list', headers: { ...base, 'x-redaksi-token': t.toUpperCase() === t ? t.toLowerCase() : t.toUpperCase() }, body: '{}' }),
    ]) {
      expect((await attempt).status).toBe(401);
    }
  });

  it('requests a browser can send cross-site without preflight are refused: GET, form posts, text/plain', async () => {
    expect((await raw({ method: 'GET', path: '/api/drafts.list', headers: { host: host(), 'x-redaksi-token': server.token } })).status).toBe(403);
    for (const ct of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const r = await api('drafts.create', { 'content-type': ct }, '{"headline":"form"}');
      expect(r.status, ct).toBe(400);
    }
    expect((await services['drafts.list']({})).map((d) => d.headline)).not.toContain('form');
  });

  it('a body over the limit is refused with 413 without being buffered whole', async () => {
    const big = Buffer.alloc(34 * 1024 * 1024, 0x20);
    const r = await api('drafts.create', {}, big as unknown as string).catch((e: NodeJS.ErrnoException) => ({ status: e.code === 'ECONNRESET' || e.code === 'EPIPE' ? 413 : 0, body: '', headers: {} }));
    expect(r.status).toBe(413);
  });

  it('static files: no path traversal out of the web root, CSP without unsafe-eval on the page', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/....//secret.txt', '/..\\secret.txt', `/${'../'.repeat(8)}etc/passwd`]) {
      const r = await raw({ method: 'GET', path: p, headers: { host: host() } });
      expect(r.body, p).not.toContain('TOP-SECRET');
      expect(r.body, p).not.toMatch(/root:.*:0:0:/);
    }
    const page = await raw({ method: 'GET', path: '/', headers: { host: host() } });
    expect(page.status).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toMatch(/default-src/);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(page.headers['x-frame-options']).toBe('DENY');
    // static files also check the Host
    expect((await raw({ method: 'GET', path: '/', headers: { host: 'evil.example' } })).status).toBe(403);
  });

  it('polluting JSON bodies over HTTP give structured replies and leave the server process unpolluted', async () => {
    const keysBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('drafts.create', 'drafts.save', 'settings.set', 'drafts.list', 'backups.restore', 'nope', '__proto__', 'constructor'),
        fc.jsonValue({ maxDepth: 3 }),
        fc.constantFrom('{"__proto__":{"polluted":"yes"}}', '{"constructor":{"prototype":{"polluted":"yes"}}}', '{"meta":{"__proto__":{"polluted":"yes"}}}', '{"headline":{"__proto__":{"polluted":"yes"}}}'),
        async (method, extra, polluter) => {
          const body = JSON.stringify(extra).startsWith('{') && JSON.stringify(extra) !== '{}' ? polluter.slice(0, -1) + ',' + JSON.stringify(extra).slice(1) : polluter;
          const r = await api(method, {}, body);
          expect([200, 400, 404, 409]).toContain(r.status);
          const env = JSON.parse(r.body) as { ok: boolean; error?: { code: string } };
          expect(typeof env.ok).toBe('boolean');
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: 60 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(keysBefore);
  });
});

describe('web mode: loopback only', () => {
  it('refuses every non-loopback bind address, including tricks', async () => {
    for (const h of ['0.0.0.0', '::', '', '0177.0.0.1', '::ffff:0.0.0.0', '127.0.0.1 ', 'localhost.', '10.0.0.1']) {
      await expect(startHttpServer({ services, host: h }), `host "${h}"`).rejects.toThrow();
    }
  });

  it('is not reachable on any non-loopback address of this machine', async () => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .filter((a): a is os.NetworkInterfaceInfo => !!a && !a.internal && a.family === 'IPv4')
      .map((a) => a.address);
    if (external.length === 0) console.log('notice: this machine has no non-loopback IPv4 address; the reachability half of this test checks nothing beyond loopback');
    for (const addr of external) {
      const outcome = await new Promise<string>((resolve) => {
        const s = net.connect({ host: addr, port: server.port, timeout: 2000 });
        s.on('connect', () => {
          s.destroy();
          resolve('connected');
        });
        s.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
        s.on('timeout', () => {
          s.destroy();
          resolve('timeout');
        });
      });
      expect(outcome, addr).not.toBe('connected');
    }
    // and it is reachable on loopback, so the probe works
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect({ host: '127.0.0.1', port: server.port }, () => {
        s.destroy();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    expect(ok).toBe(true);
  });
});
