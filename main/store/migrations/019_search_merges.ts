import type { Migration } from './types.js';

/**
 * Fewer merges of the search index's segments (#20). FTS5 merges a level's segments into one
 * as soon as 4 of them exist (its default 'automerge'); in a store of 100,000 stories an import
 * then spends much of its time rewriting large segments it has merged before: the last 5,000
 * stories went in at 0.61 of the rate of the first 5,000 into an empty store. With 16, a level
 * merges a quarter as often: 0.69 in the same runs (full store 405 -> 467 stories/s, empty 660
 * -> 682), and a search of the full store read no slower (medians of six terms, 0.1-4.6 ms, both
 * ways). The price is more segments per level, which a search reads; 'optimize' would merge all
 * of them, but is not needed at these sizes.
 */
export const migration: Migration = {
  version: 19,
  name: 'search index merges',
  up(db) {
    db.prepare("INSERT INTO drafts_fts (drafts_fts, rank) VALUES ('automerge', 16)").run();
  },
};
