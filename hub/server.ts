/**
 * The hub's HTTP API: `POST /api/<call>` with a JSON body, answered with the contract's
 * envelope. Every call but `session.login` needs a valid session; every input is validated
 * with zod (shared/api/hub-contract.ts) before anything reads it. Bad input is a 4xx, a lost
 * database a 503; nothing a request sends can end the process. Bodies, passwords and tokens are
 * never logged.
 */
import { pushDecision, pullDecisions } from './decisions.js';
import { pushFact, pullFacts } from './facts.js';
import http from 'node:http';
import https from 'node:https';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { ApiError, HTTP_STATUS } from '../shared/api/errors.js';
import { HUB_CALLS, type HubCall, type HubInput, type HubResults } from '../shared/api/hub-contract.js';
import { isDatabaseUnavailable, type Pool } from './db.js';
import { authenticate, login, logout, type AuthedActor } from './sessions.js';
import { getStory, pullStories, pushStory, recordExport, setStatus } from './stories.js';
import { addUser, disableUser, listUserNames, listUsers } from './users.js';
import { pullComments, pushComment, pushCommentBatch } from './comments.js';
import { acquireLock, getLock, heartbeat, releaseLock } from './locks.js';

/** a 10,000-word story is about 1 MB of Lexical JSON */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

type Handler<K extends HubCall> = (pool: Pool, actor: AuthedActor, input: HubInput<K>) => Promise<HubResults[K]>;

function adminOnly(actor: AuthedActor): void {
  if (actor.role !== 'admin') throw new ApiError('forbidden', `Only an admin manages users; you are ${actor.name} (${actor.role}).`);
}

const HANDLERS: { [K in Exclude<HubCall, 'session.login' | 'session.logout'>]: Handler<K> } = {
  'session.whoami': async (_p, a) => ({ name: a.name, role: a.role }),
  'sync.push': pushStory,
  'sync.pull': (p, _a, i) => pullStories(p, i),
  'stories.get': (p, _a, i) => getStory(p, i.id),
  'workflow.setStatus': setStatus,
  'workflow.recordExport': recordExport,
  'locks.acquire': (p, a, i) => acquireLock(p, a, i.id, i.takeOver ?? false),
  'locks.heartbeat': (p, a, i) => heartbeat(p, a, i.id),
  'locks.release': (p, a, i) => releaseLock(p, a, i.id),
  'locks.get': (p, a, i) => getLock(p, a, i.id),
  'users.add': (p, a, i) => (adminOnly(a), addUser(p, i.name, i.role, i.password)),
  'users.list': (p, a) => (adminOnly(a), listUsers(p)),
  'users.disable': (p, a, i) => (adminOnly(a), disableUser(p, i.name)),
  'users.names': (p) => listUserNames(p),
  'comments.push': pushComment,
  'comments.pushBatch': pushCommentBatch,
  'comments.pull': (p, _a, i) => pullComments(p, i),
  'decisions.push': pushDecision,
  'decisions.pull': (p, _a, i) => pullDecisions(p, i),
  'facts.push': pushFact,
  'facts.pull': (p, _a, i) => pullFacts(p, i),
};

class BodyTooLarge extends Error {}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        reject(new BodyTooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function bearer(req: http.IncomingMessage): string | undefined {
  const m = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(req.headers.authorization ?? '');
  return m?.[1];
}

function send(res: http.ServerResponse, status: number, payload: unknown, close = false): void {
  if (res.headersSent) return;
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body), ...(close ? { connection: 'close' } : {}) });
  res.end(body);
}

function sendError(res: http.ServerResponse, e: ApiError, close = false): void {
  send(res, HTTP_STATUS[e.code], { ok: false, error: e.toShape() }, close);
}

async function handle(pool: Pool, req: http.IncomingMessage, res: http.ServerResponse, log: (line: string) => void): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://hub');
  if (req.method === 'GET' && url.pathname === '/health') return send(res, 200, { ok: true, value: { service: 'redaksi-hub' } });
  const m = /^\/api\/([a-zA-Z.]+)$/.exec(url.pathname);
  const name = m?.[1];
  if (!name || !Object.hasOwn(HUB_CALLS, name)) return sendError(res, new ApiError('unknown-method', `No hub call ${url.pathname}.`));
  if (req.method !== 'POST') return sendError(res, new ApiError('invalid-argument', 'Hub calls are POST requests.'));
  const call = name as HubCall;
  let raw: Buffer;
  try {
    raw = await readBody(req);
  } catch (e) {
    if (e instanceof BodyTooLarge) return sendError(res, new ApiError('too-large', `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`), true);
    throw e;
  }
  let json: unknown;
  try {
    json = raw.length ? JSON.parse(raw.toString('utf8')) : {};
  } catch {
    return sendError(res, new ApiError('invalid-argument', 'The request body is not valid JSON.'));
  }
  const token = bearer(req);
  try {
    // the session before the input: a caller without one learns nothing, not even what is valid
    const actor = call === 'session.login' ? null : await authenticate(pool, token);
    const parsed = HUB_CALLS[call].safeParse(json);
    if (!parsed.success) {
      throw new ApiError('invalid-argument', `Invalid input for ${call}.`, { issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
    }
    let value: unknown;
    if (call === 'session.login') {
      const input = parsed.data as HubInput<'session.login'>;
      value = await login(pool, input.name, input.password, req.socket.remoteAddress ?? '');
      log(`sign-in: ${input.name}`);
    } else if (call === 'session.logout') {
      await logout(pool, token!);
      value = { ok: true };
    } else {
      const handler = HANDLERS[call] as Handler<typeof call>;
      value = await handler(pool, actor!, parsed.data as never);
    }
    send(res, 200, { ok: true, value });
  } catch (e) {
    if (e instanceof ApiError) return sendError(res, e);
    if (isDatabaseUnavailable(e)) {
      return send(res, 503, { ok: false, error: { code: 'internal', message: 'The newsroom database is not reachable right now; try again shortly.' } });
    }
    log(`internal error in ${call}: ${e instanceof Error ? e.message : String(e)}`);
    sendError(res, new ApiError('internal', 'The hub could not complete this call (see its log).'));
  }
}

export interface HubServerOptions {
  pool: Pool;
  port?: number;
  host?: string;
  tls?: { cert: string; key: string };
  log?: (line: string) => void;
}

export interface RunningHub {
  url: string;
  close(): Promise<void>;
}

export async function startHubServer(opts: HubServerOptions): Promise<RunningHub> {
  const log = opts.log ?? (() => {});
  const listener = (req: http.IncomingMessage, res: http.ServerResponse) => {
    handle(opts.pool, req, res, log).catch((e: unknown) => {
      log(`request failed: ${e instanceof Error ? e.message : String(e)}`);
      send(res, 500, { ok: false, error: { code: 'internal', message: 'The hub could not complete this call.' } });
    });
  };
  const server = opts.tls ? https.createServer({ cert: fs.readFileSync(opts.tls.cert), key: fs.readFileSync(opts.tls.key) }, listener) : http.createServer(listener);
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  // a client that drops its connection mid-request must not take the process with it
  server.on('clientError', (_e, socket) => socket.destroy());
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `${opts.tls ? 'https' : 'http'}://${shownHost}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
