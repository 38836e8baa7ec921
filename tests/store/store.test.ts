import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import path from 'node:path';
import { openStore } from '../../main/store/index.js';
import { MMAP_BYTES } from '../../main/store/database.js';
import { migrate, MigrationError } from '../../main/store/migrate.js';
import { MIGRATIONS } from '../../main/store/migrations/index.js';
import { tempDir } from '../helpers/tmp.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';

describe('store', () => {
  it('opens every connection with WAL, synchronous FULL, foreign keys and the file memory-mapped', () => {
    const dir = tempDir();
    for (let i = 0; i < 2; i++) {
      const store = openStore(dir);
      expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
      expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(store.db.pragma('mmap_size', { simple: true })).toBe(MMAP_BYTES);
      store.close();
    }
  });

  it('migrates a new database to the newest schema and is idempotent', () => {
    const store = openStore(tempDir());
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(migrate(store.db)).toBe(MIGRATIONS.length);
    store.close();
  });

  it('refuses a database written by a newer version instead of damaging it', () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, 'redaksi.db'));
    db.pragma('user_version = 999');
    db.close();
    expect(() => openStore(dir)).toThrow(MigrationError);
  });

  it('migration 1 creates drafts with a working FTS index kept current by triggers', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    const row = { id: 'a', body: JSON.stringify(docFromParagraphs(['x'])), at: '2024-01-01' };
    db.prepare("INSERT INTO drafts (id, headline, body, plain_text, created_at, updated_at) VALUES (@id, 'Banjir di Jakarta', @body, 'Air naik setinggi dua meter', @at, @at)").run(row);
    const hit = () => db.prepare("SELECT count(*) AS n FROM drafts_fts WHERE drafts_fts MATCH 'setinggi'").get() as { n: number };
    expect(hit().n).toBe(1);
    db.prepare("UPDATE drafts SET plain_text = 'Air surut' WHERE id = 'a'").run();
    expect(hit().n).toBe(0);
    expect(() => db.prepare("UPDATE drafts SET status = 'published' WHERE id = 'a'").run()).toThrow(/CHECK/);
    db.close();
  });

  it('a failing migration leaves the database at the previous version', () => {
    const db = new Database(':memory:');
    const broken = [...MIGRATIONS.slice(0, 1), { version: 2, name: 'broken', up: (d: Database.Database) => d.exec('CREATE TABLE t (x); SELECT nonsense FROM nowhere;') }];
    expect(() => migrate(db, undefined, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 't'").get()).toEqual({ n: 0 });
  });
});

describe('autosave and the WAL checkpoint', () => {
  it('a save never copies the WAL into the database file itself; the checkpoint follows once the caller has answered', async () => {
    const { createServices } = await import('../../main/services/index.js');
    const fs = await import('node:fs');
    const dir = tempDir();
    const store = openStore(dir);
    const api = createServices(store);
    // about 1.5 MB of WAL per save: three saves pass SQLite's 1,000-page threshold
    const story = (n: number) => docFromParagraphs(Array.from({ length: 500 }, (_, i) => `Paragraf ${i} versi ${n}: ${'kata '.repeat(200)}`));
    const d = await api['drafts.create']({ headline: 'Panjang', body: story(0) });
    const dbBytes = () => fs.statSync(path.join(dir, 'redaksi.db')).size;
    const before = dbBytes();
    let v = d.version;
    for (let n = 1; n <= 4; n++) v = (await api['drafts.save']({ id: d.id, baseVersion: v, body: story(n) })).version;
    // every save is in the WAL, none was folded into the database file on the way
    expect(dbBytes()).toBe(before);
    await new Promise((resolve) => setImmediate(resolve));
    expect(dbBytes()).toBeGreaterThan(before);
    expect((await api['drafts.get']({ id: d.id })).plainText).toContain('versi 4');
    store.close();
  });
});
