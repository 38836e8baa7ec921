import type { Migration } from './types.js';

/**
 * `hub_conflicts`: the conflicting copies a sync round kept (issue 13) that nobody has read yet,
 * so the editor's banner comes back after a restart instead of living only in memory. One row
 * per story (a later conflict replaces the earlier one's banner; both copies stay revisions).
 * The row goes with its story and with its revision (the banner compares against it).
 */
export const migration: Migration = {
  version: 17,
  name: 'sync conflicts',
  up(db) {
    db.exec(`
      CREATE TABLE hub_conflicts (
        draft_id    TEXT PRIMARY KEY REFERENCES drafts(id) ON DELETE CASCADE,
        revision_id INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
        headline    TEXT NOT NULL,
        kept_as     TEXT NOT NULL,
        message     TEXT NOT NULL,
        current_by  TEXT NOT NULL,
        user        TEXT NOT NULL,
        at          TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX hub_conflicts_revision ON hub_conflicts (revision_id);
    `);
  },
};
