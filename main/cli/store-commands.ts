/** list, show (import is in import-command.ts): the store through the same services the app uses. */
import { dataDirFromArgs } from '../app/paths.js';
import { acquireDataDirLock } from '../app/lock.js';
import { openStore, type Store } from '../store/index.js';
import { createServices } from '../services/index.js';
import { ImportError } from '../import/read-file.js';
import { paragraphsOf } from '../../shared/model/lexical-doc.js';
import { reviewMarksOf, type ReviewMarks } from '../../shared/model/review-marks.js';
import type { CommentThread } from '../../shared/model/comment.js';
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

/**
 * Threads as `show --json` gives them: `anchored` says whether the commented text is still in the
 * story (false: the thread is "on deleted text" and `quote` is all that is left of it).
 */
function commentsForShow(threads: CommentThread[], marks: ReviewMarks) {
  return threads.map((t) => ({
    id: t.id,
    author: t.author,
    text: t.text,
    quote: t.quote,
    resolved: t.resolved,
    anchored: marks.anchors.has(t.id),
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    replies: t.replies.map((r) => ({ id: r.id, author: r.author, text: r.text, createdAt: r.createdAt })),
  }));
}

export async function runShow(argv: string[], io: CliIo): Promise<number> {
  const { flags, positionals } = parseArgs(argv, ['json']);
  const id = positionals[0];
  if (!id) throw new UsageError('show needs a story ID (see `redaksi list`)');
  // both calls start inside withStore, which closes the store when its callback returns
  const [d, threads] = await Promise.all(withStore(argv, false, (_s, services) => [services['drafts.get']({ id }), services['comments.list']({ draftId: id })] as const));
  const paragraphs = paragraphsOf(d.body);
  if (flags.has('json')) {
    const marks = reviewMarksOf(d.body);
    io.stdout(JSON.stringify({ draft: { ...d, paragraphs }, comments: commentsForShow(threads, marks), suggestions: marks.suggestions }) + '\n');
  } else io.stdout(`${d.headline}\n\n${paragraphs.join('\n\n')}\n`);
  return EXIT.ok;
}

export { ImportError };
