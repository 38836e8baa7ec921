import type { Migration } from './types.js';

/**
 * Actors recorded before anyone was named (#14 point 4). Older versions wrote the word
 * 'unknown' as the person behind a step, an export, a decision, a verified fact, a revision or a
 * comment; it was no name anyone has, and only the interface knew to read it as "someone on this
 * computer". Since this version the store writes the empty string (the columns' own default,
 * which the interface already reads that way) and this migration turns every old 'unknown' into
 * it, so one spelling means "not named" everywhere, in the CLI's JSON as in the app.
 * A comment's author and resolver are not synced fields (comments_outbox triggers on text, resolved and
 * deleted_at only), so nothing is re-sent to the hub.
 */
const ACTOR_COLUMNS: ReadonlyArray<readonly [table: string, column: string]> = [
  ['history', 'who'],
  ['revisions', 'author'],
  ['exports', 'who'],
  ['decisions', 'who'],
  ['facts', 'verified_by'],
  ['comments', 'author'],
  ['comments', 'resolved_by'],
];

export const migration: Migration = {
  version: 18,
  name: 'unnamed actor',
  up(db) {
    for (const [table, column] of ACTOR_COLUMNS) db.prepare(`UPDATE ${table} SET ${column} = '' WHERE ${column} = 'unknown'`).run();
  },
};
