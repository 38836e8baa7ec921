import type { Migration } from './types.js';

/**
 * Learned boilerplate (issue 12): which archive stories hold each short line
 * (shared/analysis/learned-furniture.ts). archive_lines is read by key only (how many other
 * stories hold this line); a story's own line numbers are kept with it (archive_stories.lines,
 * float64s) so that re-indexing or removing it deletes exactly its rows. Stories indexed before
 * this version are re-indexed by the next catch-up to learn their lines.
 */
export const migration: Migration = {
  version: 12,
  name: 'archive short lines',
  up(db) {
    db.exec(`
      ALTER TABLE archive_stories ADD COLUMN lines BLOB;
      CREATE TABLE archive_lines (
        key INTEGER NOT NULL,
        sid INTEGER NOT NULL,
        PRIMARY KEY (key, sid)
      ) WITHOUT ROWID;
      UPDATE archive_stories SET indexed_at = '';
      INSERT OR IGNORE INTO archive_pending (story_id) SELECT story_id FROM archive_stories;
    `);
  },
};
