/** list, show (import is in import-command.ts): the store through the same services the app uses. */
import { dataDirFromArgs } from '../app/paths.js';
import { acquireDataDirLock } from '../app/lock.js';
import { openStore, type Store } from '../store/index.js';
import { createServices } from '../services/index.js';
import { ImportError } from '../import/read-file.js';
import { paragraphsOf } from '../../shared/model/lexical-doc.js';
import { reviewMarksOf, type ReviewMarks } from '../../shared/model/review-marks.js';
import type { CommentThread } from '../../shared/model/comment.js';
import { contract, type Services } from '../../shared/api/contract.js';
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
  const mentions = flags.get('mentions');
  if (mentions !== undefined) return listMentions(argv, io, String(mentions), flags.has('json'));
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

/** `list --mentions NAME`: stories with open comment threads that mention NAME ("waiting for" them) */
async function listMentions(argv: string[], io: CliIo, name: string, json: boolean): Promise<number> {
  const parsed = contract['comments.waiting'].input.safeParse({ name });
  if (!parsed.success) throw new UsageError(`--mentions needs a user name (${parsed.error.issues[0]?.message ?? 'not a name'})`);
  const stories = await withStore(argv, false, (_s, services) => services['comments.waiting'](parsed.data));
  if (json) {
    io.stdout(JSON.stringify({ mentions: parsed.data.name, stories }) + '\n');
  } else {
    for (const s of stories) io.stdout(`${s.draftId}  ${s.status.padEnd(9)} ${String(s.threads).padStart(3)} open  ${s.headline || '(no headline)'}  (${s.latestBy}: ${s.latestText.replace(/\s+/g, ' ').slice(0, 60)})\n`);
    if (stories.length === 0) io.stdout(`No open comments mention ${parsed.data.name}.\n`);
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
    mentions: t.mentions,
    replies: t.replies.map((r) => ({ id: r.id, author: r.author, text: r.text, createdAt: r.createdAt, mentions: r.mentions })),
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
