/**
 * Catching the archive index up with the drafts table (#18) on every core, with progress, and
 * stoppable. After a back-catalogue import or the upgrade to a new index shape, every story is
 * pending (archive_pending, migration 008): 100,000 stories of work.
 *
 * The work splits where the cost is: preparing a story (parse the Lexical body, tokenize each
 * paragraph, MinHash, keys; archive-codec.ts) is pure CPU and runs on worker threads, each with
 * its own read-only connection reading the drafts itself; writing rows stays on this
 * connection, the only writer. Chunks are committed one transaction each and clear their
 * pending marks, so a stop (signal) or a crash loses at most the chunks in flight: the next run
 * goes on with what is still pending. A draft saved while its chunk was in flight is prepared
 * again here (its stamp differs), so nothing stale is written.
 *
 * Without workers (none configured, or they fail to start) the same loop prepares in-thread,
 * yielding to the event loop between chunks.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { KeyRows, type ArchiveIndex, type ReadyStory } from './archive-index.js';
import type { ArchiveWorkerData, PrepareRequest, PrepareResponse } from './archive-pool.js';
import type { Db } from './migrations/types.js';

export interface CatchUpProgress {
  /** pending stories handled so far (indexed, removed or unchanged) */
  done: number;
  total: number;
  indexed: number;
  removed: number;
  elapsedMs: number;
  /** estimated time left from the rate so far; null before the first chunk */
  etaMs: number | null;
}

export interface CatchUpResult extends CatchUpProgress {
  /** the signal stopped it; what is left stays pending for the next run */
  stopped: boolean;
}

export interface CatchUpWorkers {
  /** the archive worker entry (archive-worker-tsx.mjs from source, archive-worker.cjs bundled) */
  script: string;
  nativeBinding?: string;
  /** default: the machine's parallelism, at most 4 */
  size?: number;
}

export interface CatchUpOptions {
  /** prepare stories on worker threads; absent: in-thread */
  workers?: CatchUpWorkers;
  onProgress?: (p: CatchUpProgress) => void;
  /** stops after the chunks in flight are written */
  signal?: AbortSignal;
  /** stories per chunk handed to a worker */
  chunk?: number;
  /** stories per transaction at least */
  writeBatch?: number;
  /**
   * Let a transaction grow to a third of the index written so far (the CLI): a commit writes
   * every key page its sorted rows touch, nearly the whole B-tree in a bulk catch-up, so fixed
   * batches of 5,000 rewrote the tree 20 times over at 100,000 stories (and 200 times at a
   * million); growing ones about 10 (18) times. Stopping then waits for the batch in memory.
   */
  growBatches?: boolean;
}

const DEFAULT_CHUNK = 250;
const DEFAULT_WRITE_BATCH = 2_000;
/** above this many pending stories the connection gets a large page cache while it writes */
const BULK = 2_000;

interface Source {
  prepare(ids: string[]): Promise<Map<string, ReadyStory>>;
  close(): Promise<void>;
  readonly parallel: number;
}

