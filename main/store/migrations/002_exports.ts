import type { Migration } from './types.js';

/**
 * What went out: one row per export (file or CMS push), with the revision that was exported,
 * so the desk knows which text is live and the editor can show "changed since export".
 * `remote_id`/`remote_url` remember the CMS post so the next push updates it.
 */
export const migration: Migration = {
  version: 2,
  name: 'exports',
  up(db) {
    db.exec(`
      CREATE TABLE exports (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        draft_id     TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        revision_id  INTEGER REFERENCES revisions(id) ON DELETE SET NULL,
        draft_version INTEGER NOT NULL,
        target       TEXT NOT NULL,
        at           TEXT NOT NULL,
        who          TEXT NOT NULL DEFAULT '',
        remote_id    TEXT,
        remote_url   TEXT,
        remote_modified TEXT,
        forced       INTEGER NOT NULL DEFAULT 0,
        warnings     TEXT NOT NULL DEFAULT '[]'
      );
      CREATE INDEX exports_draft ON exports(draft_id, id DESC);
    `);
  },
};
