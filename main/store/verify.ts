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
import { markDamage } from './damage-mark.js';

export interface VerifyWorkerData {
  file: string;
  nativeBinding?: string;
  pragma: 'quick_check' | 'integrity_check';
  /** also require Redaksi's tables (a backup copy) */
  requireSchema?: boolean;
}

export interface VerifyOptions {
  /** the worker entry: out/main/verify-worker.cjs in the Electron build, verify-worker-tsx.mjs from source */
  script: string;
  /** better-sqlite3 build for Electron's ABI, as for the main connection */
  nativeBinding?: string;
}

export type Verdict = { ok: true } | { ok: false; problem: string } | { ok: null; reason: string };

function checkOnWorker(file: string, pragma: VerifyWorkerData['pragma'], opts: VerifyOptions, requireSchema = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const data: VerifyWorkerData = { file, pragma, requireSchema, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) };
    const worker = new Worker(opts.script, { workerData: data });
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
export async function verifyInBackground(store: Store, opts: VerifyOptions): Promise<Verdict> {
  let verdict: string;
  try {
    verdict = await checkOnWorker(store.file, 'quick_check', opts);
  } catch (e) {
    return { ok: null, reason: e instanceof Error ? e.message : String(e) };
  }
  if (verdict === 'ok') return { ok: true };
  if (verdict.startsWith('unchecked: ')) return { ok: null, reason: verdict.slice('unchecked: '.length) };
  markDamage(store.dir, verdict);
  store.blockWrites(writesBlockedMessage(verdict));
  return { ok: false, problem: verdict };
}

/**
 * The check of a fresh backup copy (integrity_check, our tables) on a worker: for the backup
 * schedule (startBackups' `verify`), which would otherwise hold the main thread for seconds on
 * a large store right after start.
 */
export function backupCheckOnWorker(opts: VerifyOptions): (file: string) => Promise<string | null> {
  return async (file) => {
    const verdict = await checkOnWorker(file, 'integrity_check', opts, true);
    return verdict === 'ok' ? null : verdict.replace(/^unchecked: /, '');
  };
}
