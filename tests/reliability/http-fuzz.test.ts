/**
 * Web mode under malformed traffic (issue 16): thousands of raw requests over plain sockets,
 * the kind any local program or web page can send: bad percent-encodings, overlong URLs and
 * headers, invalid methods, bodies that are not JSON, wrong content types, requests cut halfway,
 * clients that trickle their bytes. Every request must get an HTTP answer (or, for a request cut
 * before it was complete, a clean close), the server must stay up, and a real save must work
 * afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '../../main/store/index.js';
import { createServices } from '../../main/services/index.js';
import { startHttpServer, type RunningServer } from '../../main/transport/http.js';
import { rng } from '../helpers/corpus.js';

const TOTAL = 5_200;
const CONCURRENCY = 48;
const PER_REQUEST_TIMEOUT_MS = 8_000;

let dir: string;
let store: Store;
let server: RunningServer;
const logged: string[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-fuzz-'));
  store = openStore(path.join(dir, 'data'));
  const staticDir = path.join(dir, 'www');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Redaksi</title>');
  server = await startHttpServer({ services: createServices(store), port: 0, staticDir, log: (m) => logged.push(m) });
});

afterAll(async () => {
  await server?.close();
  store?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** how a case is sent: whole, cut after some bytes (then half-closed), or trickled slowly */
type Delivery = { kind: 'whole' } | { kind: 'cut'; at: number } | { kind: 'slow'; chunk: number; gapMs: number };

interface Case {
  family: string;
  bytes: Buffer;
  delivery: Delivery;
  /** the status every answer must have, when the family demands one */
  expect?: number[];
}

interface Outcome {
  status?: number;
  closedWithoutAnswer: boolean;
  timedOut: boolean;
  error?: string;
}

function send(c: Case): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket = net.connect(server.port, '127.0.0.1');
    let received = '';
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const finish = (o: Omit<Outcome, 'status'>) => {
      if (settled) return;
      settled = true;
      timers.forEach(clearTimeout);
      socket.destroy();
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(received);
      resolve({ ...o, ...(m ? { status: Number(m[1]) } : {}) });
    };
    timers.push(setTimeout(() => finish({ closedWithoutAnswer: false, timedOut: true }), PER_REQUEST_TIMEOUT_MS));
    socket.on('data', (d: Buffer) => {
      received += d.toString('latin1');
      // one answer is all we wait for (a keep-alive server would otherwise hold the socket)
      if (/^HTTP\/1\.[01] \d{3}[^]*?\r\n\r\n/.test(received)) finish({ closedWithoutAnswer: false, timedOut: false });
    });
    socket.on('end', () => finish({ closedWithoutAnswer: received === '', timedOut: false }));
    socket.on('close', () => finish({ closedWithoutAnswer: received === '', timedOut: false }));
    socket.on('error', (e: NodeJS.ErrnoException) => finish({ closedWithoutAnswer: received === '', timedOut: false, error: e.code ?? e.message }));
    socket.on('connect', () => {
      const d = c.delivery;
      if (d.kind === 'whole') socket.write(c.bytes);
      else if (d.kind === 'cut') socket.end(c.bytes.subarray(0, d.at));
      else {
        let at = 0;
        const step = () => {
          if (settled || at >= c.bytes.length) return;
          socket.write(c.bytes.subarray(at, at + d.chunk));
          at += d.chunk;
          timers.push(setTimeout(step, d.gapMs));
        };
        step();
      }
    });
  });
}

// a deterministic generator (the helpers' mulberry32), so a failure names a case that can be replayed
const prng = rng;

