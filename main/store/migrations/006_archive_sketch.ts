import type { Migration } from './types.js';

/**
 * Archive index, second shape (issue 4, query speed at 100,000 stories):
 * - each band row carries the paragraph's b-bit MinHash sketch (two 52-bit integers, see
 *   shared/analysis/minhash.ts SKETCH), so band collisions are screened as the buckets are read;
 *   the per-paragraph MinHash table (archive_sigs), read once per collision, goes;
 * - each indexed paragraph keeps its word ids (little-endian uint32s, the ids of
 *   shared/analysis/similarity.ts) and whether it ends like a sentence, in a narrow table of its
 *   own: candidates are confirmed without reading or tokenizing their text, which is read only
 *   for the matches that are shown;
 * - the exact-hash index also carries sid, so an exact lookup never reads the paragraph rows.
 *
 * The index is derived data: rows written by version 5 lack the new columns, so this empties it
 * and the next archive query re-indexes every story from the drafts table (syncDrafts).
 */
export const migration: Migration = {
  version: 6,
  name: 'archive sketches and word ids',
  up(db) {
    db.exec(`
      DROP TABLE archive_bands;
      DROP TABLE archive_sigs;
      CREATE TABLE archive_bands (
        band    INTEGER NOT NULL,
        pid     INTEGER NOT NULL,
        sketch0 INTEGER NOT NULL,
        sketch1 INTEGER NOT NULL,
        PRIMARY KEY (band, pid)
      ) WITHOUT ROWID;
      DELETE FROM archive_paragraphs;
      DELETE FROM archive_stories;
      DROP INDEX archive_paragraphs_exact;
      CREATE INDEX archive_paragraphs_exact ON archive_paragraphs(exact, sid);
      CREATE TABLE archive_words (
        pid      INTEGER PRIMARY KEY,
        sid      INTEGER NOT NULL,
        sentence INTEGER NOT NULL,
        words    BLOB NOT NULL
      );
    `);
  },
};
