/**
 * One test per migration (Signal Desktop's idiom): build the database at N-1, insert rows the
 * way the older version wrote them, migrate to N, check the old rows survived and the new
 * schema works.
 */
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { migrate } from '../../main/store/migrate.js';

function at(version: number) {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, version);
  return db;
}

describe('migration 2 (exports)', () => {
  it('keeps existing drafts and records exports that cascade with their draft', () => {
    const db = at(1);
    db.prepare("INSERT INTO drafts (id, headline, body, created_at, updated_at) VALUES ('d1', 'Old story', '{}', '2024-01-01', '2024-01-01')").run();
    db.prepare("INSERT INTO revisions (draft_id, created_at, reason, status, body) VALUES ('d1', '2024-01-01', 'manual', 'draft', '{}')").run();
    migrate(db, 2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare("SELECT headline FROM drafts WHERE id = 'd1'").get()).toEqual({ headline: 'Old story' });
    db.prepare("INSERT INTO exports (draft_id, revision_id, draft_version, target, at) VALUES ('d1', 1, 1, 'html', '2024-01-02')").run();
    db.prepare('DELETE FROM revisions').run();
    expect(db.prepare('SELECT revision_id FROM exports').get()).toEqual({ revision_id: null }); // history outlives pruned revisions
    db.prepare("DELETE FROM drafts WHERE id = 'd1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM exports').get()).toEqual({ n: 0 });
  });
});

describe('migration 3 (decisions)', () => {
  it('keeps drafts and exports, stores one decision per finding, cascades with the draft', () => {
    const db = at(2);
    db.prepare("INSERT INTO drafts (id, headline, body, created_at, updated_at) VALUES ('d1', 'Old story', '{}', '2024-01-01', '2024-01-01')").run();
    db.prepare("INSERT INTO exports (draft_id, draft_version, target, at) VALUES ('d1', 1, 'md', '2024-01-02')").run();
    migrate(db, 3);
    expect(db.prepare('SELECT count(*) AS n FROM exports').get()).toEqual({ n: 1 });
    const put = db.prepare("INSERT INTO decisions (draft_id, fingerprint, rule, kind, note, at) VALUES ('d1', 'fp', 'name-variant', ?, 'ok', '2024-01-03')");
    put.run('dismissed');
    expect(() => put.run('verified')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("INSERT INTO decisions (draft_id, fingerprint, rule, kind, note, at) VALUES ('d1', 'fp2', 'x', 'ignored', '', '')").run()).toThrow(/CHECK/);
    db.prepare("DELETE FROM drafts WHERE id = 'd1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM decisions').get()).toEqual({ n: 0 });
  });
});