function buildCases(): Case[] {
  const rnd = prng(16);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const host = `127.0.0.1:${server.port}`;
  const token = server.token;
  const req = (head: string, body = '') => Buffer.from(`${head}\r\n\r\n${body}`, 'latin1');
  const api = (method: string, contentType: string, body: string) =>
    req(`POST /api/${method} HTTP/1.1\r\nHost: ${host}\r\nContent-Type: ${contentType}\r\nX-Redaksi-Token: ${token}\r\nContent-Length: ${Buffer.byteLength(body, 'latin1')}\r\nConnection: close`, body);
  const badEscapes = ['%', '%%', '%zz', '%e0%a4', '%c3%28', '%ff', '%ed%a0%80', '%u0041', '%0', '%%41', '%00'];
  const invalidMethods = ['G@T', 'GE T', '', '\x00GET', 'BREW', 'get', 'PO$T', 'X'.repeat(300), '(){', 'GET\t'];
  const notJson = ['{', '}', 'undefined', "{'a':1}", '{"headline":', '\x00\x01\x02', 'NaN', '[1,2,', '{"a":1}}', '\ufeff{}', '{"__proto__":{"x":1}', 'null null'];
  const contentTypes = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '', 'application/jsonp', 'text/json', '*/*', 'application/xml'];
  const methods = ['drafts.list', 'drafts.create', 'drafts.save', 'no.such', 'drafts.get', '%zz', '__proto__', 'constructor'];

  const families: Array<() => Case> = [
    () => ({ family: 'bad percent-encoding (static)', bytes: req(`GET /${pick(badEscapes)}${pick(['', 'x', '/index.html', pick(badEscapes)])} HTTP/1.1\r\nHost: ${host}\r\nConnection: close`), delivery: { kind: 'whole' }, expect: [400] }),
    () => ({ family: 'bad percent-encoding (api)', bytes: api(`drafts.list${pick(badEscapes)}`, 'application/json', '{}'), delivery: { kind: 'whole' }, expect: [404] }),
    () => ({ family: 'overlong URL', bytes: req(`GET /${'a'.repeat(20_000 + Math.floor(rnd() * 80_000))} HTTP/1.1\r\nHost: ${host}\r\nConnection: close`), delivery: { kind: 'whole' }, expect: [404, 431] }),
    () => ({ family: 'overlong header', bytes: req(`GET / HTTP/1.1\r\nHost: ${host}\r\nX-Long: ${'b'.repeat(20_000 + Math.floor(rnd() * 40_000))}\r\nConnection: close`), delivery: { kind: 'whole' }, expect: [431] }),
    () => ({ family: 'many headers', bytes: req(`GET / HTTP/1.1\r\nHost: ${host}\r\n${Array.from({ length: 3000 }, (_, i) => `X-H${i}: v`).join('\r\n')}\r\nConnection: close`), delivery: { kind: 'whole' }, expect: [431] }),
    () => ({ family: 'invalid method', bytes: req(`${pick(invalidMethods)} / HTTP/1.1\r\nHost: ${host}\r\nConnection: close`), delivery: { kind: 'whole' }, expect: [400] }),
    () => ({ family: 'broken request line', bytes: req(pick(['GET', 'GET /', 'GET / HTTP/9.9', '/ HTTP/1.1', 'GET  / HTTP/1.1', 'GET / HTTP/1.1 extra', '\r\n\r\nGET / HTTP/1.1', 'GET\x7f/ HTTP/1.1'])), delivery: { kind: 'whole' }, expect: [400, 403, 505] }),
    () => ({ family: 'broken header', bytes: req(`GET / HTTP/1.1\r\nHost: ${host}\r\n${pick(['NoColon', ' leading: space', 'Bad Name: x', 'X: a\rb', 'X: \x00', 'Content-Length: -1', 'Content-Length: 1\r\nContent-Length: 2', 'Transfer-Encoding: chunked\r\nContent-Length: 3', 'Transfer-Encoding: bogus'])}\r\nConnection: close`), delivery: { kind: 'whole' }, expect: [400, 501] }),
    () => ({ family: 'not JSON', bytes: api(pick(methods.slice(0, 3)), 'application/json', pick(notJson)), delivery: { kind: 'whole' }, expect: [400] }),
    () => ({ family: 'JSON of the wrong shape', bytes: api(pick(methods), 'application/json', pick(['[]', '1', '"x"', '{"id":{"$gt":""}}', '{"headline":' + JSON.stringify('x'.repeat(5000)) + '}', JSON.stringify({ a: Array(50).fill({ b: [] }) }), '['.repeat(5000) + ']'.repeat(5000)])), delivery: { kind: 'whole' }, expect: [400, 404] }),
    () => ({ family: 'wrong content type', bytes: api('drafts.list', pick(contentTypes), '{}'), delivery: { kind: 'whole' }, expect: [400] }),
    () => ({ family: 'bad chunked body', bytes: req(`POST /api/drafts.list HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nX-Redaksi-Token: ${token}\r\nTransfer-Encoding: chunked\r\nConnection: close`, pick(['zz\r\n{}\r\n0\r\n\r\n', '-1\r\n\r\n', 'ffffffffffffffffff\r\n', '2;\x00\r\n{}\r\n0\r\n\r\n'])), delivery: { kind: 'whole' }, expect: [400] }),
    () => {
      const bytes = api('drafts.create', 'application/json', JSON.stringify({ headline: 'cut' }));
      return { family: 'cut halfway', bytes, delivery: { kind: 'cut', at: 1 + Math.floor(rnd() * (bytes.length - 2)) } };
    },
    () => {
      const bytes = api(pick(['drafts.list', 'drafts.get']), 'application/json', pick(['{}', '{"id":"nope"}', '{', 'x']));
      return { family: 'slow client', bytes, delivery: { kind: 'slow', chunk: 16 + Math.floor(rnd() * 48), gapMs: 5 + Math.floor(rnd() * 15) } };
    },
    () => ({ family: 'random bytes', bytes: Buffer.from(Array.from({ length: 1 + Math.floor(rnd() * 600) }, () => Math.floor(rnd() * 256))), delivery: { kind: 'whole' }, expect: [400] }),
  ];
  return Array.from({ length: TOTAL }, (_, i) => families[i % families.length]!());
}

