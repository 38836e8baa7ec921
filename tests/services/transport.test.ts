import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { openStore, type Store } from '../../main/store/index.js';
import { createServices } from '../../main/services/index.js';
import { dispatch } from '../../main/transport/dispatch.js';
import { startHttpServer, type RunningServer } from '../../main/transport/http.js';
import type { Services } from '../../shared/api/contract.js';
import { tempDir } from '../helpers/tmp.js';

let store: Store;
let services: Services;
beforeEach(() => {
  store = openStore(tempDir());
  services = createServices(store);
});
afterEach(() => store.close());

describe('dispatch (shared by IPC and HTTP)', () => {
  it('answers wrong argument types with a structured error naming the field', async () => {
    const r = await dispatch(services, 'drafts.save', { id: 42, headline: ['x'] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid-argument');
    expect(r.error.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(['id', 'headline']));
  });

  it('refuses unknown methods, prototype keys and extra fields', async () => {
    for (const m of ['__proto__', 'constructor', 'toString', 'drafts.drop', 42]) {
      const r = await dispatch(services, m, {});
      expect(r.ok ? 'ok' : r.error.code).toBe('unknown-method');
    }
    const r = await dispatch(services, 'drafts.create', JSON.parse('{"__proto__": {"polluted": true}, "headline": "x"}'));
    expect(r.ok ? 'ok' : r.error.code).toBe('invalid-argument');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('turns a disk-full error into storage-full, not a crash', async () => {
    const failing = { ...services, 'drafts.save': () => { throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }); } } as Services;
    const r = await dispatch(failing, 'drafts.save', { id: 'abc' });
    expect(r.ok ? 'ok' : r.error.code).toBe('storage-full');
  });
});

describe('web-mode HTTP transport', () => {
  let server: RunningServer;
  beforeEach(async () => {
    server = await startHttpServer({ services, port: 0 });
  });
  afterEach(() => server.close());

  const post = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-redaksi-token': server.token, ...headers }, body: JSON.stringify(body) });

  it('binds loopback only and refuses any other address', async () => {
    expect(server.host).toBe('127.0.0.1');
    await expect(startHttpServer({ services, host: '0.0.0.0' })).rejects.toThrow(/loopback/);
    await expect(startHttpServer({ services, host: '192.168.1.10' })).rejects.toThrow(/loopback/);
  });

  it('serves a call with the token and refuses one without it (401)', async () => {
    const ok = await post('drafts.create', { headline: 'Halo' });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { value: { headline: string } }).value.headline).toBe('Halo');
    const no = await post('drafts.list', {}, { 'x-redaksi-token': '' });
    expect(no.status).toBe(401);
    // The last character always changes: a random token may already end in "x".
    const wrong = await post('drafts.list', {}, { 'x-redaksi-token': server.token.slice(0, -1) + (server.token.endsWith('x') ? 'y' : 'x') });
    expect(wrong.status).toBe(401);
  });

  it('refuses a foreign Origin and a foreign Host (DNS rebinding)', async () => {
    expect((await post('drafts.list', {}, { origin: 'https://evil.example' })).status).toBe(403);
    const res = await new Promise<number>((resolve) => {
      // fetch will not let us forge Host; use node:http directly
      void import('node:http').then((http) => {
        const req = http.request({ host: '127.0.0.1', port: server.port, path: '/api/drafts.list', method: 'POST', headers: { host: 'evil.example', 'content-type': 'application/json', 'x-redaksi-token': server.token } }, (r) => resolve(r.statusCode ?? 0));
        req.end('{}');
      });
    });
    expect(res).toBe(403);
  });

  it('answers malformed JSON and wrong types with 400 and a structured error', async () => {
    const bad = await fetch(`${server.url}api/drafts.list`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-redaksi-token': server.token }, body: '{not json' });
    expect(bad.status).toBe(400);
    const wrong = await post('drafts.get', { id: { $gt: '' } });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('invalid-argument');
  });
});
