import type { Migration } from './types.js';

/** Drafts, revisions, per-story history, settings, and the FTS5 index over headline + body. */
export const migration: Migration = {
  version: 1,
  name: 'core tables',
  up(db) {
    db.exec(`
      CREATE TABLE drafts (
        id          TEXT PRIMARY KEY,
        headline    TEXT NOT NULL DEFAULT '',
        slug        TEXT NOT NULL DEFAULT '',
        slug_locked INTEGER NOT NULL DEFAULT 0,
        status      TEXT NOT NULL DEFAULT 'draft'
                    CHECK (status IN ('draft','submitted','in-review','approved','exported')),
        language    TEXT NOT NULL DEFAULT 'id' CHECK (language IN ('id','en')),
        meta        TEXT NOT NULL DEFAULT '{}',
        body        TEXT NOT NULL,
        plain_text  TEXT NOT NULL DEFAULT '',
        word_count  INTEGER NOT NULL DEFAULT 0,
        paragraph_count INTEGER NOT NULL DEFAULT 0,
        version     INTEGER NOT NULL DEFAULT 1,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        trashed_at  TEXT
      );
      CREATE UNIQUE INDEX drafts_slug ON drafts(slug) WHERE slug <> '';
      CREATE INDEX drafts_updated ON drafts(updated_at DESC);

      CREATE TABLE revisions (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        draft_id    TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        created_at  TEXT NOT NULL,
        reason      TEXT NOT NULL,
        label       TEXT NOT NULL DEFAULT '',
        author      TEXT NOT NULL DEFAULT '',
        headline    TEXT NOT NULL DEFAULT '',
        status      TEXT NOT NULL,
        meta        TEXT NOT NULL DEFAULT '{}',
        body        TEXT NOT NULL,
        plain_text  TEXT NOT NULL DEFAULT '',
        word_count  INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX revisions_draft ON revisions(draft_id, id DESC);

      CREATE TABLE history (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        draft_id    TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        at          TEXT NOT NULL,
        who         TEXT NOT NULL DEFAULT '',
        kind        TEXT NOT NULL,
        from_value  TEXT,
        to_value    TEXT,
        note        TEXT
      );
      CREATE INDEX history_draft ON history(draft_id, id);

      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );

      -- external-content FTS5 over the drafts table, kept current by triggers
      CREATE VIRTUAL TABLE drafts_fts USING fts5(
        headline, plain_text,
        content = 'drafts', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER drafts_fts_ai AFTER INSERT ON drafts BEGIN
        INSERT INTO drafts_fts(rowid, headline, plain_text) VALUES (new.rowid, new.headline, new.plain_text);
      END;
      CREATE TRIGGER drafts_fts_ad AFTER DELETE ON drafts BEGIN
        INSERT INTO drafts_fts(drafts_fts, rowid, headline, plain_text) VALUES ('delete', old.rowid, old.headline, old.plain_text);
      END;
      CREATE TRIGGER drafts_fts_au AFTER UPDATE OF headline, plain_text ON drafts BEGIN
        INSERT INTO drafts_fts(drafts_fts, rowid, headline, plain_text) VALUES ('delete', old.rowid, old.headline, old.plain_text);
        INSERT INTO drafts_fts(rowid, headline, plain_text) VALUES (new.rowid, new.headline, new.plain_text);
      END;
    `);
  },
};
