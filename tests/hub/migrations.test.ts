/** The hub's numbered migrations, on a real PostgreSQL (tests/helpers/postgres.ts). */
import { describe, expect, it } from 'vitest';
import { openPool } from '../../hub/db.js';
import { migrateHub } from '../../hub/migrate.js';
import { HUB_MIGRATIONS } from '../../hub/migrations/index.js';
import { pgCluster } from '../helpers/hub.js';
import { PG_BIN_DIR, PG_MISSING } from '../helpers/postgres.js';

describe.skipIf(!PG_BIN_DIR)(`hub migrations${PG_BIN_DIR ? '' : ` (skipped: ${PG_MISSING})`}`, () => {
  it('are numbered 1, 2, 3 ... without gaps', () => {
    expect(HUB_MIGRATIONS.map((m) => m.version)).toEqual(HUB_MIGRATIONS.map((_m, i) => i + 1));
  });

  it('001 core: creates users, sessions, stories, history and the change sequence; a second run applies nothing', async () => {
    const pool = openPool(await (await pgCluster()).createDatabase());
    try {
      expect(await migrateHub(pool)).toEqual(HUB_MIGRATIONS.map((m) => m.version));
      const tables = (await pool.query<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).rows.map((r) => r.t);
      expect(tables).toEqual(expect.arrayContaining(['hub_migrations', 'login_failures', 'sessions', 'stories', 'story_history', 'users']));
      expect((await pool.query("SELECT nextval('change_seq') AS n")).rows[0].n).toBe('1');
      // the role check is the database's too, not only the hub's
      await expect(pool.query("INSERT INTO users (name, role, password_hash) VALUES ('x', 'owner', 'h')")).rejects.toThrow(/check constraint/);
      expect(await migrateHub(pool)).toEqual([]);
    } finally {
      await pool.end();
    }
  });

  it('two hubs starting at once migrate once (advisory lock), and a database newer than the hub is refused', async () => {
    const url = await (await pgCluster()).createDatabase();
    const a = openPool(url);
    const b = openPool(url);
    try {
      const [ra, rb] = await Promise.all([migrateHub(a), migrateHub(b)]);
      expect([...ra, ...rb].sort()).toEqual(HUB_MIGRATIONS.map((m) => m.version));
      await a.query("INSERT INTO hub_migrations (version, name) VALUES (999, 'from the future')");
      await expect(migrateHub(b)).rejects.toThrow(/newer than this hub knows/);
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  });
});
