import type { Services } from '../../shared/api/contract.js';
import type { Store } from '../store/index.js';
import type { ServiceContext } from './context.js';
import { draftServices } from './drafts.js';
import { revisionServices } from './revisions.js';
import { settingsServices } from './settings.js';

export interface ServiceOptions {
  now?: () => Date;
}

/**
 * The one implementation of the contract. Transports (IPC, HTTP) and the CLI call into this
 * object; none of them holds business logic. `satisfies Services` makes a missing or
 * mistyped method a compile error.
 */
export function createServices(store: Store, opts: ServiceOptions = {}): Services {
  const ctx: ServiceContext = { store, now: opts.now ?? (() => new Date()) };
  return {
    ...draftServices(ctx),
    ...revisionServices(ctx),
    ...settingsServices(ctx),
  } satisfies Services;
}
