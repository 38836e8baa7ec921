import { core } from './001_core.js';
import { locks } from './002_locks.js';
import { comments } from './003_comments.js';
import { decisionsFacts } from './004_decisions_facts.js';
import { numberedAtPull } from './005_numbered_at_pull.js';
import type { HubMigration } from './types.js';

/** in order; a new migration gets the next number and a test (tests/hub/migrations.test.ts) */
export const HUB_MIGRATIONS: readonly HubMigration[] = [core, locks, comments, decisionsFacts, numberedAtPull];
