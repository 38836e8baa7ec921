/** list, show (import is in import-command.ts): the store through the same services the app uses. */
import { dataDirFromArgs } from '../app/paths.js';
import { acquireDataDirLock } from '../app/lock.js';
import { openStore, type Store } from '../store/index.js';
import { createServices } from '../services/index.js';
import { ImportError } from '../import/read-file.js';
import { paragraphsOf } from '../../shared/model/lexical-doc.js';
import type { Services } from '../../shared/api/contract.js';
import { EXIT, parseArgs, UsageError, type CliIo } from './io.js';

export { runImport } from './import-command.js';

export function withStore<T>(argv: string[], write: boolean, fn: (store: Store, services: Services) => T): T {
  const dir = dataDirFromArgs(argv);
  const lock = write ? acquireDataDirLock(dir, 'command line') : undefined;
  const store = openStore(dir, { damageCheck: 'recent' });
  try {
    return fn(store, createServices(store));
  } finally {
    store.close();
    lock?.release();
  }
}

export async function runList(argv: string[], io: CliIo): Promise<number> {
  const { flags } = parseArgs(argv, ['json', 'trashed']);
  const rows = await withStore(argv, false, (_s, services) => services['drafts.list']({ trashed: flags.has('trashed'), limit: 10_000 }));
  const list = await rows;
  if (flags.has('json')) {
    io.stdout(JSON.stringify({ drafts: list }) + '\n');
  } else {
    for (const d of list) io.stdout(`${d.id}  ${d.status.padEnd(9)} ${d.language}  ${String(d.wordCount).padStart(6)} words  ${d.headline || '(no headline)'}\n`);
    if (list.length === 0) io.stdout('No stories yet.\n');
  }
  return EXIT.ok;
}

export async function runShow(argv: string[], io: CliIo): Promise<number> {
  const { flags, positionals } = parseArgs(argv, ['json']);
  const id = positionals[0];
  if (!id) throw new UsageError('show needs a story ID (see `redaksi list`)');
  const d = await withStore(argv, false, (_s, services) => services['drafts.get']({ id }));
  const paragraphs = paragraphsOf(d.body);
  if (flags.has('json')) io.stdout(JSON.stringify({ draft: { ...d, paragraphs } }) + '\n');
  else io.stdout(`${d.headline}\n\n${paragraphs.join('\n\n')}\n`);
  return EXIT.ok;
}

export { ImportError };
