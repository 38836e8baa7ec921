import type BetterSqlite3 from 'better-sqlite3';

export type Db = BetterSqlite3.Database;

/**
 * A numbered migration (Signal Desktop style): `up` runs inside one transaction and the runner
 * sets `PRAGMA user_version = version` afterwards. Never edit a migration that has shipped;
 * add the next number. Each migration has its own test in tests/store/migrations.test.ts.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
