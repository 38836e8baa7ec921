/**
 * `redaksi backup` and `redaksi restore`: the store's safety net from the command line.
 *   redaksi backup [--list] [--keep K] [--data-dir DIR] [--json]
 *   redaksi restore --latest | --from FILE [--data-dir DIR] [--json]
 * Both take the data-folder lock: with the app or web mode running on the folder they refuse
 * with a clear message (exit 2) instead of swapping the file under a running writer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { acquireDataDirLock } from '../app/lock.js';
import { dataDirFromArgs } from '../app/paths.js';
import { openStore } from '../store/index.js';
import { checkDatabaseFile, createBackup, DEFAULT_KEEP, listBackups } from '../store/backup.js';
import { EXIT, parseArgs, UsageError, type CliIo } from './io.js';

const when = (iso: string) => iso.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');

export async function runBackup(argv: string[], io: CliIo): Promise<number> {
  const { flags } = parseArgs(argv, ['json', 'list']);
  const dir = dataDirFromArgs(argv);
  if (flags.has('list')) {
    const list = listBackups(dir);
    if (flags.has('json')) io.stdout(JSON.stringify({ backups: list }) + '\n');
    else if (list.length === 0) io.stdout(`No backups in ${path.join(dir, 'backups')} yet.\n`);
    else for (const b of list) io.stdout(`${when(b.at)}  ${(b.bytes / 1024).toFixed(0).padStart(7)} KB  ${b.file}\n`);
    return EXIT.ok;
  }
  const keepFlag = flags.get('keep');
  const keep = keepFlag === undefined ? DEFAULT_KEEP : Number(keepFlag);
  if (!Number.isInteger(keep) || keep < 1) throw new UsageError('--keep needs a whole number of copies, at least 1');
  if (!fs.existsSync(path.join(dir, 'redaksi.db'))) throw new UsageError(`There is no Redaksi data in ${dir} to back up.`);
  const lock = acquireDataDirLock(dir, 'command line (backup)');
  const store = openStore(dir, { damageCheck: 'recent' });
  try {
    if (store.recovery) io.stderr(`${store.recovery.message}\n`);
    const b = await createBackup(store.db, dir, { keep });
    if (flags.has('json')) io.stdout(JSON.stringify({ backup: b }) + '\n');
    else io.stdout(`backup written and verified: ${b.file} (${(b.bytes / 1024).toFixed(0)} KB); keeping the newest ${keep}\n`);
    return EXIT.ok;
  } finally {
    store.close();
    lock.release();
  }
}

export async function runRestore(argv: string[], io: CliIo): Promise<number> {
  const { flags } = parseArgs(argv, ['json', 'latest']);
  const dir = dataDirFromArgs(argv);
  const from = flags.get('from');
  if (!flags.has('latest') && typeof from !== 'string') throw new UsageError('restore needs --latest or --from FILE (see `redaksi backup --list`)');
  if (flags.has('latest') && from !== undefined) throw new UsageError('use either --latest or --from FILE, not both');
  let source: string;
  if (typeof from === 'string') {
    source = path.resolve(from);
    if (!fs.existsSync(source)) throw new UsageError(`${from}: no such file`);
  } else {
    const newest = listBackups(dir)[0];
    if (!newest) throw new UsageError(`There are no backups in ${path.join(dir, 'backups')}.`);
    source = newest.file;
  }
  // check before touching anything: a damaged backup restores nothing
  const problem = checkDatabaseFile(source, true);
  if (problem) throw new UsageError(`${source} is not a usable Redaksi backup (${problem}); nothing was changed.`);
  const lock = acquireDataDirLock(dir, 'command line (restore)');
  try {
    // openStore also repairs a damaged current file first (moving it aside), so that what we
    // replace is always a readable database and the safety copy below can be taken
    const store = openStore(dir);
    let safety: string | null = null;
    let movedTo: string;
    let drafts: number;
    try {
      // the current state becomes a backup too (kept beyond K): a restore can be undone
      safety = (await createBackup(store.db, dir, { keep: Number.MAX_SAFE_INTEGER })).file;
      movedTo = store.replaceWith(source).movedTo;
      drafts = store.drafts.count();
    } finally {
      store.close();
    }
    if (flags.has('json')) io.stdout(JSON.stringify({ restored: source, safetyCopy: safety, movedTo, drafts }) + '\n');
    else io.stdout(`restored ${source} (${drafts} stories).\nThe previous data was saved as ${safety} and moved to ${movedTo}; restore that file to undo.\n`);
    return EXIT.ok;
  } finally {
    lock.release();
  }
}
