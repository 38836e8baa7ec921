import type { Migration } from './types.js';

/**
 * One index per order the story list offers (#20): without them every sort but "updated" read
 * the whole drafts table and sorted it in a temporary b-tree on each list call, which at 100,000
 * stories is the full table per open of the list. The status order is an expression index on
 * exactly the CASE the list query writes (main/store/drafts-repo.ts), so the planner matches it.
 */
export const migration: Migration = {
  version: 7,
  name: 'list order indexes',
  up(db) {
    db.exec(`
      CREATE INDEX drafts_created ON drafts(created_at DESC);
      CREATE INDEX drafts_headline ON drafts(headline COLLATE NOCASE);
      CREATE INDEX drafts_words ON drafts(word_count DESC);
      CREATE INDEX drafts_status_order ON drafts(CASE status WHEN 'draft' THEN 0 WHEN 'submitted' THEN 1 WHEN 'in-review' THEN 2 WHEN 'approved' THEN 3 ELSE 4 END, updated_at DESC);
    `);
  },
};
