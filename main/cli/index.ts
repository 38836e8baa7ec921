/**
 * The `redaksi` command line: the same services as the app, on a data folder.
 *   redaksi import FILE... [--data-dir DIR] [--json]
 *   redaksi list [--data-dir DIR] [--json] [--trashed] [--mentions NAME]
 *   redaksi show ID [--data-dir DIR] [--json]
 *   redaksi check FILE... | --draft ID [--format json|text] [--data-dir DIR] [--facts FILE] [--min-confidence high|medium]
 *   redaksi export (--draft ID | FILE | --all-approved) --to TARGET [--out PATH] [--force]
 *   redaksi archive [--data-dir DIR] [--json]
 * Exit codes: 0 ok, 1 problems found (check/export), 2 bad input or usage.
 */
import fs from 'node:fs';
import { ApiError, errorMessage } from '../../shared/api/errors.js';
import { DataDirLockedError } from '../app/lock.js';
import { ImportError } from '../import/read-file.js';
import { EXIT, processIo, UsageError, type CliIo } from './io.js';
import { runImport, runList, runShow } from './store-commands.js';

type Command = (argv: string[], io: CliIo) => number | Promise<number>;

const COMMANDS: Record<string, Command> = {
  import: runImport,
  list: runList,
  show: runShow,
  backup: async (argv, io) => (await import('./backup.js')).runBackup(argv, io),
  restore: async (argv, io) => (await import('./backup.js')).runRestore(argv, io),
  // loaded on demand: check pulls in every analyzer and jsdom
  check: async (argv, io) => (await import('./check.js')).runCheck(argv, io),
  export: async (argv, io) => (await import('./export.js')).runExport(argv, io),
  furniture: async (argv, io) => (await import('./desk-list-command.js')).runFurniture(argv, io),
  spellings: async (argv, io) => (await import('./desk-list-command.js')).runSpellings(argv, io),
  archive: async (argv, io) => (await import('./archive-catch-up.js')).runArchive(argv, io),
  login: async (argv, io) => (await import('./newsroom.js')).runLogin(argv, io),
  logout: async (argv, io) => (await import('./newsroom.js')).runLogout(argv, io),
  sync: async (argv, io) => (await import('./newsroom.js')).runSync(argv, io),
  status: async (argv, io) => (await import('./newsroom.js')).runStatus(argv, io),
  // the newsroom hub's server and its administration (hub/), loaded only when asked for
  hub: async (argv, io) => (await import('../../hub/cli.js')).runHub(argv, { ...io, readStdin: () => fs.readFileSync(0, 'utf8') }),
};

const USAGE = `usage: redaksi <command> [options]
commands:
  import FILE...          add .txt/.md/.html files to the store as drafts
  list                    list stories (--json, --trashed; --mentions NAME: open comments naming NAME)
  show ID                 print one story (--json)
  check FILE...|--draft ID  print duplicate and fact-check warnings (--format json|text, --min-confidence high)
  export --draft ID|FILE --to TARGET [--out PATH] [--force]
                          export after the pre-publish check (html md txt docx ninjs ninjs1
                          newsml wordpress ghost); --all-approved --out DIR for a batch
  furniture [add|remove LINE]  the desk's own website leftovers, used by every check (--json)
  spellings [add|remove WORD]  names the desk has confirmed as right as written: never a typo (--json)
  archive                 catch the archive index up with the stories (progress on stderr;
                          Ctrl+C stops, the next run goes on from there)
  backup [--list]         write a verified backup copy of the store (or list them)
  restore --latest|--from FILE  replace the store with a backup (the current data is kept as a backup)
  login URL --user NAME --password-file F   sign in to a newsroom hub (logout to sign out)
  sync [--json]           one round with the hub: push local changes, pull the others'
  status ID --to submitted|in_review|approved|draft [--note T]   a workflow step (through the hub when signed in)
  hub init|serve|user ...  run and administer a newsroom hub on PostgreSQL (redaksi hub --help)
options: --data-dir DIR (default: REDAKSI_DATA_DIR or the app's per-user folder)
`;

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`redaksi: unknown command "${name}"\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ImportError || e instanceof DataDirLockedError) {
      io.stderr(`redaksi ${name}: ${e.message}\n`);
      return EXIT.usage;
    }
    if (e instanceof ApiError) {
      io.stderr(`redaksi ${name}: ${e.message}\n`);
      return e.code === 'blocked' ? EXIT.problems : EXIT.usage;
    }
    io.stderr(`redaksi ${name}: ${errorMessage(e)}\n`);
    return EXIT.usage;
  }
}

/**
 * Resolves once everything written so far has left the process. Writes to a pipe are
 * asynchronous in Node: process.exit() right after a large write drops what the pipe has not
 * taken yet (a `check --format json | jq` cut at 64 KiB). A write's callback runs after every
 * earlier write on the same stream, so an empty write marks the end.
 */
export function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) return resolve();
    // a closed reader (`| head`) makes the write fail with EPIPE: nothing left to flush
    stream.once('error', () => resolve());
    stream.write('', () => resolve());
  });
}

async function exitAfterOutput(code: number): Promise<never> {
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  // exit explicitly: worker threads or a timer must not keep a finished command alive
  process.exit(code);
}

const isEntry = process.argv[1] && /cli[\\/]index\.(ts|js|mjs|cjs)$/.test(process.argv[1]);
if (isEntry) {
  main(process.argv.slice(2)).then(
    (code) => exitAfterOutput(code),
    (e: unknown) => {
      process.stderr.write(`redaksi: ${String(e)}\n`);
      return exitAfterOutput(2);
    },
  );
}
