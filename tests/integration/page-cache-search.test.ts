// The version of a cached search page (server/plugins/page-cache-search.ts) against real PostgreSQL, for both engines:
// with the PostgreSQL engine it moves with the content and with the index's generation; with Meilisearch (whose state
// PostgreSQL cannot read) there is none while a search outbox row waits, so no copy is kept or served then. A new
// version drops the process's cached engine answers, whichever process changed the index.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchPageCache } from '../../server/plugins/page-cache-search.ts';
import { PostgresSearchEngine } from '../../search/postgres-engine.ts';
import { SearchSource } from '../../search/source.ts';
import { createListing, createOrganisation } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';

let api: ApiApp;
let pool: pg.Pool;
let orgId: string;

beforeAll(async () => {
  api = await startApi();
  pool = new pg.Pool({ connectionString: api.db.url, max: 2 });
  orgId = (await createOrganisation(api.db.prisma)).id;
});
afterAll(async () => {
  await pool.end();
  await api.close();
});

const pageCache = (engine: 'postgres' | 'meilisearch') => new SearchPageCache(pool, api.app.services.searchDemand, engine, api.app.services.search, null);

describe('a search page’s version', () => {
  it('with the PostgreSQL engine, moves with the content and again when the index takes it', async () => {
    const cache = pageCache('postgres');
    const first = await cache.version();
    expect(await cache.version()).toBe(first);

    const listing = await createListing(api.db.prisma, orgId);
    const published = await cache.version();
    expect(published).not.toBe(first);
    expect(await cache.version()).toBe(published);

    // Indexed by another engine instance, as another process would: this process was not told.
    const engine = new PostgresSearchEngine(api.db.url, 1);
    try {
      const changes = api.app.services.search.changes;
      await engine.upsert((await new SearchSource(api.db.prisma).listings([listing.id])).docs);
      const indexed = await cache.version();
      expect(indexed).not.toBe(published);
      // The cached engine answers of this process went with it.
      expect(api.app.services.search.changes).toBeGreaterThan(changes);
    } finally {
      await engine.close();
    }
  });

  it('with Meilisearch, is none while a search outbox row waits, and moves once it is settled', async () => {
    const cache = pageCache('meilisearch');
    await api.db.prisma.outbox.updateMany({ where: { processedAt: null }, data: { processedAt: new Date() } });
    const settled = await cache.version();
    expect(settled).toEqual(expect.any(String));

    const row = await api.db.prisma.$transaction(async (tx) => {
      const listing = await createListing(tx as typeof api.db.prisma, orgId);
      return tx.outbox.create({ data: { entityType: 'listing', entityId: listing.id, op: 'UPSERT' } });
    });
    expect(await cache.version()).toBeNull();

    const changes = api.app.services.search.changes;
    await api.db.prisma.outbox.update({ where: { id: row.id }, data: { processedAt: new Date() } });
    const applied = await cache.version();
    expect(applied).toEqual(expect.any(String));
    expect(applied).not.toBe(settled);
    expect(api.app.services.search.changes).toBeGreaterThan(changes);
  });
});
