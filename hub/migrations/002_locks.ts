import type { HubMigration } from './types.js';

/**
 * Edit leases ("Rina is editing since 10:42"): one row per story being edited, kept alive by
 * heartbeats; a lease whose heartbeat is older than two minutes has expired (hub/locks.ts).
 */
export const locks: HubMigration = {
  version: 2,
  name: 'locks',
  sql: `
    CREATE TABLE story_locks (
      story_id text PRIMARY KEY REFERENCES stories(id),
      user_id integer NOT NULL REFERENCES users(id),
      since timestamptz NOT NULL DEFAULT now(),
      heartbeat_at timestamptz NOT NULL DEFAULT now()
    );
  `,
};
