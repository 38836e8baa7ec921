import type { Migration } from './types.js';

/**
 * The newsroom sync, third part (issue 13).
 *
 * `hub_conflicts`: the conflicting copies a sync round kept (issue 13) that nobody has read yet,
 * so the editor's banner comes back after a restart instead of living only in memory. One row
 * per story (a later conflict replaces the earlier one's banner; both copies stay revisions).
 * The row goes with its story and with its revision (the banner compares against it).
 *
 * `decisions_outbox` and `facts_outbox`: decisions on warnings (made, changed, reopened) and
 * verified facts (added, changed, retired) since the hub last agreed, filled by triggers like
 * `hub_outbox`; a reopening deletes the decision, so the outbox keeps the rule the hub needs.
 * Everything already here is in them: the first sync offers it all.
 */
export const migration: Migration = {
  version: 17,
  name: 'sync conflicts, decisions and facts',
  up(db) {
    db.exec(`
      CREATE TABLE hub_conflicts (
        draft_id    TEXT PRIMARY KEY REFERENCES drafts(id) ON DELETE CASCADE,
        revision_id INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
        headline    TEXT NOT NULL,
        kept_as     TEXT NOT NULL,
        message     TEXT NOT NULL,
        current_by  TEXT NOT NULL,
        user        TEXT NOT NULL,
        at          TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX hub_conflicts_revision ON hub_conflicts (revision_id);
      -- (no OR REPLACE / OR IGNORE inside these triggers: an outer statement's conflict clause,
      -- such as the decisions repository's upsert, overrides the trigger's, and deciding twice
      -- failed on the outbox's key)
      CREATE TABLE decisions_outbox (
        draft_id    TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        rule        TEXT NOT NULL,
        PRIMARY KEY (draft_id, fingerprint)
      ) WITHOUT ROWID;
      CREATE TRIGGER decisions_outbox_ai AFTER INSERT ON decisions BEGIN
        DELETE FROM decisions_outbox WHERE draft_id = new.draft_id AND fingerprint = new.fingerprint;
        INSERT INTO decisions_outbox (draft_id, fingerprint, rule) VALUES (new.draft_id, new.fingerprint, new.rule);
      END;
      CREATE TRIGGER decisions_outbox_au AFTER UPDATE ON decisions BEGIN
        DELETE FROM decisions_outbox WHERE draft_id = new.draft_id AND fingerprint = new.fingerprint;
        INSERT INTO decisions_outbox (draft_id, fingerprint, rule) VALUES (new.draft_id, new.fingerprint, new.rule);
      END;
      CREATE TRIGGER decisions_outbox_ad AFTER DELETE ON decisions BEGIN
        DELETE FROM decisions_outbox WHERE draft_id = old.draft_id AND fingerprint = old.fingerprint;
        INSERT INTO decisions_outbox (draft_id, fingerprint, rule) VALUES (old.draft_id, old.fingerprint, old.rule);
      END;
      INSERT OR IGNORE INTO decisions_outbox (draft_id, fingerprint, rule) SELECT draft_id, fingerprint, rule FROM decisions;
      CREATE TABLE facts_outbox (fact_id TEXT PRIMARY KEY) WITHOUT ROWID;
      CREATE TRIGGER facts_outbox_ai AFTER INSERT ON facts BEGIN
        INSERT INTO facts_outbox (fact_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM facts_outbox WHERE fact_id = new.id);
      END;
      CREATE TRIGGER facts_outbox_au AFTER UPDATE ON facts BEGIN
        INSERT INTO facts_outbox (fact_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM facts_outbox WHERE fact_id = new.id);
      END;
      INSERT OR IGNORE INTO facts_outbox (fact_id) SELECT id FROM facts;
    `);
  },
};
