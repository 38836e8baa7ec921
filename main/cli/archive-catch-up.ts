/**
 * The archive catch-up as the command line runs it (#18): on worker threads, with a progress
 * line and the time left on stderr, and stoppable with Ctrl+C (the stories written stay
 * written; the next command goes on with the rest). `redaksi archive` runs it alone; `check`
 * runs it before checking against the store.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataDirFromArgs } from '../app/paths.js';
import { acquireDataDirLock } from '../app/lock.js';
import { openStore, type Store } from '../store/index.js';
import { catchUpArchive, progressLine, type CatchUpResult } from '../store/archive-catch-up.js';
import { EXIT, parseArgs, UsageError, type CliIo } from './io.js';

/** the worker entry when the CLI runs from source (bin/redaksi.mjs runs it through tsx) */
const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'store', 'archive-worker-tsx.mjs');

/** A catch-up of fewer stories than this prints nothing until it has run QUIET_MS (a warm `check` stays quiet). */
const QUIET_BELOW = 1_000;
const QUIET_MS = 1_000;
/** at most one progress line per this interval */
const LINE_MS = 2_000;

export async function catchUpWithProgress(store: Store, io: CliIo, command: string, opts: { signal?: AbortSignal } = {}): Promise<CatchUpResult> {
  const controller = new AbortController();
  const onSigint = () => {
    io.stderr(`redaksi ${command}: stopping the archive catch-up after the stories in flight...\n`);
    controller.abort();
  };
  opts.signal?.addEventListener('abort', () => controller.abort(), { once: true });
  process.on('SIGINT', onSigint);
  let last = 0;
  let printed = false;
  try {
    const r = await catchUpArchive(store.db, store.file, store.archive, {
      workers: { script: WORKER },
      // larger transactions than the app's (which keeps its main thread free for saves): each
      // commit rewrites the key pages it touched, nearly all of them in a bulk catch-up
      writeBatch: 5_000,
      growBatches: true,
      signal: controller.signal,
      onProgress: (p) => {
        const now = p.elapsedMs;
        if (p.total < QUIET_BELOW && now < QUIET_MS) return;
        if (printed && now - last < LINE_MS && p.done < p.total) return;
        last = now;
        printed = true;
        io.stderr(`redaksi ${command}: catching up the archive index: ${progressLine(p)}\n`);
      },
    });
    if (r.stopped) io.stderr(`redaksi ${command}: archive catch-up stopped at ${progressLine(r)}; ${store.archive.pendingCount().toLocaleString('en')} stories wait for the next run, which goes on from there\n`);
    else if (printed) io.stderr(`redaksi ${command}: archive index caught up (${r.indexed.toLocaleString('en')} indexed, ${r.removed.toLocaleString('en')} removed in ${(r.elapsedMs / 1000).toFixed(1)} s)\n`);
    return r;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

/** `redaksi archive [--data-dir DIR] [--json]`: catch the archive index up with the stories. */
export async function runArchive(argv: string[], io: CliIo): Promise<number> {
  const { flags, positionals } = parseArgs(argv, ['json']);
  for (const k of flags.keys()) if (k !== 'json' && k !== 'data-dir') throw new UsageError(`unknown option --${k}`);
  if (positionals.length) throw new UsageError('archive takes no files');
  const dir = dataDirFromArgs(argv);
  const lock = acquireDataDirLock(dir, 'redaksi archive');
  let store: Store | undefined;
  try {
    store = openStore(dir, { damageCheck: 'recent' });
    const r = await catchUpWithProgress(store, io, 'archive');
    const stats = store.archive.stats();
    const summary = { indexed: r.indexed, removed: r.removed, stopped: r.stopped, pending: store.archive.pendingCount(), stories: stats.stories, paragraphs: stats.paragraphs, seconds: Math.round(r.elapsedMs) / 1000 };
    if (flags.has('json')) io.stdout(JSON.stringify({ summary }) + '\n');
    else io.stdout(`archive: ${stats.stories} stories (${stats.paragraphs} paragraphs) indexed${r.stopped ? `, ${summary.pending} still pending (stopped)` : ''}\n`);
    return r.stopped ? EXIT.problems : EXIT.ok;
  } finally {
    store?.close();
    lock.release();
  }
}
