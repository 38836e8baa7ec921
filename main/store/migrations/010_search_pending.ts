import type { Migration } from './types.js';

/**
 * The search index catches up after saves instead of inside them (#17). Re-indexing a
 * 10,000-word story in FTS5 means tokenizing its old text (to delete it) and its new text: about
 * 7 ms of every autosave, most of an acknowledged save's time beyond the fsync, for an index
 * only `drafts.search` reads.
 *
 * An edit now only notes, once per story until the next catch-up, the text the index holds for
 * it (`INSERT OR IGNORE` keeps the first, indexed, version); `DraftsRepo.catchUpSearch()` runs
 * before each search and re-indexes the noted stories in one transaction. A deleted story leaves
 * the index at once, with the text the index actually holds. Inserts stay immediate (rare, and
 * there is no old text to remove). The draft itself is written and committed exactly as before.
 */
export const migration: Migration = {
  version: 10,
  name: 'search index catches up after saves',
  up(db) {
    db.exec(`
      CREATE TABLE search_pending (
        draft_rowid INTEGER PRIMARY KEY,
        headline    TEXT NOT NULL,
        plain_text  TEXT NOT NULL
      );
      DROP TRIGGER drafts_fts_au;
      DROP TRIGGER drafts_fts_ad;
      CREATE TRIGGER drafts_fts_au AFTER UPDATE OF headline, plain_text ON drafts BEGIN
        INSERT OR IGNORE INTO search_pending (draft_rowid, headline, plain_text) VALUES (old.rowid, old.headline, old.plain_text);
      END;
      CREATE TRIGGER drafts_fts_ad AFTER DELETE ON drafts BEGIN
        INSERT OR IGNORE INTO search_pending (draft_rowid, headline, plain_text) VALUES (old.rowid, old.headline, old.plain_text);
        INSERT INTO drafts_fts (drafts_fts, rowid, headline, plain_text)
          SELECT 'delete', draft_rowid, headline, plain_text FROM search_pending WHERE draft_rowid = old.rowid;
        DELETE FROM search_pending WHERE draft_rowid = old.rowid;
      END;
    `);
  },
};
