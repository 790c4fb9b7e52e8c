// Keeps an engine equal to what PostgreSQL says is published: the outbox drain takes change rows in batches
// (at least once: a row is marked done only after the engine has taken the change, so a crash replays it),
// and a rebuild refills the index from scratch. The job queue runs the drain (server/modules/jobs/tasks.ts) and
// retries it with backoff when a batch fails.
import pg from 'pg';
import { ProgressBar, type ProgressStream } from '../server/lib/progress.ts';
import type { SearchSource } from './source.ts';
import type { SearchEngine } from './types.ts';
import { inTransaction } from '../server/lib/pg-client.ts';

export interface WorkerOptions {
  batchSize?: number;
  /** Called after a batch reached the engine (e.g. to drop cached answers). */
  onApplied?: () => void;
}

interface OutboxRow {
  id: string;
  entityType: string;
  entityId: string;
}

export class OutboxWorker {
  constructor(
    private readonly pool: pg.Pool,
    private readonly source: SearchSource,
    private readonly engine: SearchEngine,
    private readonly options: WorkerOptions = {},
  ) {}

  /** Processes one batch; returns how many outbox rows it settled (0 when there was nothing to do). */
  async runOnce(): Promise<number> {
    let rows: OutboxRow[] = [];
    try {
      await inTransaction(this.pool, async (client) => {
        // SKIP LOCKED: a drain run by hand (tests, a second queue) never takes the rows another one holds.
        // Rows that failed before come last, so one that cannot be indexed does not hold back the others.
        ({ rows } = await client.query<OutboxRow>(
          `SELECT id::text, "entityType", "entityId" FROM "Outbox"
           WHERE "processedAt" IS NULL
           ORDER BY attempts, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [this.options.batchSize ?? 200],
        ));
        if (!rows.length) return;
        await this.apply(rows);
        await client.query(`UPDATE "Outbox" SET "processedAt" = now(), "lastError" = NULL WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
      });
    } catch (err) {
      if (rows.length) await this.recordFailure(rows, err as Error);
      throw err;
    }
    if (rows.length) this.options.onApplied?.();
    return rows.length;
  }

  /** Drains until empty; a failed batch stops it with its error (the job is then tried again later). */
  async drain(): Promise<number> {
    let total = 0;
    for (let n = await this.runOnce(); n > 0; n = await this.runOnce()) total += n;
    return total;
  }

  private async apply(rows: OutboxRow[]): Promise<void> {
    const ids = (type: string) => [...new Set(rows.filter((r) => r.entityType === type).map((r) => r.entityId))];
    const organisations = ids('organisation');
    // A listing's document carries its organisation's name: an organisation's change reaches its listings.
    const listings = [...new Set([...ids('listing'), ...(await this.source.publishedListingsOf(organisations))])];
    // The current state decides, not the row's op: replaying an old row can never resurrect a removed item.
    const built = await Promise.all([this.source.listings(listings), this.source.organisations(organisations)]);
    await this.engine.upsert(built.flatMap((b) => b.docs));
    await this.engine.remove(built.flatMap((b) => b.removed));
  }

  private async recordFailure(rows: OutboxRow[], err: Error): Promise<void> {
    await this.pool
      .query(`UPDATE "Outbox" SET attempts = attempts + 1, "lastError" = left($2, 1000) WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id), err.message])
      .catch(() => {});
  }
}

/**
 * Refills the index from PostgreSQL. Pending outbox rows are left for the worker: replaying them is harmless
 * (the current state decides), while settling them here could drop a change committed during the rebuild.
 */
export async function rebuildIndex(
  source: SearchSource,
  engine: SearchEngine,
  progress: ProgressStream | null = process.stderr,
  onApplied?: () => void,
): Promise<number> {
  await engine.prepare();
  const bar = progress ? new ProgressBar('Reindexing', await source.countPublished(), progress) : null;
  const fill = async (into: Pick<SearchEngine, 'upsert'>) => {
    let count = 0;
    for await (const page of source.publishedIds()) {
      const built = page.entityType === 'listing' ? await source.listings(page.ids) : await source.organisations(page.ids);
      await into.upsert(built.docs);
      count += built.docs.length;
      bar?.tick(page.ids.length);
    }
    return count;
  };
  // An engine that can fill a new index and swap it in (Meilisearch) never shows an empty one; the others are emptied.
  const count = engine.rebuild ? await engine.rebuild(fill) : (await engine.clear(), await fill(engine));
  bar?.finish();
  await engine.optimize?.();
  onApplied?.();
  return count;
}
