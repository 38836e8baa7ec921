import type { Migration } from './types.js';
import { packBody, registerBodyFunctions } from '../body-packing.js';

/** rows read and packed per step: memory stays flat at any number of stories */
const BATCH = 500;

/**
 * A story's body and text packed in one blob; a revision equal to its story kept as a reference;
 * a search index of positions-free rows (#20: at most 12 KB per story at 100,000 stories).
 *
 * - `drafts.packed` (main/store/body-packing.ts): a 780-word story's body JSON and plain text,
 *   14.4 KB, become about 2.8 KB. Packed rows hold '' in `body` and `plain_text` (NOT NULL
 *   columns SQLite cannot drop cheaply); a row with `packed` NULL still reads from them.
 *   Writes keep naming `body` and `plain_text` in their SET lists, so the `UPDATE OF body`
 *   triggers of migrations 008 and 014 fire as before.
 * - `revisions.in_draft = 1`: the revision's body and text are the story's as stored now (the
 *   import revision, a status change, an interval revision right after its save); `packed` is
 *   NULL. Before the story's content changes, a trigger writes the old content into every such
 *   revision. An imported story that is never edited costs no second copy.
 * - `drafts_fts` becomes external content over the view `drafts_search_text` (the text through
 *   `draft_text`) with `detail = column`: the index no longer stores token positions (3.8 to
 *   1.9 KB per story). Search's prefix terms need none; snippet() finds positions by tokenizing
 *   the stories shown. bm25 would tokenize every matching story, so search now ranks headline
 *   matches first, then the newest (DraftsRepo.search).
 *
 * Existing rows are packed here in batches of BATCH, with the drafts triggers (hub outbox,
 * archive pending) set aside so the conversion does not look like an edit of every story, then
 * the search index is rebuilt from the packed text.
 */
export const migration: Migration = {
  version: 16,
  name: 'packed drafts',
  up(db) {
    registerBodyFunctions(db);
    db.exec(`
      ALTER TABLE drafts ADD COLUMN packed BLOB;
      ALTER TABLE revisions ADD COLUMN in_draft INTEGER NOT NULL DEFAULT 0;
      DROP TRIGGER drafts_fts_ai;
      DROP TRIGGER drafts_fts_au;
      DROP TRIGGER drafts_fts_ad;
      DROP TABLE drafts_fts;
      DELETE FROM search_pending;
    `);
    const triggers = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'drafts'").all() as Array<{ name: string; sql: string }>;
    for (const t of triggers) db.exec(`DROP TRIGGER "${t.name.replace(/"/g, '""')}"`);
    const next = db.prepare<[number, number], { rowid: number; body: string; plain_text: string }>(
      'SELECT rowid, body, plain_text FROM drafts WHERE rowid > ? AND packed IS NULL ORDER BY rowid LIMIT ?',
    );
    const pack = db.prepare("UPDATE drafts SET packed = ?, body = '', plain_text = '' WHERE rowid = ?");
    for (let after = 0; ; ) {
      const rows = next.all(after, BATCH);
      if (rows.length === 0) break;
      for (const r of rows) pack.run(packBody(r.body, r.plain_text), r.rowid);
      after = rows.at(-1)!.rowid;
    }
    for (const t of triggers) db.exec(t.sql);
    db.exec(`
      CREATE VIEW drafts_search_text AS
        SELECT rowid AS doc_id, headline, draft_text(plain_text, packed) AS plain_text FROM drafts;
      CREATE VIRTUAL TABLE drafts_fts USING fts5(
        headline, plain_text,
        content = 'drafts_search_text', content_rowid = 'doc_id',
        tokenize = 'unicode61 remove_diacritics 2',
        detail = column
      );
      INSERT INTO drafts_fts (drafts_fts) VALUES ('rebuild');
      CREATE TRIGGER drafts_fts_ai AFTER INSERT ON drafts BEGIN
        INSERT INTO drafts_fts (rowid, headline, plain_text) VALUES (new.rowid, new.headline, draft_text(new.plain_text, new.packed));
      END;
      -- the text the index holds, noted once per story until search catches up (migration 010);
      -- NOT EXISTS first so a save of a story already noted does not unpack its old text
      CREATE TRIGGER drafts_fts_au AFTER UPDATE OF headline, plain_text, packed ON drafts
        WHEN NOT EXISTS (SELECT 1 FROM search_pending WHERE draft_rowid = old.rowid) BEGIN
        INSERT OR IGNORE INTO search_pending (draft_rowid, headline, plain_text) VALUES (old.rowid, old.headline, draft_text(old.plain_text, old.packed));
      END;
      CREATE TRIGGER drafts_fts_ad AFTER DELETE ON drafts BEGIN
        INSERT OR IGNORE INTO search_pending (draft_rowid, headline, plain_text) VALUES (old.rowid, old.headline, draft_text(old.plain_text, old.packed));
        INSERT INTO drafts_fts (drafts_fts, rowid, headline, plain_text)
          SELECT 'delete', draft_rowid, headline, plain_text FROM search_pending WHERE draft_rowid = old.rowid;
        DELETE FROM search_pending WHERE draft_rowid = old.rowid;
      END;
      CREATE TRIGGER revisions_in_draft_keep BEFORE UPDATE OF body, plain_text, packed ON drafts
        WHEN EXISTS (SELECT 1 FROM revisions WHERE draft_id = old.id AND in_draft = 1) BEGIN
        UPDATE revisions SET packed = draft_as_revision(old.body, old.plain_text, old.packed), in_draft = 0
         WHERE draft_id = old.id AND in_draft = 1;
      END;
    `);
  },
};
