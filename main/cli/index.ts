/**
 * The `redaksi` command line: the same services as the app, on a data folder.
 *   redaksi import FILE... [--data-dir DIR] [--json]
 *   redaksi list [--data-dir DIR] [--json] [--trashed]
 *   redaksi show ID [--data-dir DIR] [--json]
 *   redaksi check FILE... | --draft ID [--format json|text] [--data-dir DIR] [--facts FILE]
 *   redaksi export (--draft ID | FILE | --all-approved) --to TARGET [--out PATH] [--force]
 * Exit codes: 0 ok, 1 problems found (check/export), 2 bad input or usage.
 */
import { ApiError } from '../../shared/api/errors.js';
import { DataDirLockedError } from '../app/lock.js';
import { ImportError } from '../import/read-file.js';
import './parsers.js';
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
};

const USAGE = `usage: redaksi <command> [options]
commands:
  import FILE...          add .txt/.md/.html files to the store as drafts
  list                    list stories (--json, --trashed)
  show ID                 print one story (--json)
  check FILE...|--draft ID  print duplicate and fact-check warnings (--format json|text)
  export --draft ID|FILE --to TARGET [--out PATH] [--force]
                          export after the pre-publish check (html md txt docx ninjs ninjs1
                          newsml wordpress ghost); --all-approved --out DIR for a batch
  backup [--list]         write a verified backup copy of the store (or list them)
  restore --latest|--from FILE  replace the store with a backup (the current data is kept as a backup)
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
    io.stderr(`redaksi ${name}: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.usage;
  }
}

const isEntry = process.argv[1] && /cli[\\/]index\.(ts|js|mjs|cjs)$/.test(process.argv[1]);
if (isEntry) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`redaksi: ${String(e)}\n`);
      process.exit(2);
    },
  );
}
