import { DeskOutboxRepo } from './desk-outbox-repo.js';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './migrations/types.js';
import { openDatabase, DB_FILE, type OpenOptions } from './database.js';
import { migrate } from './migrate.js';
import { DraftsRepo } from './drafts-repo.js';
import { RevisionsRepo } from './revisions-repo.js';
import { HistoryRepo } from './history-repo.js';
import { SettingsRepo } from './settings-repo.js';
import { ExportsRepo } from './exports-repo.js';
import { DecisionsRepo } from './decisions-repo.js';
import { CommentsRepo } from './comments-repo.js';
import { FactsRepo } from './facts-repo.js';
import { HubSyncRepo } from './hub-sync-repo.js';
import { ArchiveIndex } from './archive-index.js';
import { checkDatabaseFile, installDatabaseFile, moveAside, recoverIfDamaged, type DamageCheck, type RecoveryReport } from './backup.js';
import { ApiError } from '../../shared/api/errors.js';

export interface Store {
  readonly dir: string;
  readonly file: string;
  readonly db: Db;
  readonly drafts: DraftsRepo;
  readonly revisions: RevisionsRepo;
  readonly history: HistoryRepo;
  readonly settings: SettingsRepo;
  readonly exports: ExportsRepo;
  readonly decisions: DecisionsRepo;
  /** comment threads on the text (issue 15) */
  readonly comments: CommentsRepo;
  readonly facts: FactsRepo;
  /** the newsroom hub's bookkeeping: links to hub stories, the outbox of local changes */
  readonly hubSync: HubSyncRepo;
  /** decisions and verified facts waiting to go up to the newsroom hub */
  readonly deskOutbox: DeskOutboxRepo;
  /** near-duplicate index over every stored story's paragraphs (the archive) */
  readonly archive: ArchiveIndex;
  /** runs fn in one synchronous transaction (never await inside) */
  tx<T>(fn: () => T): T;
  /**
   * tx() for an autosave: the WAL checkpoint SQLite runs inside a commit once the WAL passes
   * 1,000 pages (a 4 MB copy into the database file and its fsync, the slow tail of the saves)
   * runs instead just after the caller has answered, as often: `walBytes` is about what the
   * save wrote. The save itself is committed to the WAL and synced before this returns.
   */
  saveTx<T>(fn: () => T, walBytes: number): T;
  /**
   * Holds that deferred checkpoint back while an autosave is on its way (its text being packed
   * on the thread pool): the checkpoint would otherwise take the main thread between the packing
   * and the commit and delay that save's answer. Call the returned function when the save answered.
   * A checkpoint held back until the WAL has twice its usual size runs all the same.
   */
  holdCheckpoint(): () => void;
  close(): void;
  /** set when the database was found damaged at open and replaced by a backup (main/store/backup.ts) */
  readonly recovery: RecoveryReport | null;
  /**
   * Replaces the whole database with a checked backup file while the store stays usable: the
   * current files are moved aside into `before-restore-<time>/` (so a restore can be undone),
   * the backup is installed and the store reopened (and migrated) in place.
   */
  replaceWith(backupFile: string): { movedTo: string };
  /** refuses every write from now on, with this message (the background check found damage) */
  blockWrites(message: string): void;
  readonly writesBlocked: string | null;
}

export interface StoreOpenOptions extends OpenOptions {
  /**
   * 'full' (default): SQLite's quick_check before opening, for commands that run once. 'fast':
   * header, WAL and schema only, for the long-running app and web mode, which then run
   * verifyInBackground (./verify.ts) so a large store opens in milliseconds. 'recent': fast when
   * the whole file passed quick_check within the last day, full otherwise (the CLI).
   */
  damageCheck?: DamageCheck;
}

/** SQLite's default: a commit checkpoints once the WAL holds this many pages */
const AUTOCHECKPOINT_PAGES = 1000;

