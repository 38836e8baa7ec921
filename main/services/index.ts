import type { Services } from '../../shared/api/contract.js';
import type { Store } from '../store/index.js';
import type { ServiceContext } from './context.js';
import { draftServices } from './drafts.js';
import { revisionServices } from './revisions.js';
import { settingsServices } from './settings.js';
import { backupServices } from './backups.js';
import { exportServices } from './exports.js';
import { findingServices, findingsFor } from './findings.js';
import { cmsServices } from './cms-settings.js';
import { factServices } from './facts.js';
import { archiveServices } from './archive.js';
import { commentServices } from './comments.js';
import { newsroomServices, type NewsroomOptions } from './newsroom.js';
import type { CredentialStore } from './cms/credentials.js';
import type { ArchivePoolOptions } from '../store/archive-pool.js';
import type { Analyzer } from '../../shared/analysis/index.js';

export interface ServiceOptions {
  now?: () => Date;
  /** CMS credentials, first match wins: safeStorage in Electron, env/file in web mode and the CLI */
  credentials?: CredentialStore[];
  /** run archive queries on worker threads (main/store/archive-pool.ts) */
  archiveWorkers?: ArchivePoolOptions;
  /** the in-story checks (default: every registered analyzer) */
  analyzers?: readonly Analyzer[];
  /** the store is read-only (see ServiceContext.readOnly) */
  readOnly?: boolean;
  /** the newsroom hub: where the token is sealed, and whether to sync in the background */
  newsroom?: NewsroomOptions;
}

/**
 * The one implementation of the contract. Transports (IPC, HTTP) and the CLI call into this
 * object; none of them holds business logic. `satisfies Services` makes a missing or
 * mistyped method a compile error.
 */
export function createContext(store: Store, opts: ServiceOptions = {}): ServiceContext {
  return { store, now: opts.now ?? (() => new Date()), archiveDirty: new Set(), ...(opts.archiveWorkers ? { archiveWorkers: opts.archiveWorkers } : {}), ...(opts.analyzers ? { analyzers: opts.analyzers } : {}), ...(opts.readOnly ? { readOnly: true } : {}) };
}

export function createServices(store: Store, opts: ServiceOptions = {}, ctx: ServiceContext = createContext(store, opts)): Services {
  const drafts = draftServices(ctx);
  const settings = settingsServices(ctx);
  return {
    ...drafts,
    ...revisionServices(ctx),
    ...settings,
    ...backupServices(ctx),
    ...cmsServices(opts.credentials ?? []),
    ...findingServices(ctx),
    ...factServices(ctx),
    ...archiveServices(ctx),
    ...commentServices(ctx),
    ...exportServices(ctx, { credentials: opts.credentials ?? [], findingsFor: (d) => findingsFor(ctx, d) }),
    // after draftServices: its drafts.setStatus goes through the hub when signed in, and a save nudges the sync;
    // after settingsServices: while signed in, the name and role are the hub's
    ...newsroomServices(ctx, opts.newsroom ?? {}, { ...drafts, ...settings }),
  } satisfies Services;
}
