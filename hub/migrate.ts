import type { Pool } from './db.js';
import { inTx } from './db.js';
import { HUB_MIGRATIONS } from './migrations/index.js';
import type { HubMigration } from './migrations/types.js';

// several hubs may start at once against one database: one of them migrates, the others wait
const MIGRATION_LOCK = 0x52454441; // "REDA"

/**
 * Brings the schema to the newest version, all in one transaction (PostgreSQL's DDL is
 * transactional): a failing migration leaves the schema as it was. Returns the versions applied.
 */
export async function migrateHub(pool: Pool, migrations: readonly HubMigration[] = HUB_MIGRATIONS): Promise<number[]> {
  return inTx(pool, async (c) => {
    await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await c.query('CREATE TABLE IF NOT EXISTS hub_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await c.query<{ version: number }>('SELECT version FROM hub_migrations')).rows.map((r) => r.version));
    const newest = Math.max(0, ...done);
    const known = Math.max(0, ...migrations.map((m) => m.version));
    if (newest > known) throw new Error(`This database has hub schema version ${newest}, newer than this hub knows (${known}): run a newer Redaksi hub.`);
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await c.query(m.sql);
      await c.query('INSERT INTO hub_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}
