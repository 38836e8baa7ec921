import type { Migration } from './types.js';

/**
 * The desk's verified-facts base (issue 5): one row per fact, retired rather than deleted so
 * the record of what was once verified stays. Decisions about findings (dismissed / verified,
 * keyed by fingerprint) already live in the `decisions` table of migration 3.
 */
export const migration: Migration = {
  version: 5,
  name: 'verified facts',
  up(db) {
    db.exec(`
      CREATE TABLE facts (
        id          TEXT PRIMARY KEY,
        subject     TEXT NOT NULL CHECK (length(subject) > 0),
        attribute   TEXT NOT NULL CHECK (length(attribute) > 0),
        value       TEXT NOT NULL CHECK (length(value) > 0),
        unit        TEXT NOT NULL DEFAULT '',
        as_of       TEXT NOT NULL DEFAULT '',
        source      TEXT NOT NULL DEFAULT '',
        verified_by TEXT NOT NULL DEFAULT '',
        verified_at TEXT NOT NULL DEFAULT '',
        retired     INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
      CREATE INDEX facts_subject ON facts (subject COLLATE NOCASE, attribute COLLATE NOCASE);
    `);
  },
};
