import path from 'node:path';
import type { Db } from './migrations/types.js';
import { openDatabase, DB_FILE, type OpenOptions } from './database.js';
import { migrate } from './migrate.js';
import { DraftsRepo } from './drafts-repo.js';
import { RevisionsRepo } from './revisions-repo.js';
import { HistoryRepo } from './history-repo.js';
import { SettingsRepo } from './settings-repo.js';

export interface Store {
  readonly dir: string;
  readonly file: string;
  readonly db: Db;
  readonly drafts: DraftsRepo;
  readonly revisions: RevisionsRepo;
  readonly history: HistoryRepo;
  readonly settings: SettingsRepo;
  /** runs fn in one synchronous transaction (never await inside) */
  tx<T>(fn: () => T): T;
  close(): void;
}

/** Opens (creating if needed) the store in a data directory and migrates it to the newest schema. */
export function openStore(dir: string, opts: OpenOptions = {}): Store {
  const file = path.join(dir, DB_FILE);
  const db = openDatabase(file, opts);
  try {
    if (!opts.readonly) migrate(db);
  } catch (e) {
    db.close();
    throw e;
  }
  return {
    dir,
    file,
    db,
    drafts: new DraftsRepo(db),
    revisions: new RevisionsRepo(db),
    history: new HistoryRepo(db),
    settings: new SettingsRepo(db),
    tx: <T>(fn: () => T) => db.transaction(fn)(),
    close: () => {
      if (db.open) db.close();
    },
  };
}

export type { Db } from './migrations/types.js';
