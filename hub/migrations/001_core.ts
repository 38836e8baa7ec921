import type { HubMigration } from './types.js';

/**
 * Users, sessions, login failures (for the rate limit), stories and their history.
 * `change_seq` numbers every change hub-wide: workstations pull "everything after N".
 * A story's `version` counts text changes only (a push names it); `seq` any change.
 */
export const core: HubMigration = {
  version: 1,
  name: 'core',
  sql: `
    CREATE TABLE users (
      id serial PRIMARY KEY,
      name text NOT NULL UNIQUE,
      role text NOT NULL CHECK (role IN ('reporter', 'editor', 'desk', 'admin')),
      password_hash text NOT NULL,
      disabled boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE sessions (
      token_hash bytea PRIMARY KEY,
      user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX sessions_user ON sessions (user_id);
    CREATE TABLE login_failures (
      key text NOT NULL,
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX login_failures_key_at ON login_failures (key, at);
    CREATE SEQUENCE change_seq;
    CREATE TABLE stories (
      id text PRIMARY KEY,
      owner_id integer NOT NULL REFERENCES users(id),
      headline text NOT NULL,
      language text NOT NULL,
      meta json NOT NULL,
      body json NOT NULL,
      status text NOT NULL,
      version integer NOT NULL,
      seq bigint NOT NULL,
      updated_at timestamptz NOT NULL,
      updated_by integer NOT NULL REFERENCES users(id)
    );
    CREATE UNIQUE INDEX stories_seq ON stories (seq);
    CREATE TABLE story_history (
      id bigserial PRIMARY KEY,
      story_id text NOT NULL REFERENCES stories(id),
      at timestamptz NOT NULL DEFAULT now(),
      user_id integer NOT NULL REFERENCES users(id),
      kind text NOT NULL,
      from_value text,
      to_value text,
      note text
    );
    CREATE INDEX story_history_story ON story_history (story_id, id);
  `,
};
