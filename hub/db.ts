/** The hub's only state: a PostgreSQL database, reached through a node-postgres pool. */
import pg from 'pg';

export type Pool = pg.Pool;
export type Client = pg.PoolClient;

export function openPool(url: string, max = 20): Pool {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 10_000 });
  // an idle connection dropped by a PostgreSQL restart is reported here; without a listener
  // node would treat it as an unhandled error and end the hub. The next query reconnects.
  pool.on('error', () => {});
  return pool;
}

/** runs fn in one transaction; rolls back when it throws */
export async function inTx<T>(pool: Pool, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  // the pool listens for errors only on idle connections: one lost while checked out (a
  // PostgreSQL restart mid-transaction) would otherwise be an unhandled 'error' that ends the hub.
  // The failing query rejects anyway, and release(true) below discards the connection.
  const onError = () => {};
  client.on('error', onError);
  let broken = false;
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (e) {
    try {
      await client.query('ROLLBACK');
    } catch {
      broken = true; // the connection itself is gone: do not hand it out again
    }
    throw e;
  } finally {
    client.removeListener('error', onError);
    client.release(broken);
  }
}

/** errors that mean "the database is not reachable right now", as opposed to a bad request */
export function isDatabaseUnavailable(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  if (typeof code === 'string' && (code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code === 'ECONNREFUSED' || code === 'ECONNRESET')) return true;
  const message = e instanceof Error ? e.message : '';
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect/i.test(message);
}
