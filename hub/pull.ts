/**
 * "Everything of one kind changed after sequence number N", a page at a time: the pull shape
 * shared by decisions and facts (stories and comments have their own, older copies of it).
 */
import type { Pool } from './db.js';
import { numberChanges } from './sequencer.js';

export async function pullBySeq<Row extends { seq: string }, Item>(
  pool: Pool,
  select: string,
  alias: string,
  input: { since: number; limit?: number | undefined },
  map: (r: Row) => Item,
): Promise<{ items: Item[]; seq: number; more: boolean }> {
  await numberChanges(pool);
  const limit = input.limit ?? 200;
  const r = await pool.query<Row>(`${select} WHERE ${alias}.seq > $1 ORDER BY ${alias}.seq LIMIT $2`, [input.since, limit + 1]);
  const rows = r.rows.slice(0, limit);
  return { items: rows.map(map), seq: rows.length ? Number(rows[rows.length - 1]!.seq) : input.since, more: r.rows.length > limit };
}
