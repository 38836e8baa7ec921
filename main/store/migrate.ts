import type { Db, Migration } from './migrations/types.js';
import { MIGRATIONS } from './migrations/index.js';

export class MigrationError extends Error {}

/**
 * Brings the database to `target` (default: the newest migration). Each step runs in its own
 * transaction together with its user_version bump, so a crash leaves the file at a whole step.
 */
export function migrate(db: Db, target?: number, migrations: Migration[] = MIGRATIONS): number {
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  sorted.forEach((m, i) => {
    if (m.version !== i + 1) throw new MigrationError(`migration numbers must run 1..N without gaps; found ${m.version} at position ${i + 1}`);
  });
  const newest = sorted.length;
  const goal = target ?? newest;
  let current = db.pragma('user_version', { simple: true }) as number;
  if (current > newest) {
    throw new MigrationError(`this data was written by a newer Redaksi (schema ${current}; this version knows ${newest}). Update Redaksi to open it.`);
  }
  for (const m of sorted) {
    if (m.version <= current || m.version > goal) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
    current = m.version;
  }
  return current;
}
