/**
 * Rolling, verified backups of the store, and recovery from a damaged database at start.
 *
 * - A backup is written with SQLite's online backup API (better-sqlite3 `db.backup()`), so it is
 *   a consistent snapshot even while the app keeps saving. It is written under a temporary name,
 *   checked with `PRAGMA integrity_check` (a backup we cannot read back is no backup), and only
 *   then renamed to `backups/redaksi-<UTC time>.db`. The newest K are kept.
 * - At start, `recoverIfDamaged` runs `PRAGMA quick_check` on the database. A file that fails it
 *   (or that SQLite cannot even read) is moved aside together with its -wal and -shm into
 *   `damaged-<time>/`, and the newest backup that passes integrity_check is copied in its place.
 *   The message saying what happened is returned so the app / web mode can show it.
 *
 * Only main/store imports better-sqlite3 (DESIGN.md boundary rule); this file is part of it.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { fastDamageCheck } from './fast-check.js';
import { clearDamageMark, damageMarked, markVerified, verifiedWithin } from './damage-mark.js';

/**
 * How much of the file is checked before opening: 'full' reads every page (quick_check), 'fast'
 * only the headers and schema (the app, which then checks in the background), 'recent' is fast
 * when a full check passed within the day (commands that run once, on a large store).
 */
export type DamageCheck = 'full' | 'fast' | 'recent';
import type { Db } from './migrations/types.js';
import { errorMessage } from '../../shared/api/errors.js';
import { backupName, fileStamp, parseBackupName } from '../../shared/model/backup.js';

export const BACKUP_DIR = 'backups';
export const DEFAULT_KEEP = 10;
export const DEFAULT_EVERY_MS = 5 * 60_000;

export interface BackupInfo {
  file: string;
  name: string;
  /** ISO time the backup was taken (from its name) */
  at: string;
  bytes: number;
}

export interface RecoveryReport {
  /** what happened, in one or two sentences a reporter can read */
  message: string;
  /** where the damaged files were moved */
  movedTo: string;
  /** the backup that was restored, if any */
  restoredFrom: string | null;
  /** why the file was judged damaged (SQLite's words) */
  problem: string;
  at: string;
}

export class BackupError extends Error {}

export function backupDirOf(dataDir: string): string {
  return path.join(dataDir, BACKUP_DIR);
}

/** Backups in a data folder, newest first (by the time in the name, then by sequence). */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupDirOf(dataDir);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: Array<BackupInfo & { seq: number }> = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const file = path.join(dir, name);
    try {
      out.push({ file, name, at: parsed.at, bytes: fs.statSync(file).size, seq: parsed.seq });
    } catch {
      /* vanished while listing */
    }
  }
  out.sort((a, b) => (a.at === b.at ? b.seq - a.seq : a.at < b.at ? 1 : -1));
  return out.map(({ seq: _seq, ...b }) => b);
}

/**
 * Why a database file is not usable, or null if it passes. `full` runs integrity_check (used
 * for backups, which are small and checked once); otherwise quick_check (start-up: O(N) but
 * skips the index-vs-table cross checks).
 */
export function checkDatabaseFile(file: string, full = true, opts: { requireSchema?: boolean; readonly?: boolean } = {}): string | null {
  return inspectDatabaseFile(file, full, opts).problem;
}

/**
 * Like checkDatabaseFile, and says whether the problem is damage to the file itself (SQLite
 * reports corruption, or the file is not a database) as opposed to the file being unreadable
 * right now (permissions, a read-only or full disk, a lock): only damage may trigger a restore.
 */
export function inspectDatabaseFile(file: string, full = true, opts: { requireSchema?: boolean; readonly?: boolean } = {}): { problem: string | null; damaged: boolean } {
  let db: Db | undefined;
  try {
    // the live file is opened read-write so that SQLite can replay its WAL after a crash
    db = new Database(file, { readonly: opts.readonly ?? true, fileMustExist: true });
    const rows = db.pragma(full ? 'integrity_check' : 'quick_check') as Array<Record<string, string>>;
    const verdict = rows.map((r) => Object.values(r)[0]).join('; ');
    if (verdict !== 'ok') return { problem: verdict.slice(0, 500), damaged: true };
    if (opts.requireSchema === false) return { problem: null, damaged: false };
    // a file that is a valid SQLite database but not ours (or empty) is not a usable backup
    const hasDrafts = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'drafts'").get() as { n: number };
    if (hasDrafts.n !== 1) return { problem: 'not a Redaksi database (no drafts table)', damaged: true };
    return { problem: null, damaged: false };
  } catch (e) {
    const code = String((e as { code?: string }).code ?? 'error');
    return { problem: `${code}: ${errorMessage(e)}`, damaged: /^SQLITE_(CORRUPT|NOTADB)/.test(code) };
  } finally {
    db?.close();
  }
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function fsyncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    /* not supported on every platform (Windows); the rename is still atomic */
  }
}

