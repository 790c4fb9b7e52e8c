// Writes to the search index (drains of the outbox, rebuilds) run one at a time across every process, so a slower
// writer never puts an older state last. The guard is a PostgreSQL advisory lock, which the server drops with its
// holder's connection or transaction: a process killed in the middle blocks nobody. (A named job queue would:
// graphile-worker keeps a dead worker's queue locked for four hours, and the index would stop following the
// database until then.)
import type { PrismaClient } from '../server/lib/prisma.ts';

export const SEARCH_LOCK = 72_140_519; // arbitrary, constant

interface Queryable {
  query<R extends object>(sql: string, values: unknown[]): Promise<{ rows: R[] }>;
}

/** Runs `work` under the lock held by `client`'s session; false, without running it, when another holds the lock. */
export async function trySearchLock(client: Queryable, work: () => Promise<void>): Promise<boolean> {
  const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [SEARCH_LOCK]);
  if (!rows[0]?.ok) return false;
  try {
    await work();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [SEARCH_LOCK]);
  }
  return true;
}

/** A rebuild an admin asked for longer than this is given up (its transaction, and so the lock, end with it). */
const REBUILD_MAX_MS = 60 * 60_000;

/**
 * Runs `work` once the lock is free (a drain holds it for seconds), holding it as a transaction-level lock on one of
 * the pool's connections: a crash or an error ends the transaction and frees the lock.
 */
export function waitForSearchLock<T>(prisma: PrismaClient, work: () => Promise<T>): Promise<T> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEARCH_LOCK})`;
      return work();
    },
    { timeout: REBUILD_MAX_MS },
  );
}
