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

  it('003 comments: one row per message with its change sequence number, unique like the stories\' ones', async () => {
    const pool = openPool(await (await pgCluster()).createDatabase());
    try {
      await migrateHub(pool);
      await pool.query("INSERT INTO users (name, role, password_hash) VALUES ('rina', 'reporter', 'h')");
      await pool.query("INSERT INTO stories (id, owner_id, headline, language, meta, body, status, version, seq, updated_at, updated_by) VALUES ('s1', 1, 'h', 'id', '{}', '{}', 'draft', 1, 1, now(), 1)");
      const put = (id: string, seq: number) =>
        pool.query("INSERT INTO comments (id, story_id, thread_id, author_id, text, created_at, updated_at, seq) VALUES ($1, 's1', $1, 1, 'sumber?', now(), now(), $2)", [id, seq]);
      await put('0b6e1f4e-6a53-4c1e-9a43-2f0d8c1a7e11', 2);
      await expect(put('5c2a9d7b-1f3e-4b8a-8c6d-9e0f1a2b3c44', 2)).rejects.toThrow(/comments_seq/);
      expect((await pool.query('SELECT mentions, resolved, deleted_at FROM comments')).rows).toEqual([{ mentions: [], resolved: false, deleted_at: null }]);
    } finally {
      await pool.end();
    }
  });

  it('004 decisions and facts: one decision per story and fingerprint, kinds checked, sequence numbers unique; facts keep their history', async () => {
    const pool = openPool(await (await pgCluster()).createDatabase());
    try {
      await migrateHub(pool);
      await pool.query("INSERT INTO users (name, role, password_hash) VALUES ('dewi', 'desk', 'h')");
      await pool.query("INSERT INTO stories (id, owner_id, headline, language, meta, body, status, version, seq, updated_at, updated_by) VALUES ('s1', 1, 'h', 'id', '{}', '{}', 'draft', 1, 1, now(), 1)");
      const decide = (fingerprint: string, kind: string, seq: number) =>
        pool.query("INSERT INTO decisions (story_id, fingerprint, rule, kind, note, user_id, at, seq) VALUES ('s1', $1, 'number-mismatch', $2, 'n', 1, now(), $3)", [fingerprint, kind, seq]);
      await decide('a', 'dismissed', 2);
      await expect(decide('a', 'verified', 3)).rejects.toThrow(/decisions_pkey/);
      await expect(decide('b', 'ignored', 3)).rejects.toThrow(/check constraint/);
      await expect(decide('b', 'reopened', 2)).rejects.toThrow(/decisions_seq/);
      await pool.query("INSERT INTO facts (id, subject, attribute, value, verified_by, verified_at, version, seq) VALUES ('f1', 'BPS', 'inflasi', '2,1', 1, now(), 1, 5)");
      await pool.query(`INSERT INTO fact_history (fact_id, kind, after, user_id) VALUES ('f1', 'added', '{"value":"2,1"}', 1)`);
      expect((await pool.query('SELECT unit, as_of, source, retired FROM facts')).rows).toEqual([{ unit: '', as_of: '', source: '', retired: false }]);
      await expect(pool.query(`INSERT INTO fact_history (fact_id, kind, after, user_id) VALUES ('f9', 'added', '{}', 1)`)).rejects.toThrow(/foreign key/);
    } finally {
      await pool.end();
    }
  });

  it('005 numbered at pull: a write may leave its sequence number empty; the numbers given later stay unique', async () => {
    const pool = openPool(await (await pgCluster()).createDatabase());
    try {
      await migrateHub(pool);
      await pool.query("INSERT INTO users (name, role, password_hash) VALUES ('rina', 'reporter', 'h')");
      const put = (id: string, seq: number | null) =>
        pool.query("INSERT INTO stories (id, owner_id, headline, language, meta, body, status, version, seq, updated_at, updated_by) VALUES ($1, 1, 'h', 'id', '{}', '{}', 'draft', 1, $2, now(), 1)", [id, seq]);
      await put('s1', null);
      await put('s2', null);
      await put('s3', 7);
      await expect(put('s4', 7)).rejects.toThrow(/stories_seq/);
      expect((await pool.query('SELECT id FROM stories WHERE seq IS NULL ORDER BY id')).rows.map((r) => r.id)).toEqual(['s1', 's2']);
      expect((await pool.query("SELECT indexname FROM pg_indexes WHERE indexname LIKE '%_unnumbered' ORDER BY 1")).rows.map((r) => r.indexname)).toEqual([
        'comments_unnumbered',
        'decisions_unnumbered',
        'facts_unnumbered',
        'stories_unnumbered',
      ]);
    } finally {
      await pool.end();
    }
  });
});
