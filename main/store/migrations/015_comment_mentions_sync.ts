import type { Migration } from './types.js';

/**
 * Comments (issue 15), second part.
 * - `comment_mentions`: one row per person named with `@name` in a message, keyed by name
 *   first, so "stories with an open thread that mentions me" is one index range. Names compare
 *   in any case, as people type them. A deleted message keeps its rows (the queries skip
 *   deleted messages), so undoing a deletion brings its mentions back too.
 * - `comments_outbox`: messages written, resolved, reopened, deleted or brought back here since
 *   the newsroom hub last agreed (main/newsroom/comment-sync.ts). Triggers fill it, like
 *   `hub_outbox` for stories; every existing message is in it, so the first sync offers them all.
 *   The triggers test for the row instead of INSERT OR IGNORE: an outer upsert (a pulled message)
 *   would override the trigger's OR IGNORE and fail on the second change.
 */
export const migration: Migration = {
  version: 15,
  name: 'comment mentions and sync',
  up(db) {
    db.exec(`
      CREATE TABLE comment_mentions (
        name       TEXT NOT NULL COLLATE NOCASE,
        comment_id TEXT NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
        PRIMARY KEY (name, comment_id)
      ) WITHOUT ROWID;
      CREATE INDEX comment_mentions_comment ON comment_mentions (comment_id);
      CREATE TABLE comments_outbox (comment_id TEXT PRIMARY KEY REFERENCES comments(id) ON DELETE CASCADE) WITHOUT ROWID;
      CREATE TRIGGER comments_outbox_ai AFTER INSERT ON comments BEGIN
        INSERT INTO comments_outbox (comment_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM comments_outbox WHERE comment_id = new.id);
      END;
      CREATE TRIGGER comments_outbox_au AFTER UPDATE OF text, resolved, deleted_at ON comments BEGIN
        INSERT INTO comments_outbox (comment_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM comments_outbox WHERE comment_id = new.id);
      END;
      INSERT OR IGNORE INTO comments_outbox (comment_id) SELECT id FROM comments;
    `);
  },
};
