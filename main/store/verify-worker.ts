/**
 * Whole-file work on a worker thread (./verify.ts): SQLite's quick_check or integrity_check on a
 * read-only connection, or a backup copy made from one and then checked. On a large store each
 * takes seconds, and on the main thread it would hold every call behind it.
 */
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from './database.js';
import type { VerifyWorkerData } from './verify.js';

const data = workerData as VerifyWorkerData;
const binding = data.nativeBinding ? { nativeBinding: data.nativeBinding } : {};

function check(file: string, pragma: 'quick_check' | 'integrity_check', requireSchema: boolean): string {
  const db = openDatabase(file, { readonly: true, ...binding });
  try {
    const verdict = (db.pragma(pragma) as Array<Record<string, string>>).map((r) => Object.values(r)[0]).join('; ');
    // a backup copy must also be ours, not just any valid SQLite file
    if (verdict === 'ok' && requireSchema && !db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'drafts'").get()) return 'not a Redaksi database (no drafts table)';
    return verdict;
  } finally {
    db.close();
  }
}

async function copy(source: string, dest: string): Promise<void> {
  // a read-only connection sees every commit the app's writer made (WAL), as one snapshot
  const db = openDatabase(source, { readonly: true, ...binding });
  try {
    await db.backup(dest);
  } finally {
    db.close();
  }
  const fd = fs.openSync(dest, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

async function run(): Promise<string> {
  try {
    if (data.backupTo) {
      await copy(data.file, data.backupTo);
      return check(data.backupTo, 'integrity_check', true);
    }
    return check(data.file, data.pragma, data.requireSchema ?? false);
  } catch (e) {
    const code = String((e as { code?: string }).code ?? '');
    // only SQLite's own verdict of damage counts; a file that cannot be opened right now is not damage
    return /^SQLITE_(CORRUPT|NOTADB)/.test(code) ? `${code}: ${(e as Error).message}` : `unchecked: ${(e as Error).message}`;
  }
}

void run().then((verdict) => parentPort!.postMessage({ verdict }));
