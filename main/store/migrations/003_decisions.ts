import type { Migration } from './types.js';

/**
 * The desk's decisions about findings (dismissed with a reason, claim verified with a source),
 * keyed by (draft, fingerprint). Findings themselves are never stored: they are recomputed.
 */
export const migration: Migration = {
  version: 3,
  name: 'finding decisions',
  up(db) {
    db.exec(`
      CREATE TABLE decisions (
        draft_id    TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        fingerprint TEXT NOT NULL,
        rule        TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('dismissed', 'verified')),
        note        TEXT NOT NULL,
        who         TEXT NOT NULL DEFAULT '',
        at          TEXT NOT NULL,
        PRIMARY KEY (draft_id, fingerprint)
      ) WITHOUT ROWID;
    `);
  },
};
