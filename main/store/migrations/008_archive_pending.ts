import type { Migration } from './types.js';

/**
 * The stories the archive index has not caught up with (#20). Catching up used to read every
 * draft's id and timestamp and every indexed story's, on each first check of a connection: two
 * full passes of 100,000 rows for every `redaksi check`, whether anything changed or not.
 * Triggers now note each story whose text, headline or trash state changes, once per story
 * (the key, not a row per save, so the table is bounded by the number of stories); catching up
 * reads this table and empties it.
 *
 * Filled here with every story and every indexed story, so the first catch-up after the upgrade
 * compares them all once, as before.
 */
export const migration: Migration = {
  version: 8,
  name: 'archive pending stories',
  up(db) {
    db.exec(`
      CREATE TABLE archive_pending (story_id TEXT PRIMARY KEY) WITHOUT ROWID;
      CREATE TRIGGER archive_pending_ai AFTER INSERT ON drafts BEGIN
        INSERT OR IGNORE INTO archive_pending (story_id) VALUES (new.id);
      END;
      CREATE TRIGGER archive_pending_au AFTER UPDATE OF headline, body, trashed_at, updated_at ON drafts BEGIN
        INSERT OR IGNORE INTO archive_pending (story_id) VALUES (new.id);
      END;
      CREATE TRIGGER archive_pending_ad AFTER DELETE ON drafts BEGIN
        INSERT OR IGNORE INTO archive_pending (story_id) VALUES (old.id);
      END;
      INSERT OR IGNORE INTO archive_pending (story_id) SELECT id FROM drafts;
      INSERT OR IGNORE INTO archive_pending (story_id) SELECT story_id FROM archive_stories;
    `);
  },
};
