import type { Migration } from './types.js';

/**
 * The compact archive index (#18): about 9 KB per story became under 3 KB (figures in
 * docs/storage.md and the README).
 * - archive_stories keeps, per story, one BLOB of slots (archive-codec.ts): per indexed
 *   paragraph its position, b-bit MinHash sketch and keys;
 * - archive_keys holds the LSH band keys and the exact-text key of every slot as 32-bit
 *   integers, with ref = sid * 1024 + slot and the first 16 fields of the slot's sketch (sk,
 *   32 bits, to screen a collision before its story is read), in one WITHOUT ROWID table (one
 *   B-tree, no rowid);
 * - the paragraph text, the word ids and the per-band sketches go: candidates are confirmed on
 *   the story's text in the drafts table; archive_texts keeps the paragraphs of a story indexed
 *   under an id that is not a draft.
 *
 * The index is derived data: this drops the old tables and marks every draft pending, so the
 * next catch-up rebuilds the index from the drafts (which are not touched).
 */
export const migration: Migration = {
  version: 11,
  name: 'compact archive index',
  up(db) {
    db.exec(`
      DROP TABLE archive_words;
      DROP TABLE archive_bands;
      DROP TABLE archive_paragraphs;
      DROP TABLE archive_stories;
      CREATE TABLE archive_stories (
        sid        INTEGER PRIMARY KEY,
        story_id   TEXT NOT NULL UNIQUE,
        label      TEXT NOT NULL DEFAULT '',
        indexed_at TEXT NOT NULL,
        slots      BLOB NOT NULL
      );
      CREATE TABLE archive_keys (
        key INTEGER NOT NULL,
        ref INTEGER NOT NULL,
        sk  INTEGER NOT NULL,
        PRIMARY KEY (key, ref)
      ) WITHOUT ROWID;
      CREATE TABLE archive_texts (
        sid        INTEGER PRIMARY KEY,
        paragraphs TEXT NOT NULL
      );
      DELETE FROM archive_pending;
      INSERT INTO archive_pending (story_id) SELECT id FROM drafts;
    `);
  },
};