function freshName(dir: string, now: Date): string {
  for (let seq = 0; ; seq++) {
    const name = backupName(now, seq);
    if (!fs.existsSync(path.join(dir, name))) return name;
  }
}

/** Deletes all but the newest `keep` backups; returns the deleted files. */
export function pruneBackups(dataDir: string, keep: number): string[] {
  const gone: string[] = [];
  for (const b of listBackups(dataDir).slice(Math.max(1, keep))) {
    fs.rmSync(b.file, { force: true });
    gone.push(b.file);
  }
  return gone;
}

export interface BackupOptions {
  keep?: number;
  now?: () => Date;
  /**
   * makes the copy of the database file at `dest` and checks it (a problem, or null); default:
   * SQLite's online backup and integrity_check on this thread. The app and web mode pass a
   * worker-thread one (./verify.ts), since on a large store both take seconds.
   */
  copyAndCheck?: (source: string, dest: string) => Promise<string | null>;
}

/**
 * Writes one verified backup of the open database. Never leaves a half-written file under a
 * backup name: the copy is made as `*.partial`, fsynced, checked, then renamed.
 */
export async function createBackup(db: Db, dataDir: string, opts: BackupOptions = {}): Promise<BackupInfo> {
  const dir = backupDirOf(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  // a copy interrupted by a crash never got its final name: clear it (one writer per folder)
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.partial')) fs.rmSync(path.join(dir, f), { force: true });
  const name = freshName(dir, (opts.now ?? (() => new Date()))());
  const final = path.join(dir, name);
  const partial = `${final}.partial`;
  try {
    let problem: string | null;
    if (opts.copyAndCheck) problem = await opts.copyAndCheck(db.name, partial);
    else {
      await db.backup(partial);
      fsyncFile(partial);
      problem = checkDatabaseFile(partial, true);
    }
    // the copy is in WAL mode like its source: checking it left an empty -wal/-shm under the partial name
    for (const side of ['-wal', '-shm']) fs.rmSync(partial + side, { force: true });
    if (problem) throw new BackupError(`The backup failed its integrity check (${problem}); the previous backups are kept.`);
    fs.renameSync(partial, final);
    fsyncDir(dir);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  }
  pruneBackups(dataDir, opts.keep ?? DEFAULT_KEEP);
  return { file: final, name, at: parseBackupName(name)!.at, bytes: fs.statSync(final).size };
}

/**
 * A cheap summary of the content: when it equals the newest backup's, a new backup would be an
 * identical copy that pushes an older, different one out of the K kept.
 */
export function contentMark(db: Db): string {
  const row = db
    .prepare(
      `SELECT (SELECT count(*) FROM drafts) AS d, (SELECT ifnull(max(updated_at), '') FROM drafts) AS u,
              (SELECT count(*) FROM revisions) AS r, (SELECT count(*) FROM history) AS h,
              (SELECT ifnull(group_concat(key || '=' || value, ','), '') FROM (SELECT key, value FROM settings ORDER BY key)) AS s`,
    )
    .get() as Record<string, unknown>;
  return JSON.stringify(row);
}

function markOfFile(file: string): string | null {
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return contentMark(db);
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/** Backs up unless the newest backup already holds exactly this content. */
export async function backupIfChanged(db: Db, dataDir: string, opts: BackupOptions = {}): Promise<BackupInfo | null> {
  const newest = listBackups(dataDir)[0];
  if (newest && markOfFile(newest.file) === contentMark(db)) return null;
  return createBackup(db, dataDir, opts);
}

export interface BackupSchedule {
  /** the start-up backup (null if nothing changed since the newest one) */
  first: Promise<BackupInfo | null>;
  stop(): void;
}

/**
 * The timer owned by whoever opens the store (Electron main, web mode): one backup at start,
 * then every `everyMs` while something was saved since the last one ("while editing": an idle
 * app writes no copies, so the K kept span real history). Failures are logged, never thrown:
 * a failed backup must not stop the reporter from saving.
 */
export function startBackups(
  getDb: () => Db,
  dataDir: string,
  opts: BackupOptions & { everyMs?: number; log?: (m: string) => void; firstAfterMs?: number } = {},
): BackupSchedule {
  const log = opts.log ?? ((m: string) => console.error(m));
  let running = false;
  const run = async (): Promise<BackupInfo | null> => {
    if (running) return null;
    running = true;
    try {
      const db = getDb();
      if (!db.open) return null;
      return await backupIfChanged(db, dataDir, opts);
    } catch (e) {
      log(`backup failed: ${errorMessage(e)}`);
      return null;
    } finally {
      running = false;
    }
  };
  // the app passes a delay: the start-up copy then does not compete with the first window
  const first = opts.firstAfterMs ? new Promise<void>((r) => setTimeout(r, opts.firstAfterMs).unref?.()).then(run) : run();
  const timer = setInterval(() => void run(), opts.everyMs ?? DEFAULT_EVERY_MS);
  timer.unref?.();
  return { first, stop: () => clearInterval(timer) };
}

const SIDE_FILES = ['', '-wal', '-shm', '-journal'];

/** Moves a database file and its -wal/-shm/-journal into a new folder; returns the folder. */
export function moveAside(dbFile: string, label: string, now: Date = new Date()): string {
  const dir = path.join(path.dirname(dbFile), `${label}-${fileStamp(now)}`);
  fs.mkdirSync(dir, { recursive: true });
  for (const suffix of SIDE_FILES) {
    const f = dbFile + suffix;
    if (fs.existsSync(f)) fs.renameSync(f, path.join(dir, path.basename(f)));
  }
  fsyncDir(path.dirname(dbFile));
  return dir;
}

/** Copies a checked backup to `dbFile` atomically (copy to a temp name, fsync, rename). */
export function installDatabaseFile(src: string, dbFile: string): void {
  const tmp = `${dbFile}.restoring`;
  fs.copyFileSync(src, tmp);
  fsyncFile(tmp);
  // a stale WAL next to the new file would be replayed onto it: it must not survive
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(dbFile + suffix, { force: true });
  fs.renameSync(tmp, dbFile);
  fsyncDir(path.dirname(dbFile));
}

/** pid of another live process holding the data-folder lock, or null */
function lockHolder(dataDir: string): number | null {
  try {
    const { pid } = JSON.parse(fs.readFileSync(path.join(dataDir, 'redaksi.lock'), 'utf8')) as { pid?: unknown };
    if (typeof pid !== 'number' || pid === process.pid) return null;
    try {
      process.kill(pid, 0);
      return pid;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
    }
  } catch {
    return null;
  }
}

/** The newest backup that passes integrity_check, or null. */
export function newestGoodBackup(dataDir: string): BackupInfo | null {
  for (const b of listBackups(dataDir)) if (checkDatabaseFile(b.file, true) === null) return b;
  return null;
}

/**
 * Start-up check: if the database exists and fails quick_check, move it aside with its side
 * files and restore the newest good backup. Returns what happened, or null when all is well.
 */
export function recoverIfDamaged(dataDir: string, dbFile: string, now: Date = new Date(), check: DamageCheck = 'full'): RecoveryReport | null {
  if (!fs.existsSync(dbFile)) return null;
  // 'fast': header, WAL header and schema only (quick_check then runs in the background,
  // ./verify.ts), unless that background check found damage last time. 'recent': the fast check
  // when the whole file passed quick_check within the day, else the full one.
  const full = check === 'full' || damageMarked(dataDir) || (check === 'recent' && !verifiedWithin(dataDir, undefined, now));
  // quick_check reads the WAL too: a file whose committed pages are fine passes
  // (a valid file without our tables is a store that was never migrated: migrate handles it)
  const { problem, damaged } = full ? inspectDatabaseFile(dbFile, false, { requireSchema: false, readonly: false }) : fastDamageCheck(dbFile);
  if (full && problem === null) {
    clearDamageMark(dataDir);
    markVerified(dataDir, now);
  }
  // a file we cannot open right now (read-only folder, permissions, disk error) is left alone:
  // opening it then fails or saves are refused with a clear error; it is not replaced
  if (problem === null || !damaged) return null;
  // another Redaksi process that holds the folder (main/app/lock.ts) may have the file open:
  // never pull it away under a running writer; the one holding the lock repairs it at its start
  const holder = lockHolder(dataDir);
  if (holder !== null) {
    throw new Error(`The Redaksi database in ${dataDir} is damaged (${problem.slice(0, 120)}), and Redaksi (pid ${holder}) is using it. Close Redaksi and start it again: it will restore the newest good backup.`);
  }
  const movedTo = moveAside(dbFile, 'damaged', now);
  const good = newestGoodBackup(dataDir);
  if (good) installDatabaseFile(good.file, dbFile);
  clearDamageMark(dataDir);
  // the restored copy has just passed integrity_check (newestGoodBackup)
  if (good) markVerified(dataDir, now);
  const when = good ? new Date(good.at).toLocaleString('en-GB', { timeZone: 'UTC' }) + ' UTC' : '';
  return {
    problem,
    movedTo,
    restoredFrom: good?.file ?? null,
    at: now.toISOString(),
    message: good
      ? `Redaksi found its database damaged at start (${problem.slice(0, 120)}). The damaged files were moved to ${movedTo} and the newest good backup (${when}) was restored. Changes saved after that time are not in it; a story you were typing may also still be offered from this window's unsaved copy.`
      : `Redaksi found its database damaged at start (${problem.slice(0, 120)}) and there is no good backup. The damaged files were moved to ${movedTo} and Redaksi started with an empty database.`,
  };
}
