/**
 * Archive queries on worker threads. A cold query for a 10,000-word story against 100,000
 * stories is tens of milliseconds of B-tree seeks and word comparisons; run on the main
 * process it holds every save and IPC call behind it, and run on one core it leaves the others
 * idle. The pool splits a story's paragraphs into one contiguous slice per worker; each worker
 * has its own read-only connection (WAL lets readers run beside the writer), so the slices are
 * matched in parallel while the main thread stays free. Indexing stays on the main connection:
 * a worker sees every story committed before its query started.
 *
 * The worker script is given by the composition root: the bundled archive-worker.cjs in the
 * Electron build, archive-worker-tsx.mjs (which loads the TypeScript source) when running from
 * source. Callers fall back to an in-thread query when the pool fails.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArchiveMatch, ArchiveQueryOptions } from './archive-index.js';

export interface ArchiveWorkerData {
  file: string;
  nativeBinding?: string;
  /**
   * false: no memory map (database.ts OpenOptions.mmap). The catch-up's workers read each draft
   * once: mapped, those pages counted in the process's resident memory once per worker, and a
   * catch-up of 1,000,000 stories peaked at 4.3 GB RSS.
   */
  mmap?: boolean;
}

export interface ArchiveRequest {
  id: number;
  paragraphs: string[];
  opts: ArchiveQueryOptions;
}

export type ArchiveResponse = { id: number; matches: ArchiveMatch[] } | { id: number; error: string };

/** The catch-up's request (archive-catch-up.ts): prepare these pending drafts. */
export interface PrepareRequest {
  id: number;
  prepare: string[];
}

/** Drafts that exist and are not trashed, prepared at their stored version. */
export type PrepareResponse = { id: number; stories: Array<{ id: string; stamp: string; slots: Uint8Array; keys: Int32Array; lines: number[] }> } | { id: number; error: string };

export interface ArchivePoolOptions {
  /** the worker entry (see the module comment) */
  script: string;
  /** better-sqlite3 build for Electron's ABI, as for the main connection */
  nativeBinding?: string;
  /** workers; default: the machine's parallelism, at most 4 */
  size?: number;
}

/** Fewer paragraphs than this per worker is not worth a message round trip. */
const MIN_SLICE = 16;

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  pending: Map<number, { resolve: (m: ArchiveMatch[]) => void; reject: (e: Error) => void }>;
  dead: boolean;
}

export class ArchivePool {
  private readonly slots: Slot[] = [];
  private nextId = 1;

  constructor(file: string, opts: ArchivePoolOptions) {
    const size = Math.max(1, Math.min(opts.size ?? Math.min(4, os.availableParallelism()), 16));
    const workerData: ArchiveWorkerData = { file, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) };
    for (let i = 0; i < size; i++) {
      const worker = new Worker(opts.script, { workerData });
      worker.unref(); // an idle pool never keeps the process alive
      const slot: Slot = { worker, pending: new Map(), dead: false, ready: Promise.resolve() };
      slot.ready = new Promise<void>((resolve, reject) => {
        const fail = (e: Error) => {
          slot.dead = true;
          reject(e);
          for (const p of slot.pending.values()) p.reject(e);
          slot.pending.clear();
        };
        worker.on('message', (m: ArchiveResponse | { ready: true }) => {
          if ('ready' in m) return resolve();
          const p = slot.pending.get(m.id);
          if (!p) return;
          slot.pending.delete(m.id);
          if ('error' in m) p.reject(new Error(m.error));
          else p.resolve(m.matches);
        });
        worker.on('error', fail);
        worker.on('exit', (code) => fail(new Error(`archive worker exited (${code})`)));
      });
      slot.ready.catch(() => undefined); // reported to the query that needs the worker
      this.slots.push(slot);
    }
  }

  get size(): number {
    return this.slots.length;
  }

  /** Resolves once every worker has opened the store (or rejects with the first failure). */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.ready));
  }

  /** Same answer as ArchiveIndex.matches, computed in parallel slices. */
  async matches(paragraphs: readonly string[], opts: ArchiveQueryOptions = {}): Promise<ArchiveMatch[]> {
    const live = this.slots.filter((s) => !s.dead);
    if (live.length === 0) throw new Error('no archive worker is running');
    const n = Math.max(1, Math.min(live.length, Math.ceil(paragraphs.length / MIN_SLICE)));
    const per = Math.ceil(paragraphs.length / n);
    const parts = await Promise.all(
      Array.from({ length: n }, (_, k) => {
        const from = k * per;
        return this.ask(live[k]!, paragraphs.slice(from, from + per), opts).then((ms) => ms.map((m) => ({ ...m, paragraph: m.paragraph + from })));
      }),
    );
    return parts.flat();
  }

  private async ask(slot: Slot, paragraphs: string[], opts: ArchiveQueryOptions): Promise<ArchiveMatch[]> {
    await slot.ready;
    const id = this.nextId++;
    return new Promise<ArchiveMatch[]>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, paragraphs, opts } satisfies ArchiveRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
