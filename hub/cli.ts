/**
 * `redaksi hub ...`: run and administer a newsroom hub.
 *   redaksi hub init --database URL
 *   redaksi hub serve --database URL [--port N] [--host H] [--tls-cert F --tls-key F]
 *   redaksi hub user add NAME --role reporter|editor|desk|admin [--password-file F] --database URL
 *   redaksi hub user list --database URL
 *   redaksi hub user disable NAME --database URL
 * The database URL may also come from REDAKSI_HUB_DATABASE (keeps a password out of `ps`).
 */
import fs from 'node:fs';
import { HubRoleSchema, Password, UserName } from '../shared/api/hub-contract.js';
import { ApiError } from '../shared/api/errors.js';
import { openPool, type Pool } from './db.js';
import { migrateHub } from './migrate.js';
import { startHubServer } from './server.js';
import { addUser, disableUser, listUsers } from './users.js';

export interface HubCliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** the whole of standard input (a password piped in) */
  readStdin: () => string;
}

export class HubUsageError extends Error {}

const USAGE = `usage: redaksi hub <command> --database postgres://USER@HOST:PORT/DB
  init                       create or migrate the hub's schema
  serve [--port N] [--host H] [--tls-cert F --tls-key F]
                             run the hub (prints "Redaksi hub: http://HOST:PORT")
  user add NAME --role reporter|editor|desk|admin [--password-file F]   (else the password is read from stdin)
  user list
  user disable NAME
`;

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const v = argv[i + 1];
  if (v === undefined || v.startsWith('--')) throw new HubUsageError(`--${name} needs a value`);
  return v;
}

function positionals(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i]!.startsWith('--')) i++;
    else out.push(argv[i]!);
  }
  return out;
}

function databaseUrl(argv: string[]): string {
  const url = option(argv, 'database') ?? process.env.REDAKSI_HUB_DATABASE;
  if (!url) throw new HubUsageError('needs --database postgres://... (or REDAKSI_HUB_DATABASE)');
  if (!/^postgres(ql)?:\/\//.test(url)) throw new HubUsageError('--database must be a postgres:// URL');
  return url;
}

async function withPool<T>(argv: string[], fn: (pool: Pool) => Promise<T>): Promise<T> {
  const pool = openPool(databaseUrl(argv), 2);
  try {
    return await fn(pool);
  } finally {
    await pool.end();
  }
}

function readPassword(argv: string[], io: HubCliIo): string {
  const file = option(argv, 'password-file');
  const text = file ? fs.readFileSync(file, 'utf8') : io.readStdin();
  // the first line: a trailing newline from `echo` or an editor is not part of the password
  const password = text.split(/\r?\n/)[0] ?? '';
  const ok = Password.safeParse(password);
  if (!ok.success) throw new HubUsageError(ok.error.issues[0]!.message);
  return password;
}

async function serve(argv: string[], io: HubCliIo): Promise<number> {
  const portText = option(argv, 'port');
  const port = portText === undefined ? 8470 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new HubUsageError('--port must be a number from 0 to 65535');
  const cert = option(argv, 'tls-cert');
  const key = option(argv, 'tls-key');
  if (Boolean(cert) !== Boolean(key)) throw new HubUsageError('--tls-cert and --tls-key go together');
  const pool = openPool(databaseUrl(argv));
  await migrateHub(pool);
  const hub = await startHubServer({ pool, port, host: option(argv, 'host') ?? '127.0.0.1', ...(cert && key ? { tls: { cert, key } } : {}), log: (line) => io.stderr(`${new Date().toISOString()} ${line}\n`) });
  io.stdout(`Redaksi hub: ${hub.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await hub.close();
  await pool.end();
  return 0;
}

async function user(argv: string[], io: HubCliIo): Promise<number> {
  const [sub, name] = positionals(argv);
  if (sub === 'list') {
    const users = await withPool(argv, listUsers);
    for (const u of users) io.stdout(`${u.name}\t${u.role}${u.disabled ? '\tdisabled' : ''}\n`);
    if (!users.length) io.stdout('No users yet: add one with `redaksi hub user add NAME --role admin`.\n');
    return 0;
  }
  if (sub !== 'add' && sub !== 'disable') throw new HubUsageError(`unknown user command "${sub ?? ''}" (add, list, disable)`);
  const validName = UserName.safeParse(name);
  if (!validName.success) throw new HubUsageError(`user ${sub} needs a NAME: ${validName.error.issues[0]!.message}`);
  if (sub === 'disable') {
    const u = await withPool(argv, (pool) => disableUser(pool, validName.data));
    io.stdout(`${u.name} is disabled and signed out everywhere.\n`);
    return 0;
  }
  const role = HubRoleSchema.safeParse(option(argv, 'role'));
  if (!role.success) throw new HubUsageError('user add needs --role reporter|editor|desk|admin');
  const password = readPassword(argv, io);
  const u = await withPool(argv, (pool) => addUser(pool, validName.data, role.data, password));
  io.stdout(`Added ${u.name} (${u.role}).\n`);
  return 0;
}

export async function runHub(argv: string[], io: HubCliIo): Promise<number> {
  const [sub, ...rest] = argv;
  try {
    switch (sub) {
      case 'init': {
        const applied = await withPool(rest, migrateHub);
        io.stdout(applied.length ? `Hub schema migrated (applied ${applied.join(', ')}).\n` : 'Hub schema is up to date.\n');
        return 0;
      }
      case 'serve':
        return await serve(rest, io);
      case 'user':
        return await user(rest, io);
      default:
        io.stderr(sub && sub !== '--help' ? `redaksi hub: unknown command "${sub}"\n${USAGE}` : USAGE);
        return 2;
    }
  } catch (e) {
    if (e instanceof HubUsageError || e instanceof ApiError) {
      io.stderr(`redaksi hub ${sub}: ${e.message}\n`);
      return 2;
    }
    // connection problems: say where, never echo the URL (it may carry a password)
    io.stderr(`redaksi hub ${sub}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
