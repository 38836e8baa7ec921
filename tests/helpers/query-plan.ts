import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';

/** Tables that grow with the number of stories: a full pass over one of them is O(stories) per call. */
export const LARGE_TABLES = ['drafts', 'revisions', 'history', 'archive_stories', 'archive_paragraphs', 'archive_words', 'archive_bands', 'hub_stories'];

export interface RecordedStatement {
  sql: string;
  args: unknown[];
}

/**
 * Records every statement prepared and run (with the arguments of its first run) while `fn`
 * works, on any connection: repositories prepare their statements at open, so the recorder wraps
 * `prepare` before the store opens.
 */
export async function recordStatements(fn: () => Promise<void> | void): Promise<RecordedStatement[]> {
  const seen = new Map<string, RecordedStatement>();
  const proto = Database.prototype as unknown as { prepare: (sql: string) => BetterSqlite3.Statement };
  const original = proto.prepare;
  proto.prepare = function (this: BetterSqlite3.Database, sql: string) {
    const stmt = original.call(this, sql);
    const record = (args: unknown[]) => {
      if (!seen.has(sql)) seen.set(sql, { sql, args });
    };
    for (const m of ['run', 'get', 'all', 'iterate'] as const) {
      const call = stmt[m].bind(stmt) as (...a: unknown[]) => unknown;
      (stmt as unknown as Record<string, unknown>)[m] = (...a: unknown[]) => {
        record(a);
        return call(...a);
      };
    }
    return stmt;
  };
  try {
    await fn();
  } finally {
    proto.prepare = original;
  }
  return [...seen.values()];
}

export interface ScanFinding {
  sql: string;
  detail: string;
}

/**
 * The plan steps of `statements` that read a whole large table: `SCAN t` (no index at all), or
 * `SCAN t USING INDEX` in a statement without LIMIT (an index walk that cannot stop early).
 * Statements that do not run against this schema (PRAGMA, DDL) are skipped.
 */
export function fullScans(db: BetterSqlite3.Database, statements: RecordedStatement[], large = LARGE_TABLES): ScanFinding[] {
  const out: ScanFinding[] = [];
  for (const { sql, args } of statements) {
    if (!/^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|REPLACE)\b/i.test(sql)) continue;
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(args as [])) as Array<{ detail: string }>;
    for (const { detail } of plan) {
      const m = /^SCAN (\w+)(?: AS \w+)?(.*)$/.exec(detail);
      if (!m || !large.includes(m[1]!)) continue;
      const rest = m[2]!;
      if (/VIRTUAL TABLE/.test(rest)) continue;
      const walksIndex = /USING (COVERING )?INDEX/.test(rest);
      if (!walksIndex || !/\bLIMIT\b/i.test(sql)) out.push({ sql: sql.replace(/\s+/g, ' ').trim(), detail });
    }
  }
  return out;
}
