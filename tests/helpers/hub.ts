/**
 * A newsroom hub for a test file: one throw-away PostgreSQL cluster (tests/helpers/postgres.ts),
 * a fresh database per `freshHub()`, migrated, with the hub server running in this process.
 */
import { afterAll } from 'vitest';
import { openPool, type Pool } from '../../hub/db.js';
import { migrateHub } from '../../hub/migrate.js';
import { startHubServer, type RunningHub } from '../../hub/server.js';
import { addUser } from '../../hub/users.js';
import type { HubRole } from '../../shared/model/newsroom.js';
import { startPostgres, type PgCluster } from './postgres.js';

let cluster: Promise<PgCluster> | undefined;
const cleanups: Array<() => Promise<void>> = [];

/** the file's cluster, started on first use and stopped after the file's tests */
export function pgCluster(): Promise<PgCluster> {
  cluster ??= startPostgres();
  return cluster;
}

afterAll(async () => {
  while (cleanups.length) await cleanups.pop()!();
  if (cluster) await (await cluster).stop();
  cluster = undefined;
});

export interface TestHub {
  url: string;
  databaseUrl: string;
  pool: Pool;
  server: RunningHub;
  /** adds a user with password `<name>-password` */
  user(name: string, role: HubRole): Promise<void>;
  /** signs in and returns the token */
  login(name: string): Promise<string>;
}

export const passwordOf = (name: string) => `${name}-password`;

export async function freshHub(): Promise<TestHub> {
  const pg = await pgCluster();
  const databaseUrl = await pg.createDatabase();
  const pool = openPool(databaseUrl);
  await migrateHub(pool);
  const server = await startHubServer({ pool });
  cleanups.push(async () => {
    await server.close();
    await pool.end();
  });
  return {
    url: server.url,
    databaseUrl,
    pool,
    server,
    user: async (name, role) => void (await addUser(pool, name, role, passwordOf(name))),
    login: async (name) => {
      const r = await hubPost(server.url, 'session.login', { name, password: passwordOf(name) });
      if (r.status !== 200) throw new Error(`login ${name}: ${JSON.stringify(r.body)}`);
      return (r.body as { value: { token: string } }).value.token;
    },
  };
}

export interface HubAnswer {
  status: number;
  body: { ok: boolean; value?: unknown; error?: { code: string; message: string; detail?: Record<string, unknown> } };
}

/** a raw call, as any HTTP client would make it */
export async function hubPost(url: string, name: string, input: unknown, token?: string, rawBody?: string): Promise<HubAnswer> {
  const res = await fetch(`${url}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: rawBody ?? JSON.stringify(input),
  });
  return { status: res.status, body: (await res.json()) as HubAnswer['body'] };
}
