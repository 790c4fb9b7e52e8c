import type pg from 'pg';

/**
 * Runs `fn` in one transaction on a client of `pool` (`begin` opens it: isolation and access mode), committed when
 * `fn` resolves and rolled back when it throws. While the client is in use it ignores 'error' events: the pool
 * listens for errors of idle clients only, and one in use whose connection drops (the database stopping or
 * restarting mid-transaction) would otherwise raise an 'error' nobody handles, which ends the process. The query in
 * flight fails anyway, and that failure reaches the caller.
 */
export async function inTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  const client = await pool.connect();
  const ignore = () => {};
  client.on('error', ignore);
  try {
    await client.query(begin);
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.off('error', ignore);
    client.release();
  }
}
