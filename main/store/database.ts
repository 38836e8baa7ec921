import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './migrations/types.js';
import { registerBodyFunctions } from './body-packing.js';

export const DB_FILE = 'redaksi.db';

export interface OpenOptions {
  readonly?: boolean;
  /** a better-sqlite3 build for another ABI (Electron); tests always use the Node build */
  nativeBinding?: string;
  /**
   * false: no memory map. For bulk writers that never query the archive (`redaksi import`):
   * pages read through the map count in the process's resident memory, and an import into a
   * 1 GB store peaked at 778 MB RSS with it (20,000-story bench), most of it mapped file pages.
   */
  mmap?: boolean;
}

/**
 * Reads of the archive index are random B-tree seeks over a file that reaches about 900 MB at
 * 100,000 stories. Memory-mapping the file makes each page read a memory access instead of a
 * read() call into SQLite's page cache, which halves the archive query (see the README's
 * performance table). Writes still go through the normal path; the mapping is address space
 * (file pages the OS may drop), not private memory.
 */
export const MMAP_BYTES = 2 ** 31 - 2 ** 16;

/**
 * Opens the one writer connection with the pragmas DESIGN.md requires: WAL, and
 * synchronous = FULL (better-sqlite3's WAL default NORMAL can lose the last commits on
 * power loss, and "never lose a draft" is the product).
 */
export function openDatabase(file: string, opts: OpenOptions = {}): Db {
  // a reader (an archive worker, a read-only check) never creates the folder: a worker starting
  // after the store's folder was removed recreated it empty (found by npm test's leak check)
  if (!opts.readonly) fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, {
    ...(opts.readonly ? { readonly: true, fileMustExist: true } : {}),
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
  });
  try {
    db.pragma('busy_timeout = 5000');
    if (!opts.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`mmap_size = ${opts.mmap === false ? 0 : MMAP_BYTES}`);
    registerBodyFunctions(db);
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}