/** Brings the index up to date with the drafts table; see the module comment. */
export async function catchUpArchive(db: Db, file: string, index: ArchiveIndex, opts: CatchUpOptions = {}): Promise<CatchUpResult> {
  const ids = index.pendingIds();
  const t0 = performance.now();
  const p: CatchUpProgress = { done: 0, total: ids.length, indexed: 0, removed: 0, elapsedMs: 0, etaMs: null };
  if (ids.length === 0) return { ...p, stopped: false };
  const chunk = Math.max(1, opts.chunk ?? DEFAULT_CHUNK);
  const writeBatch = Math.max(1, opts.writeBatch ?? DEFAULT_WRITE_BATCH);
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += chunk) chunks.push(ids.slice(i, i + chunk));

  // random-order inserts into the key B-tree are cache-bound: 256 MB while a bulk catch-up runs
  // (SQLite's default is 2 MB). The connection's memory map is off meanwhile: the writer's reads
  // then go through that cache alone, where mapped pages counted in resident memory on top of it
  // (a catch-up of 1,000,000 stories peaked at 4.3 GB RSS with the writer and both workers mapped).
  const indexedBefore = opts.growBatches ? index.storyCountEstimate() : 0;
  const bulk = ids.length > BULK;
  const cacheBefore = bulk ? (db.pragma('cache_size', { simple: true }) as number) : 0;
  const mmapBefore = bulk ? (db.pragma('mmap_size', { simple: true }) as number) : 0;
  if (bulk) {
    db.pragma('cache_size = -262144');
    db.pragma('mmap_size = 0');
  }
  const source = opts.workers ? await workerSource(file, opts.workers).catch(() => inThreadSource()) : inThreadSource();
  // Prepared chunks are written up to writeBatch stories per transaction with their key rows
  // sorted (ArchiveIndex.writeKeys): each commit dirties each B-tree page once, however many rows
  // land on it. Progress counts a chunk once it is prepared: it is written before the run ends,
  // stopped or not.
  const write = (batches: Array<{ batch: string[]; ready: Map<string, ReadyStory> }>) => {
    db.transaction(() => {
      const keys = new KeyRows();
      for (const { batch, ready } of batches) {
        for (const id of batch) {
          const r = index.applyPending(id, ready.get(id), keys);
          if (r === 'indexed') p.indexed++;
          else if (r === 'removed') p.removed++;
        }
      }
      index.writeKeys(keys);
    })();
  };
  const report = () => {
    p.elapsedMs = performance.now() - t0;
    p.etaMs = (p.elapsedMs / p.done) * (p.total - p.done);
    opts.onProgress?.({ ...p });
  };
  let stopped = false;
  try {
    // keep every worker busy with one chunk queued behind the one it works on
    const inFlight: Array<{ batch: string[]; ready: Promise<Map<string, ReadyStory>> }> = [];
    let next = 0;
    const fill = () => {
      while (!stopped && next < chunks.length && inFlight.length < Math.max(1, source.parallel * 2)) {
        const batch = chunks[next++]!;
        // a worker that fails leaves its chunk to applyPending, which prepares it here
        inFlight.push({ batch, ready: source.prepare(batch).catch(() => new Map<string, ReadyStory>()) });
      }
    };
    fill();
    let pending: Array<{ batch: string[]; ready: Map<string, ReadyStory> }> = [];
    let pendingStories = 0;
    while (inFlight.length > 0) {
      const head = inFlight.shift()!;
      pending.push({ batch: head.batch, ready: await head.ready });
      pendingStories += head.batch.length;
      if (opts.signal?.aborted) stopped = true;
      fill();
      const last = inFlight.length === 0;
      // prepared here (no workers), a chunk is written alone: its preparation runs inside the
      // transaction, which must stay short on a thread that also serves saves
      const limit = opts.growBatches ? Math.max(writeBatch, Math.floor((indexedBefore + p.done) / 3)) : writeBatch;
      if (pendingStories >= limit || last || source.parallel === 0) {
        write(pending);
        pending = [];
        pendingStories = 0;
      }
      p.done += head.batch.length;
      if (!last) report();
      if (source.parallel === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    report();
  } finally {
    await source.close();
    if (bulk) {
      db.pragma(`cache_size = ${cacheBefore}`);
      db.pragma(`mmap_size = ${mmapBefore}`);
    }
  }
  return { ...p, stopped: stopped && p.done < p.total };
}

/** Prepares on this thread: applyPending reads and prepares each story itself. */
function inThreadSource(): Source {
  return { parallel: 0, prepare: () => Promise.resolve(new Map()), close: () => Promise.resolve() };
}

async function workerSource(file: string, opts: CatchUpWorkers): Promise<Source> {
  const size = Math.max(1, Math.min(opts.size ?? Math.min(4, os.availableParallelism()), 16));
  const workerData: ArchiveWorkerData = { file, mmap: false, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) };
  const workers: Worker[] = [];
  const waiting = new Map<number, { resolve: (m: Map<string, ReadyStory>) => void; reject: (e: Error) => void }>();
  let failure: Error | undefined;
  const fail = (e: Error) => {
    failure ??= e;
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  const ready: Array<Promise<void>> = [];
  for (let i = 0; i < size; i++) {
    const worker = new Worker(opts.script, { workerData });
    worker.unref();
    ready.push(
      new Promise<void>((resolve, reject) => {
        worker.on('message', (m: PrepareResponse | { ready: true } | { id: number }) => {
          if ('ready' in m) return resolve();
          if (!('stories' in m) && !('error' in m)) return;
          const w = waiting.get(m.id);
          if (!w) return;
          waiting.delete(m.id);
          if ('error' in m) return w.reject(new Error(m.error));
          w.resolve(new Map(m.stories.map((s) => [s.id, { stamp: s.stamp, prepared: { slots: Buffer.from(s.slots), keys: s.keys, lines: s.lines } }])));
        });
        worker.on('error', (e) => {
          reject(e);
          fail(e);
        });
        worker.on('exit', (code) => {
          const e = new Error(`archive worker exited (${code})`);
          reject(e);
          fail(e);
        });
      }),
    );
    workers.push(worker);
  }
  try {
    await Promise.all(ready);
  } catch (e) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw e;
  }
  let nextId = 1;
  let turn = 0;
  return {
    parallel: size,
    prepare(ids) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      const worker = workers[turn++ % workers.length]!;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, prepare: ids } satisfies PrepareRequest);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** "1,234/100,000 stories (1.2%), 3m 05s left" for a progress line. */
export function progressLine(p: CatchUpProgress): string {
  const pct = p.total ? ((100 * p.done) / p.total).toFixed(1) : '100.0';
  const eta = p.etaMs === null ? '' : `, ${formatDuration(p.etaMs)} left`;
  return `${p.done.toLocaleString('en')}/${p.total.toLocaleString('en')} stories (${pct}%)${eta}`;
}

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(s / 60);
  return m > 0 ? `${m}m ${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}
