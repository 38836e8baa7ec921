import type { Migration } from './types.js';
import { packRevision } from '../revision-packing.js';

/**
 * Revision bodies compressed (#20). Each story carries at least its import revision, a full copy
 * of its body JSON and plain text: about 15 KB of the 25 KB a 780-word story cost at 100,000
 * stories. `packed` holds both as one raw-deflate blob (main/store/revision-packing.ts); the old
 * columns stay (SQLite cannot drop NOT NULL columns cheaply) and hold '' for packed rows.
 * Existing revisions are packed here, in the migration's transaction.
 */
export const migration: Migration = {
  version: 9,
  name: 'packed revisions',
  up(db) {
    db.exec('ALTER TABLE revisions ADD COLUMN packed BLOB');
    // ids first (8 bytes each), then one row at a time: memory stays flat at any number of revisions
    const ids = db.prepare("SELECT id FROM revisions WHERE packed IS NULL").pluck().all() as number[];
    const read = db.prepare<[number], { body: string; plain_text: string }>('SELECT body, plain_text FROM revisions WHERE id = ?');
    const pack = db.prepare("UPDATE revisions SET packed = ?, body = '', plain_text = '' WHERE id = ?");
    for (const id of ids) {
      const r = read.get(id)!;
      pack.run(packRevision(r.body, r.plain_text), id);
    }
  },
};
