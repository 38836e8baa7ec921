import type { Migration } from './types.js';

/**
 * `@name` mentions in comments and replies (issue 15): one row per person named in a message,
 * keyed by name first, so "stories with an open thread that mentions me" is one index range.
 * Names compare in any case, as people type them. A deleted message keeps its rows (the
 * queries skip deleted messages), so undoing a deletion brings its mentions back too.
 */
export const migration: Migration = {
  version: 15,
  name: 'comment mentions',
  up(db) {
    db.exec(`
      CREATE TABLE comment_mentions (
        name       TEXT NOT NULL COLLATE NOCASE,
        comment_id TEXT NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
        PRIMARY KEY (name, comment_id)
      ) WITHOUT ROWID;
      CREATE INDEX comment_mentions_comment ON comment_mentions (comment_id);
    `);
  },
};
