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

/**
 * The person recorded with a step, an export, a comment: the name set in Settings, or '' while
 * nobody is named (#14: never a made-up word such as 'unknown'; the interface reads '' as
 * "someone on this computer", the CLI's JSON shows it as it is).
 */
export function currentUser(ctx: ServiceContext): string {
  return ctx.store.settings.all().userName.trim();
}
