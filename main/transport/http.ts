/**
 * Web-mode transport: the renderer served on loopback, calls as POST /api/<method>.
 * Loopback only (refuses to bind anything else), a random per-run token on every call
 * (compared in constant time), Host and Origin checked against our own address so a web page
 * elsewhere cannot drive the API through DNS rebinding or CSRF.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Services } from '../../shared/api/contract.js';
import { LIMITS } from '../../shared/api/schemas.js';
import { HTTP_STATUS, type ApiErrorShape, type Envelope } from '../../shared/api/errors.js';
import { dispatch, type Logger } from './dispatch.js';
import { CONTENT_SECURITY_POLICY } from '../app/csp.js';
import { errorDetail } from '../../shared/api/errors.js';

export const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export interface HttpOptions {
  services: Services;
  host?: string;
  port?: number;
  token?: string;
  /** the built renderer (index.html + assets); omitted: API only */
  staticDir?: string;
  log?: Logger;
}

export interface RunningServer {
  url: string;
  port: number;
  host: string;
  token: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function sendJson(res: http.ServerResponse, status: number, body: Envelope<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS });
  res.end(text);
}

function fail(res: http.ServerResponse, code: ApiErrorShape['code'], message: string): void {
  sendJson(res, HTTP_STATUS[code], { ok: false, error: { code, message } });
}

function tokenMatches(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A request we refuse to interpret (a bad percent-encoding, an unparsable URL): answered 400. */
class MalformedRequest extends Error {}

function requestUrl(req: http.IncomingMessage): URL {
  try {
    return new URL(req.url ?? '/', 'http://x');
  } catch {
    throw new MalformedRequest('The request URL cannot be parsed.');
  }
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    let ended = false;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(Object.assign(new Error('too large'), { tooLarge: true }));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      ended = true;
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
    // a client that hangs up halfway through its body: settle, so nothing waits on it forever
    req.on('close', () => {
      if (!ended) reject(Object.assign(new Error('the client closed the connection'), { aborted: true }));
    });
  });
}

function serveStatic(url: URL, res: http.ServerResponse, dir: string): void {
  let rel: string;
  try {
    rel = decodeURIComponent(url.pathname);
  } catch {
    throw new MalformedRequest('The request path has a bad percent-encoding.');
  }
  if (rel.includes('\0')) throw new MalformedRequest('The request path contains a NUL byte.');
  if (rel === '/' || rel === '') rel = '/index.html';
  const file = path.resolve(dir, '.' + path.posix.normalize(rel));
  if (!file.startsWith(path.resolve(dir) + path.sep)) {
    res.writeHead(403).end();
    return;
  }
  fs.readFile(file, (err, data) => {
    if (err) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'cache-control': rel === '/index.html' ? 'no-store' : 'max-age=300',
      ...SECURITY_HEADERS,
    });
    res.end(data);
  });
}

/** the request as a log line: method and a bounded, printable URL (it may be hostile) */
function describeRequest(req: http.IncomingMessage): string {
  const url = (req.url ?? '').slice(0, 200).replace(/[^\x20-\x7e]/g, '?');
  return `${String(req.method).slice(0, 20)} ${url}`;
}

/** "application/json; charset=utf-8" -> "application/json" (and not "application/jsonp") */
function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

function errorText(e: unknown): string {
  return errorDetail(e);
}

export async function startHttpServer(opts: HttpOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  if (!isLoopbackHost(host)) throw new Error(`Web mode only listens on loopback (127.0.0.1, ::1 or localhost); refused "${host}".`);
  const token = opts.token ?? randomBytes(24).toString('base64url');
  let allowedHosts = new Set<string>();
  let origins = new Set<string>();

  const log: Logger = opts.log ?? ((m) => console.error(m));

  const handle = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    // Host must name us: a DNS-rebinding page would send its own host name.
    if (!allowedHosts.has((req.headers.host ?? '').toLowerCase())) return fail(res, 'forbidden', 'Unexpected Host header.');
    const url = requestUrl(req);
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return fail(res, 'forbidden', 'Method not allowed.');
      if (!opts.staticDir) return fail(res, 'not-found', 'No renderer is served here.');
      return serveStatic(url, res, opts.staticDir);
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !origins.has(origin)) return fail(res, 'forbidden', 'Calls from another origin are refused.');
    if (req.method !== 'POST') return fail(res, 'forbidden', 'API calls are POST.');
    if (!tokenMatches(req.headers['x-redaksi-token'] as string | undefined, token)) return fail(res, 'unauthorized', 'Missing or wrong token: open the URL that `npm run web` printed.');
    if (mediaType(req.headers['content-type']) !== 'application/json') return fail(res, 'invalid-argument', 'API calls send JSON.');
    const method = url.pathname.slice('/api/'.length);
    readBody(req, LIMITS.bodyJsonBytes + 1024 * 1024)
      .then(async (text) => {
        let input: unknown;
        try {
          input = text ? JSON.parse(text) : {};
        } catch {
          return fail(res, 'invalid-argument', 'The request body is not valid JSON.');
        }
        const reply = await dispatch(opts.services, method, input, opts.log);
        sendJson(res, reply.ok ? 200 : HTTP_STATUS[reply.error.code], reply);
      })
      .catch((e: { tooLarge?: boolean; aborted?: boolean }) => {
        if (e?.aborted || res.headersSent || res.destroyed) return;
        if (e?.tooLarge) fail(res, 'too-large', 'The request is too large.');
        else {
          log(`web mode: ${describeRequest(req)}: ${errorText(e)}`);
          fail(res, 'internal', 'The request could not be read.');
        }
      });
  };

  const server = http.createServer((req, res) => {
    // Whatever a request does, it must not take the server down with it: a malformed one is
    // answered 400, anything else unexpected is logged with the request and answered 500.
    try {
      handle(req, res);
    } catch (e) {
      if (!(e instanceof MalformedRequest)) log(`web mode: unexpected error on ${describeRequest(req)}: ${errorText(e)}`);
      if (res.headersSent) res.destroy();
      else if (e instanceof MalformedRequest) fail(res, 'invalid-argument', e.message);
      else fail(res, 'internal', 'Something went wrong inside Redaksi; nothing was changed.');
    }
  });
  // Requests Node's parser rejects (a bad method, a header over the limit, a broken chunk, a
  // client too slow to send its headers) get a plain status line before the socket closes,
  // rather than a silent hang-up; a socket already gone has nobody to answer.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || err.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });
  server.headersTimeout = 30_000;
  server.requestTimeout = 120_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;
  if (!isLoopbackHost(address) && address !== '::ffff:127.0.0.1') {
    server.close();
    throw new Error(`Refusing to serve on non-loopback address ${address}.`);
  }
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  origins = new Set([...allowedHosts].map((h) => `http://${h}`));
  const urlHost = host === '::1' ? '[::1]' : host;
  return {
    url: `http://${urlHost}:${port}/`,
    port,
    host,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
