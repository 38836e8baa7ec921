/**
 * SQLite's quick_check or integrity_check on a read-only connection, in a worker thread
 * (./verify.ts): the full read of a large store takes seconds, and on the main thread it would
 * hold every call behind it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from './database.js';
import type { VerifyWorkerData } from './verify.js';

const data = workerData as VerifyWorkerData;
let verdict: string;
try {
  const db = openDatabase(data.file, { readonly: true, ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}) });
  try {
    verdict = (db.pragma(data.pragma) as Array<Record<string, string>>).map((r) => Object.values(r)[0]).join('; ');
    // a backup copy must also be ours, not just any valid SQLite file
    if (verdict === 'ok' && data.requireSchema && !db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'drafts'").get()) verdict = 'not a Redaksi database (no drafts table)';
  } finally {
    db.close();
  }
} catch (e) {
  const code = String((e as { code?: string }).code ?? '');
  // only SQLite's own verdict of damage counts; a file that cannot be opened right now is not damage
  verdict = /^SQLITE_(CORRUPT|NOTADB)/.test(code) ? `${code}: ${(e as Error).message}` : `unchecked: ${(e as Error).message}`;
}
parentPort!.postMessage({ verdict });
