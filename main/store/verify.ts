/**
 * The store's full damage check, off the start-up path. At start only the fast check runs
 * (./fast-check.ts); SQLite's quick_check then reads the whole file on a worker thread while
 * the app is already usable. When it finds damage, writes are refused from then on (nothing is
 * written on top of a damaged file), the user is told, and a marker file makes the next start
 * run the full check before opening, which moves the damaged file aside and restores the newest
 * good backup as before.
 */
import { Worker } from 'node:worker_threads';
import type { Store } from './index.js';
import { markDamage, markVerified } from './damage-mark.js';
import { errorMessage } from '../../shared/api/errors.js';

export interface VerifyWorkerData {
  file: string;
  nativeBinding?: string;
  pragma: 'quick_check' | 'integrity_check';
  /** also require Redaksi's tables (a backup copy) */
  requireSchema?: boolean;
  /** copy `file` here with SQLite's online backup first, then check the copy (integrity_check) */
  backupTo?: string;
}

export interface VerifyOptions {
  /** the worker entry: out/main/verify-worker.cjs in the Electron build, verify-worker-tsx.mjs from source */
  script: string;
  /** better-sqlite3 build for Electron's ABI, as for the main connection */
  nativeBinding?: string;
}

/**
 * How long the app and web mode wait after opening before the background check and the start-up
 * backup begin: on a busy two-core machine, two worker threads reading 1.8 GB at once slowed the
 * first answer by a third.
 */
export const BACKGROUND_START_DELAY_MS = 2000;

export type Verdict = { ok: true } | { ok: false; problem: string } | { ok: null; reason: string };

function onWorker(data: VerifyWorkerData, opts: VerifyOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(opts.script, { workerData: { ...data, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) } });
    worker.unref(); // a check in progress never keeps a closing process alive
    worker.once('message', (m: { verdict: string }) => resolve(m.verdict));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the check worker exited (${code}) without a verdict`)));
  });
}

export function writesBlockedMessage(problem: string): string {
  return `Redaksi found its database damaged (${problem.slice(0, 160)}) and stopped saving so that nothing is written on top of the damage. Your text stays in the editor. Close Redaksi and start it again: it will move the damaged file aside and restore the newest good backup.`;
}

/**
 * Runs quick_check in the background; on damage, blocks the store's writes and marks the folder.
 * `ok: null` when the check could not run (no verdict either way): nothing is blocked.
 */
export async function verifyInBackground(store: Store, opts: VerifyOptions, startAfterMs = 0): Promise<Verdict> {
  if (startAfterMs > 0) await new Promise<void>((resolve) => setTimeout(resolve, startAfterMs).unref?.());
  let verdict: string;
  try {
    verdict = await onWorker({ file: store.file, pragma: 'quick_check' }, opts);
  } catch (e) {
    return { ok: null, reason: errorMessage(e) };
  }
  if (verdict === 'ok') {
    markVerified(store.dir);
    return { ok: true };
  }
  if (verdict.startsWith('unchecked: ')) return { ok: null, reason: verdict.slice('unchecked: '.length) };
  markDamage(store.dir, verdict);
  store.blockWrites(writesBlockedMessage(verdict));
  return { ok: false, problem: verdict };
}

/**
 * A backup copy made and checked (integrity_check, our tables) on a worker: for the backup
 * schedule (startBackups' `copyAndCheck`). On the main thread, the copy's last step (SQLite
 * syncing the whole new file) and its check held it for seconds on a large store right after start.
 */
export function backupOnWorker(opts: VerifyOptions): (source: string, dest: string) => Promise<string | null> {
  return async (source, dest) => {
    const verdict = await onWorker({ file: source, backupTo: dest, pragma: 'integrity_check' }, opts);
    return verdict === 'ok' ? null : verdict.replace(/^unchecked: /, '');
  };
}
