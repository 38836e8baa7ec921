/**
 * A workstation for the newsroom tests: its own store in a temporary folder, the services over
 * it, and a hub client signed in as `user`. Call closeWorkstations() after each test.
 */
import { openStore, type Store } from '../../main/store/index.js';
import { createContext, createServices } from '../../main/services/index.js';
import type { ServiceContext } from '../../main/services/context.js';
import { createHubClient } from '../../main/newsroom/hub-client.js';
import { syncOnce } from '../../main/newsroom/sync.js';
import type { Role } from '../../shared/model/draft.js';
import type { TestHub } from './hub.js';
import { tempDir } from './tmp.js';

export interface Workstation {
  store: Store;
  ctx: ServiceContext;
  api: ReturnType<typeof createServices>;
  user: string;
  hub: ReturnType<typeof createHubClient>;
}

const open: Store[] = [];

export function closeWorkstations(): void {
  while (open.length) open.pop()!.close();
}

/** a store in a temporary folder, closed by closeWorkstations() */
export function tempStore(): Store {
  const store = openStore(tempDir());
  open.push(store);
  return store;
}

export async function workstation(hub: TestHub, user: string, role?: Role): Promise<Workstation> {
  const store = tempStore();
  const ctx = createContext(store);
  store.settings.patch(role ? { userName: user, role } : { userName: user });
  return { store, ctx, api: createServices(store, {}, ctx), user, hub: createHubClient(hub.url, await hub.login(user)) };
}

/** one sync round of the workstation with its hub */
export const sync = (w: Workstation) => syncOnce(w.ctx, w.hub, w.user);
