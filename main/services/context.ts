import type { Store } from '../store/index.js';
import type { ArchivePoolOptions } from '../store/archive-pool.js';
import type { Analyzer } from '../../shared/analysis/index.js';

/** What every service module gets: the store and a clock (tests pass a fake one). */
export interface ServiceContext {
  store: Store;
  now: () => Date;
  /** stories saved since the archive index last caught up (main/services/archive.ts) */
  archiveDirty: Set<string>;
  /** archive queries on worker threads (the app and web mode); absent: in-thread queries */
  archiveWorkers?: ArchivePoolOptions;
  /** the in-story checks; absent: every registered one (tests pass a failing one) */
  analyzers?: readonly Analyzer[];
  /** the store was opened read-only (the CLI while the app holds the data folder): nothing is written, the archive is not caught up */
  readOnly?: boolean;
}

export function isoNow(ctx: ServiceContext): string {
  return ctx.now().toISOString();
}

export function currentUser(ctx: ServiceContext): string {
  return ctx.store.settings.all().userName || 'unknown';
}
