import type { Store } from '../store/index.js';

/** What every service module gets: the store and a clock (tests pass a fake one). */
export interface ServiceContext {
  store: Store;
  now: () => Date;
}

export function isoNow(ctx: ServiceContext): string {
  return ctx.now().toISOString();
}

export function currentUser(ctx: ServiceContext): string {
  return ctx.store.settings.all().userName || 'unknown';
}
