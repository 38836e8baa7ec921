/** import, list, show: the store through the same services the app uses. */
import { dataDirFromArgs } from '../app/paths.js';
import { acquireDataDirLock } from '../app/lock.js';
import { openStore, type Store } from '../store/index.js';
import { createServices } from '../services/index.js';
import { importDraft } from './import-draft.js';
import { encodingNotice, readArticleFile, ImportError } from '../import/read-file.js';
import { paragraphsOf } from '../../shared/model/lexical-doc.js';
import type { Services } from '../../shared/api/contract.js';
import { EXIT, parseArgs, UsageError, type CliIo } from './io.js';

export function withStore<T>(argv: string[], write: boolean, fn: (store: Store, services: Services) => T): T {
  const dir = dataDirFromArgs(argv);
  const lock = write ? acquireDataDirLock(dir, 'command line') : undefined;
  const store = openStore(dir);
  try {
    return fn(store, createServices(store));
  } finally {
    store.close();
    lock?.release();
  }
}

export function runImport(argv: string[], io: CliIo): number {
  const { flags, positionals } = parseArgs(argv, ['json']);
  if (positionals.length === 0) throw new UsageError('import needs at least one FILE (.txt, .md or .html)');
  // read and validate every file first: a bad file leaves nothing half-imported
  const files = positionals.map((p) => readArticleFile(p));
  for (const f of files) {
    const notice = encodingNotice(f);
    if (notice) io.stderr(`redaksi import: ${notice}\n`);
  }
  const created = withStore(argv, true, (store) =>
    store.tx(() =>
      files.map((f) => {
        const d = importDraft(store, f);
        return { id: d.id, path: f.path, headline: d.headline, paragraphs: paragraphsOf(d.body).length };
      }),
    ),
  );
  if (flags.has('json')) io.stdout(JSON.stringify({ imported: created }) + '\n');
  else for (const c of created) io.stdout(`imported ${c.path} as ${c.id}: "${c.headline}" (${c.paragraphs} paragraphs)\n`);
  return EXIT.ok;
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
