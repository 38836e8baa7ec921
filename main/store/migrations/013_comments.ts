import type { Migration } from './types.js';

/**
 * Comment threads on the text (issue 15): one row per message; a thread's first message is its
 * own thread_id, replies point at it. quote and resolved are the thread's (kept on the first
 * row). Rows carry author, created and updated times and a soft-delete time, so threads can be
 * synced by the newsroom hub later (issue 13) without losing a deletion. They go with the story.
 */
export const migration: Migration = {
  version: 13,
  name: 'comments',
  up(db) {
    db.exec(`
      CREATE TABLE comments (
        id          TEXT PRIMARY KEY,
        draft_id    TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        thread_id   TEXT NOT NULL,
        author      TEXT NOT NULL DEFAULT '',
        text        TEXT NOT NULL,
        quote       TEXT NOT NULL DEFAULT '',
        resolved    INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
        resolved_by TEXT,
        resolved_at TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        deleted_at  TEXT
      );
      CREATE INDEX comments_draft ON comments (draft_id, created_at);
    `);
  },
};
