import type { HubMigration } from './types.js';

/**
 * Reporters' and editors' decisions on warnings (dismissed with a reason, verified with a
 * source, reopened) and the desk's verified-facts base, shared through the hub (issue 13).
 * - `decisions`: the current decision per story and finding fingerprint. A reopening is a row
 *   too (kind 'reopened'), because it has to reach the other workstations like any change.
 * - `facts`: the newsroom's verified facts; retiring keeps the row (retired), never deletes it.
 * Both draw `seq` from the stories' change sequence (under the same lock, hub/stories.ts
 * NEXT_SEQ), so a workstation pulls them by sequence number as it pulls stories. Conflicts are
 * settled by the last writer, and nothing is lost: every change is a row in `decision_history`
 * or `fact_history`, with who, when, and (for facts) the values it replaced.
 */
export const decisionsFacts: HubMigration = {
  version: 4,
  name: 'decisions and facts',
  sql: `
    CREATE TABLE decisions (
      story_id text NOT NULL REFERENCES stories(id),
      fingerprint text NOT NULL,
      rule text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('dismissed', 'verified', 'reopened')),
      note text NOT NULL,
      user_id integer NOT NULL REFERENCES users(id),
      at timestamptz NOT NULL,
      seq bigint NOT NULL,
      PRIMARY KEY (story_id, fingerprint)
    );
    CREATE UNIQUE INDEX decisions_seq ON decisions (seq);
    CREATE TABLE decision_history (
      id bigserial PRIMARY KEY,
      story_id text NOT NULL REFERENCES stories(id),
      fingerprint text NOT NULL,
      kind text NOT NULL,
      note text NOT NULL,
      user_id integer NOT NULL REFERENCES users(id),
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX decision_history_story ON decision_history (story_id, fingerprint, id);
    CREATE TABLE facts (
      id text PRIMARY KEY,
      subject text NOT NULL,
      attribute text NOT NULL,
      value text NOT NULL,
      unit text NOT NULL DEFAULT '',
      as_of text NOT NULL DEFAULT '',
      source text NOT NULL DEFAULT '',
      retired boolean NOT NULL DEFAULT false,
      verified_by integer NOT NULL REFERENCES users(id),
      verified_at timestamptz NOT NULL,
      version integer NOT NULL,
      seq bigint NOT NULL
    );
    CREATE UNIQUE INDEX facts_seq ON facts (seq);
    CREATE TABLE fact_history (
      id bigserial PRIMARY KEY,
      fact_id text NOT NULL REFERENCES facts(id),
      kind text NOT NULL CHECK (kind IN ('added', 'changed', 'retired', 'restored')),
      before jsonb,
      after jsonb NOT NULL,
      user_id integer NOT NULL REFERENCES users(id),
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX fact_history_fact ON fact_history (fact_id, id);
  `,
};