async function inParallel<T, R>(items: T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

describe('web mode survives malformed traffic', () => {
  it(`answers ${TOTAL} malformed raw requests, stays up, and still saves`, { timeout: 60_000 }, async () => {
    const cases = buildCases();
    const started = Date.now();
    const outcomes = await inParallel(cases, CONCURRENCY, send);
    const elapsed = Date.now() - started;

    const problems: string[] = [];
    const byFamily = new Map<string, { n: number; statuses: Map<string, number> }>();
    outcomes.forEach((o, i) => {
      const c = cases[i]!;
      const fam = byFamily.get(c.family) ?? { n: 0, statuses: new Map() };
      fam.n++;
      const key = o.status !== undefined ? String(o.status) : o.timedOut ? 'timeout' : `closed${o.error ? `:${o.error}` : ''}`;
      fam.statuses.set(key, (fam.statuses.get(key) ?? 0) + 1);
      byFamily.set(c.family, fam);
      const sample = JSON.stringify(c.bytes.subarray(0, 120).toString('latin1'));
      if (o.timedOut) problems.push(`${c.family}: no answer within ${PER_REQUEST_TIMEOUT_MS} ms: ${sample}`);
      else if (c.delivery.kind === 'cut') {
        // an incomplete request may be answered 400 or closed; a 5xx would be a crash in disguise
        if (o.status !== undefined && o.status >= 500) problems.push(`${c.family}: status ${o.status}: ${sample}`);
      } else if (o.status === undefined) problems.push(`${c.family}: closed without an answer (${o.error ?? 'clean'}): ${sample}`);
      else if (o.status >= 500 && o.status !== 505 && o.status !== 501) problems.push(`${c.family}: status ${o.status}: ${sample}`);
      else if (c.expect && !c.expect.includes(o.status)) problems.push(`${c.family}: status ${o.status}, expected ${c.expect.join('/')}: ${sample}`);
    });
    const summary = [...byFamily].map(([f, { n, statuses }]) => `${f} (${n}): ${[...statuses].map(([s, k]) => `${s}×${k}`).join(' ')}`).join('\n');
    console.log(`${TOTAL} malformed requests in ${elapsed} ms\n${summary}`);
    expect(problems.slice(0, 20), summary).toEqual([]);
    expect(elapsed).toBeLessThan(45_000);
    // nothing unexpected reached the last-resort log: every request was bad input, not a bug
    expect(logged.filter((m) => /unexpected/.test(m))).toEqual([]);

    // the server is still up and a genuine save goes through
    const call = async (method: string, body: unknown) => {
      const r = await fetch(`${server.url}api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-redaksi-token': server.token }, body: JSON.stringify(body) });
      return { status: r.status, json: (await r.json()) as { ok: boolean; value: { id: string; headline: string; revision?: number } } };
    };
    const created = await call('drafts.create', { headline: 'After the fuzz' });
    expect(created.status).toBe(200);
    const saved = await call('drafts.save', { id: created.json.value.id, headline: 'Saved after the fuzz' });
    expect(saved.status).toBe(200);
    const got = await call('drafts.get', { id: created.json.value.id });
    expect(got.json.value.headline).toBe('Saved after the fuzz');
  });
});