function writable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Opens (creating if needed) the store in a data directory and migrates it to the newest schema. */
export function openStore(dir: string, opts: StoreOpenOptions = {}): Store {
  const file = path.join(dir, DB_FILE);
  // a damaged file is detected (quick_check, or the fast check) and replaced by the newest good backup before use
  const recovery = opts.readonly ? null : recoverIfDamaged(dir, file, new Date(), opts.damageCheck ?? 'full');
  let writesBlocked: string | null = null;
  const openParts = () => {
    let db: Db;
    try {
      db = openDatabase(file, opts);
    } catch (e) {
      // SQLite's "unable to open database file" says nothing about why: a read-only folder is the usual reason
      const code = String((e as { code?: unknown }).code);
      if (!opts.readonly && (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY')) && !writable(file)) {
        throw Object.assign(new Error(`The data folder ${dir} cannot be written (read-only disk or no permission), so Redaksi cannot open its database there. Make it writable, or use another --data-dir.`), { code: 'SQLITE_READONLY' });
      }
      throw e;
    }
    try {
      if (!opts.readonly) migrate(db);
    } catch (e) {
      db.close();
      throw e;
    }
    return { db, drafts: new DraftsRepo(db), revisions: new RevisionsRepo(db), history: new HistoryRepo(db), settings: new SettingsRepo(db), exports: new ExportsRepo(db), decisions: new DecisionsRepo(db), comments: new CommentsRepo(db), facts: new FactsRepo(db), hubSync: new HubSyncRepo(db), deskOutbox: new DeskOutboxRepo(db), archive: new ArchiveIndex(db) };
  };
  let parts = openParts();
  let openedWritable = writable(file);
  // saves deferring SQLite's automatic checkpoint (saveTx): what they wrote since the last one
  let unCheckpointedBytes = 0;
  let checkpointSoon: NodeJS.Immediate | undefined;
  let checkpointHolds = 0;
  let checkpointHeld = false;
  const scheduleCheckpoint = () => {
    if (checkpointSoon) return;
    checkpointSoon = setImmediate(() => {
      checkpointSoon = undefined;
      // held once, not for ever: saves that follow one another with no pause would otherwise
      // starve it, and a WAL that only grows makes every commit extend the file
      if (checkpointHolds > 0 && unCheckpointedBytes < 2 * AUTOCHECKPOINT_PAGES * 4096) {
        checkpointHeld = true;
        return;
      }
      unCheckpointedBytes = 0;
      try {
        if (parts.db.open && !writesBlocked) parts.db.pragma('wal_checkpoint(PASSIVE)');
      } catch {
        // a busy or failing checkpoint is retried by SQLite's own at a later commit
      }
    });
    checkpointSoon.unref();
  };
  // getters: services keep one Store object across replaceWith()
  return {
    dir,
    file,
    recovery,
    get db() {
      return parts.db;
    },
    get drafts() {
      return parts.drafts;
    },
    get revisions() {
      return parts.revisions;
    },
    get history() {
      return parts.history;
    },
    get settings() {
      return parts.settings;
    },
    get exports() {
      return parts.exports;
    },
    get decisions() {
      return parts.decisions;
    },
    get comments() {
      return parts.comments;
    },
    get facts() {
      return parts.facts;
    },
    get hubSync() {
      return parts.hubSync;
    },
    get deskOutbox() {
      return parts.deskOutbox;
    },
    get archive() {
      return parts.archive;
    },
    get writesBlocked() {
      return writesBlocked;
    },
    blockWrites(message: string) {
      writesBlocked = message;
      // SQLite itself refuses writes too, so a write outside tx() cannot slip through either
      parts.db.pragma('query_only = ON');
    },
    tx: <T>(fn: () => T) => {
      if (writesBlocked) throw new ApiError('read-only', writesBlocked);
      try {
        return parts.db.transaction(fn)();
      } catch (e) {
        // what the drafts repository noted of bodies written in the rolled-back transaction is not stored
        parts.drafts.forgetBases();
        // the folder was read-only when the store was opened (SQLite then opens the file
        // read-only for good): once it is writable again, reopen and retry so saving resumes
        if (!opts.readonly && !openedWritable && String((e as { code?: unknown }).code).startsWith('SQLITE_READONLY') && writable(file)) {
          parts.db.close();
          parts = openParts();
          openedWritable = true;
          return parts.db.transaction(fn)();
        }
        throw e;
      }
    },
    saveTx<T>(fn: () => T, walBytes: number): T {
      const db = parts.db;
      db.pragma('wal_autocheckpoint = 0');
      try {
        return this.tx(fn);
      } finally {
        if (parts.db === db && db.open) db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
        unCheckpointedBytes += walBytes;
        if (unCheckpointedBytes >= AUTOCHECKPOINT_PAGES * 4096) scheduleCheckpoint();
      }
    },
    holdCheckpoint() {
      checkpointHolds++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        checkpointHolds--;
        if (checkpointHolds === 0 && checkpointHeld) {
          checkpointHeld = false;
          scheduleCheckpoint();
        }
      };
    },
    close: () => {
      if (checkpointSoon) clearImmediate(checkpointSoon);
      checkpointSoon = undefined;
      if (parts.db.open) parts.db.close();
    },
    replaceWith(backupFile: string) {
      const problem = checkDatabaseFile(backupFile, true);
      if (problem) throw new Error(`${backupFile} cannot be restored: ${problem}`);
      // fold the WAL into the main file so the moved-aside copy is complete on its own
      parts.db.pragma('wal_checkpoint(TRUNCATE)');
      parts.db.close();
      let movedTo = '';
      try {
        movedTo = moveAside(file, 'before-restore');
        installDatabaseFile(backupFile, file);
        // a checked backup replaced the file the background check found damaged
        writesBlocked = null;
      } catch (e) {
        // put the previous files back: a failed restore changes nothing
        if (movedTo) for (const f of fs.readdirSync(movedTo)) fs.renameSync(path.join(movedTo, f), path.join(dir, f));
        throw e;
      } finally {
        parts = openParts();
        openedWritable = writable(file);
      }
      return { movedTo };
    },
  };
}

export type { Db } from './migrations/types.js';
export type { RecoveryReport, BackupInfo } from './backup.js';
