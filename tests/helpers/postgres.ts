/**
 * A throw-away PostgreSQL cluster for tests: initdb in a temp folder, listening on loopback on a
 * free port, stopped and removed after the suite. The one place tests get a real PostgreSQL.
 *
 * PostgreSQL refuses to run as root, so when the tests run as root (CI) the cluster belongs to
 * the `postgres` system user (Debian's package creates it) and its commands run through runuser.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

function findBinDir(): string | null {
  const debian = '/usr/lib/postgresql';
  if (fs.existsSync(debian)) {
    const versions = fs
      .readdirSync(debian)
      .filter((v) => fs.existsSync(path.join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(debian, versions[0], 'bin');
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl'))) return dir;
  }
  return null;
}

/** where initdb and pg_ctl are, or null when this machine has no PostgreSQL at all */
export const PG_BIN_DIR = findBinDir();
/** the reason a PostgreSQL suite reports itself skipped (only when no server binary exists) */
export const PG_MISSING = 'no PostgreSQL server binaries (initdb, pg_ctl) on this machine: install Debian\'s postgresql package (.ci/run does)';

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const PG_USER = 'postgres';

function pgCommand(bin: string, args: string[]): void {
  const exe = path.join(PG_BIN_DIR!, bin);
  const [cmd, argv] = asRoot ? ['runuser', ['-u', PG_USER, '--', exe, ...args]] : [exe, args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8', cwd: '/' });
  if (r.status !== 0) throw new Error(`${bin} ${args.join(' ')} failed (exit ${r.status}): ${r.stderr || r.stdout || r.error?.message}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** the cluster's folder must be reachable by the postgres user when we are root */
function handToPostgresUser(dir: string): void {
  execFileSync('chown', ['-R', `${PG_USER}:`, dir]);
  // every ancestor must be searchable (x) by others; the test runner's own temp folder is 0700
  for (let d = path.dirname(dir); d !== path.dirname(d); d = path.dirname(d)) {
    const mode = fs.statSync(d).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(d, (mode & 0o7777) | 0o001);
  }
}

export interface PgCluster {
  readonly port: number;
  /** a connection URL for a database of this cluster */
  url(database?: string): string;
  /** a fresh, empty database; returns its URL */
  createDatabase(name?: string): Promise<string>;
  /** stop and start again (same data), as a PostgreSQL restart in production */
  restart(): Promise<void>;
  /** stop the server and remove its folder */
  stop(): Promise<void>;
}

let dbCounter = 0;

/**
 * `durable`: fsync and synchronous commit on, as a newsroom's server runs (the hub bench); the
 * tests' clusters skip the flushes, which only cost time there.
 */
export async function startPostgres(opts: { durable?: boolean } = {}): Promise<PgCluster> {
  if (!PG_BIN_DIR) throw new Error(PG_MISSING);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-pg-'));
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'server.log');
  if (asRoot) handToPostgresUser(dir);
  pgCommand('initdb', ['-D', data, '-U', 'redaksi', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  // no Unix socket (its default folder needs root to create)
  const settings = `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories='' -c max_connections=300${opts.durable ? '' : ' -c fsync=off'}`;
  const start = () => pgCommand('pg_ctl', ['-D', data, '-l', log, '-o', settings, '-w', '-t', '60', 'start']);
  const stopServer = () => pgCommand('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']);
  try {
    start();
  } catch (e) {
    const tail = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').slice(-2000) : '';
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`${(e as Error).message}\n${tail}`);
  }
  const url = (database = 'postgres') => `postgres://redaksi@127.0.0.1:${port}/${database}`;
  let stopped = false;
  return {
    port,
    url,
    async createDatabase(name = `t${process.pid}_${++dbCounter}`) {
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    async restart() {
      stopServer();
      start();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        stopServer();
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
