import type { HubMigration } from './types.js';

/**
 * Comment threads synced through the hub (issue 15): one row per message, a thread's first
 * message is its own thread_id. `seq` comes from the same change sequence as stories, drawn
 * under the same lock (hub/stories.ts NEXT_SEQ), so a workstation pulls comments by sequence
 * number exactly as it pulls stories. A deletion is a time, not a removal: it has to reach the
 * other workstations, and it can be undone.
 */
export const comments: HubMigration = {
  version: 3,
  name: 'comments',
  sql: `
    CREATE TABLE comments (
      id uuid PRIMARY KEY,
      story_id text NOT NULL REFERENCES stories(id),
      thread_id uuid NOT NULL,
      author_id integer NOT NULL REFERENCES users(id),
      text text NOT NULL,
      quote text NOT NULL DEFAULT '',
      mentions text[] NOT NULL DEFAULT '{}',
      resolved boolean NOT NULL DEFAULT false,
      resolved_by integer REFERENCES users(id),
      resolved_at timestamptz,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      deleted_at timestamptz,
      seq bigint NOT NULL
    );
    CREATE UNIQUE INDEX comments_seq ON comments (seq);
    CREATE INDEX comments_story ON comments (story_id);
  `,
};
