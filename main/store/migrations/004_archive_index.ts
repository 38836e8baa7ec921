import type { Migration } from './types.js';

/**
 * The archive index for duplicate checks against other stories (issue 4): one row per indexed
 * paragraph (its text, for confirming candidates and showing the other copy), an exact-hash
 * index, and the MinHash LSH band table (see shared/analysis/minhash.ts). Story ids are TEXT
 * (draft ids) but are interned in archive_stories so paragraph rows stay small. archive_sigs holds each
 * paragraph's MinHash values (little-endian uint32s) in a narrow table of its own, so screening
 * thousands of band collisions reads a few MB of pages instead of the paragraphs' text pages.
 */
export const migration: Migration = {
  version: 4,
  name: 'archive index',
  up(db) {
    db.exec(`
      CREATE TABLE archive_stories (
        sid        INTEGER PRIMARY KEY,
        story_id   TEXT NOT NULL UNIQUE,
        label      TEXT NOT NULL DEFAULT '',
        indexed_at TEXT NOT NULL
      );
      CREATE TABLE archive_paragraphs (
        pid   INTEGER PRIMARY KEY,
        sid   INTEGER NOT NULL REFERENCES archive_stories(sid) ON DELETE CASCADE,
        idx   INTEGER NOT NULL,
        exact INTEGER NOT NULL,
        text  TEXT NOT NULL
      );
      CREATE INDEX archive_paragraphs_sid ON archive_paragraphs(sid);
      CREATE INDEX archive_paragraphs_exact ON archive_paragraphs(exact);
      CREATE TABLE archive_sigs (
        pid INTEGER PRIMARY KEY,
        sig BLOB NOT NULL
      );
      CREATE TABLE archive_bands (
        band INTEGER NOT NULL,
        pid  INTEGER NOT NULL,
        PRIMARY KEY (band, pid)
      ) WITHOUT ROWID;
    `);
  },
};
