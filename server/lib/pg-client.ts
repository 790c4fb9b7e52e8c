import type pg from 'pg';

/**
 * A client checked out of `pool` for a transaction. The pool listens for errors of idle clients only; one in use
 * whose connection drops (the database stopping or restarting mid-transaction) would otherwise raise an 'error'
 * nobody handles, and that ends the process. The query in flight fails anyway, and the caller handles that.
 */
export async function checkOut(pool: pg.Pool): Promise<pg.PoolClient> {
  const client = await pool.connect();
  const ignore = () => {};
  client.on('error', ignore);
  const release = client.release.bind(client);
  client.release = (err?: Error | boolean) => {
    client.off('error', ignore);
    release(err);
  };
  return client;
}
