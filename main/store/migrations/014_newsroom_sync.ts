import type { Migration } from './types.js';

/**
 * The newsroom hub's bookkeeping on the workstation (issue 13).
 * - `hub_stories`: for each story the hub knows, the hub version the local text is based on,
 *   its owner and status as the hub last said, the newest hub history event already copied
 *   into the local history, and a hash of the text last agreed with the hub (so a status-only
 *   change does not push the text again).
 * - `hub_outbox`: stories changed locally since they last agreed with the hub. Triggers fill it
 *   (one row per story, like archive_pending), so a sync round reads only what changed instead
 *   of comparing every story. Every existing story is in it: the first sync offers them all.
 */
export const migration: Migration = {
  version: 14,
  name: 'newsroom sync',
  up(db) {
    db.exec(`
      CREATE TABLE hub_stories (
        draft_id TEXT PRIMARY KEY REFERENCES drafts(id) ON DELETE CASCADE,
        hub_version INTEGER NOT NULL,
        owner TEXT NOT NULL,
        status TEXT NOT NULL,
        last_history_id INTEGER NOT NULL DEFAULT 0,
        content_hash TEXT NOT NULL DEFAULT ''
      ) WITHOUT ROWID;
      CREATE TABLE hub_outbox (draft_id TEXT PRIMARY KEY) WITHOUT ROWID;
      CREATE TRIGGER hub_outbox_ai AFTER INSERT ON drafts BEGIN
        INSERT OR IGNORE INTO hub_outbox (draft_id) VALUES (new.id);
      END;
      CREATE TRIGGER hub_outbox_au AFTER UPDATE OF headline, language, meta, body, status, trashed_at ON drafts BEGIN
        INSERT OR IGNORE INTO hub_outbox (draft_id) VALUES (new.id);
      END;
      INSERT OR IGNORE INTO hub_outbox (draft_id) SELECT id FROM drafts;
    `);
  },
};
