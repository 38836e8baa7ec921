import type { Migration } from './types.js';

/**
 * A story's pending edit (#17, main/store/body-edits.ts): an autosave writes the blocks that
 * changed since the body was last written whole, in `draft_edits`, instead of packing and
 * writing the whole body. The view the search index reads and the triggers that read a story's
 * old content (the index's pending text, a revision kept as a reference) take the edit as the
 * third argument of draft_text / draft_as_revision; a deleted story's edit goes with it.
 * WITHOUT ROWID: the row is found by the story's id alone, one B-tree to write per save.
 * The SQL is written out here, not taken from body-edits.ts: a shipped migration never changes.
 */
export const migration: Migration = {
  version: 20,
  name: 'draft edits',
  up(db) {
    db.exec(`
      CREATE TABLE draft_edits (
        draft_id TEXT PRIMARY KEY NOT NULL,
        edit TEXT NOT NULL
      ) WITHOUT ROWID;
      DROP VIEW drafts_search_text;
      CREATE VIEW drafts_search_text AS
        SELECT rowid AS doc_id, headline,
               draft_text(plain_text, packed, (SELECT edit FROM draft_edits WHERE draft_id = drafts.id)) AS plain_text
          FROM drafts;
      DROP TRIGGER drafts_fts_au;
      CREATE TRIGGER drafts_fts_au AFTER UPDATE OF headline, plain_text, packed ON drafts
        WHEN NOT EXISTS (SELECT 1 FROM search_pending WHERE draft_rowid = old.rowid) BEGIN
        INSERT OR IGNORE INTO search_pending (draft_rowid, headline, plain_text)
          VALUES (old.rowid, old.headline, draft_text(old.plain_text, old.packed, (SELECT edit FROM draft_edits WHERE draft_id = old.id)));
      END;
      DROP TRIGGER drafts_fts_ad;
      CREATE TRIGGER drafts_fts_ad AFTER DELETE ON drafts BEGIN
        INSERT OR IGNORE INTO search_pending (draft_rowid, headline, plain_text)
          VALUES (old.rowid, old.headline, draft_text(old.plain_text, old.packed, (SELECT edit FROM draft_edits WHERE draft_id = old.id)));
        INSERT INTO drafts_fts (drafts_fts, rowid, headline, plain_text)
          SELECT 'delete', draft_rowid, headline, plain_text FROM search_pending WHERE draft_rowid = old.rowid;
        DELETE FROM search_pending WHERE draft_rowid = old.rowid;
        DELETE FROM draft_edits WHERE draft_id = old.id;
      END;
      DROP TRIGGER revisions_in_draft_keep;
      CREATE TRIGGER revisions_in_draft_keep BEFORE UPDATE OF body, plain_text, packed ON drafts
        WHEN EXISTS (SELECT 1 FROM revisions WHERE draft_id = old.id AND in_draft = 1) BEGIN
        UPDATE revisions SET packed = draft_as_revision(old.body, old.plain_text, old.packed, (SELECT edit FROM draft_edits WHERE draft_id = old.id)), in_draft = 0
         WHERE draft_id = old.id AND in_draft = 1;
      END;
    `);
  },
};
