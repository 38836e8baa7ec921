/**
 * Sequence numbers for changes, given when a pull asks for them (migration 005 says why not at
 * write time). Each pull first numbers the committed rows that have no number yet, in the order
 * they were written, in one short transaction; then it reads "everything after N".
 *
 * Why a pull can never miss a change: numbering runs one transaction at a time hub-wide (an
 * advisory lock held to its commit), so the numbers of a numbering still running are larger
 * than every number already visible; a row committed after a numbering ran stays unnumbered
 * until the next one, which gives it a larger number again. A pull that finds another numbering
 * running does not wait: it reads what is numbered, and the rest comes with the next pull.
 * Rows a writer holds right now are skipped the same way (SKIP LOCKED): numbering never waits
 * for a save, and a save waits at most for one numbering's commit.
 */
import { errorMessage } from '../shared/api/errors.js';
import { inTx, type Pool } from './db.js';

const NUMBERING_LOCK = 0x53455121; // "SEQ!"

/** the tables pulled by sequence number, each with the order its rows were written in */
const NUMBERED: ReadonlyArray<{ table: string; writtenOrder: string }> = [
  // parents before the rows that refer to them: a comment's story is numbered before it
  { table: 'stories', writtenOrder: 'updated_at, id' },
  { table: 'comments', writtenOrder: 'updated_at, id' },
  { table: 'decisions', writtenOrder: 'at, story_id, fingerprint' },
  { table: 'facts', writtenOrder: 'verified_at, id' },
];

const ANY_UNNUMBERED = `SELECT ${NUMBERED.map(({ table }) => `EXISTS (SELECT 1 FROM ${table} WHERE seq IS NULL)`).join(' OR ')} AS waiting`;

/** gives every committed, unnumbered change its sequence number; never throws (a pull still reads) */
export async function numberChanges(pool: Pool, log: (line: string) => void = (line) => process.stderr.write(`${new Date().toISOString()} ${line}\n`)): Promise<void> {
  try {
    const r = await pool.query<{ waiting: boolean }>(ANY_UNNUMBERED);
    if (!r.rows[0]?.waiting) return;
    await inTx(pool, async (c) => {
      const lock = await c.query<{ got: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS got', [NUMBERING_LOCK]);
      if (!lock.rows[0]?.got) return; // another pull is numbering them right now
      for (const { table, writtenOrder } of NUMBERED) {
        // nextval over an ordered subquery: the numbers follow the written order
        await c.query(
          `UPDATE ${table} t SET seq = n.seq
             FROM (SELECT o.ctid AS row_id, nextval('change_seq') AS seq
                     FROM (SELECT ctid FROM ${table} WHERE seq IS NULL ORDER BY ${writtenOrder} FOR UPDATE SKIP LOCKED) o) n
            WHERE t.ctid = n.row_id`,
        );
      }
    });
  } catch (e) {
    // the database lost mid-way, or a lock timeout: the rows stay unnumbered for the next pull
    log(`numbering changes failed: ${errorMessage(e)}`);
  }
}
