// No change may be lost between PostgreSQL and the search index: many random changes through the API, a worker
// that dies in the middle (before and after the engine took a batch), a restart that runs the queued drain jobs,
// and then the index must equal a fresh rebuild from PostgreSQL.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxWorker, rebuildIndex } from '../../search/indexer.ts';
import { TASK } from '../../server/modules/jobs/tasks.ts';
import { PostgresSearchEngine } from '../../search/postgres-engine.ts';
import { SearchSource } from '../../search/source.ts';
import type { SearchEngine } from '../../search/types.ts';
import { addMember, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';

const COMPLETE = {
  summaryVi: 'Thiết bị sấy nông sản công suất 300 kg/mẻ, tiết kiệm 30% điện năng so với sấy điện trở.',
  fieldCode: '401',
  keywords: ['sấy', 'nông sản'],
  price: { type: 'FIXED', min: 120_000_000 },
  validUntil: new Date(Date.now() + 200 * 86_400_000).toISOString(),
  equipment: { make: 'Sấy Việt', model: 'SV-300', origin: 'Việt Nam', condition: 'NEW', quantity: 1, installation: 'Lắp đặt 3 ngày', warranty: '12 tháng', dealTypes: ['SALE'] },
};

let api: ApiApp;
let seller: GraphQLClient;
let moderator: GraphQLClient;
let orgId: string;
let pool: pg.Pool;
let engine: SearchEngine;
let source: SearchSource;

// Deterministic randomness, so a failure can be replayed.
let seed = 20231103;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];

beforeAll(async () => {
  api = await startApi();
  // A cooperative: organisations of every kind are searchable. Its publication is queued as the approval would.
  const org = await createOrganisation(api.db.prisma, { kind: 'COOPERATIVE' });
  orgId = org.id;
  await api.db.prisma.outbox.create({ data: { entityType: 'organisation', entityId: org.id, op: 'UPSERT' } });
  const s = await createUser(api.db.prisma);
  await addMember(api.db.prisma, s.id, org.id);
  const m = await createUser(api.db.prisma, { role: 'MODERATOR' });
  [seller, moderator] = await Promise.all([api.as(s.email), api.as(m.email)]);
  pool = new pg.Pool({ connectionString: api.db.url, max: 3 });
  // The dying workers below leave connections the database drop ends at the close: an ended connection is expected.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  engine = new PostgresSearchEngine(api.db.url, 2);
  await engine.prepare();
  source = new SearchSource(api.db.prisma);
});
afterAll(async () => {
  await engine.close();
  await pool.end();
  await api.close();
});

const published: string[] = [];

async function randomChange(n: number): Promise<void> {
  const op = published.length < 3 ? 'publish' : pick(['publish', 'publish', 'edit', 'archive', 'unpublish', 'verify', 'org']);
  if (op === 'publish') {
    const created = await seller.request(`mutation($o: ID!, $i: ListingInput!) { createListing(organisationId: $o, kind: EQUIPMENT_OFFER, input: $i) { ... on Listing { id } } }`, {
      o: orgId,
      i: { ...COMPLETE, titleVi: `Máy sấy thanh long số ${n}` },
    });
    const id = created.data.createListing.id;
    await seller.request(`mutation($id: ID!) { submitListing(id: $id) { __typename } }`, { id });
    await moderator.request(`mutation($id: ID!) { reviewListing(id: $id, review: { action: APPROVE }) { __typename } }`, { id });
    published.push(id);
  } else if (op === 'edit') {
    const id = pick(published);
    await seller.request(`mutation($id: ID!, $t: String!) { updateListing(id: $id, input: { titleVi: $t }) { __typename } }`, { id, t: `Máy sấy lạnh bản ${n}` });
    await seller.request(`mutation($id: ID!) { submitListing(id: $id) { __typename } }`, { id });
    await moderator.request(`mutation($id: ID!) { reviewListing(id: $id, review: { action: APPROVE }) { __typename } }`, { id });
  } else if (op === 'archive' || op === 'unpublish') {
    const id = published.splice(Math.floor(random() * published.length), 1)[0];
    if (op === 'archive') await seller.request(`mutation($id: ID!) { archiveListing(id: $id) { __typename } }`, { id });
    else await moderator.request(`mutation($id: ID!) { unpublishListing(id: $id, review: { action: UNPUBLISH, reason: OTHER, comment: "x" }) { __typename } }`, { id });
  } else if (op === 'verify') {
    await moderator.request(`mutation($id: ID!) { verifyClaim(entityType: "listing", entityId: $id, claim: TRL_EVIDENCE) { __typename } }`, { id: pick(published) });
  } else {
    // A new name, queued like every change to a published organisation: its listings carry the name too.
    await api.db.prisma.$transaction([
      api.db.prisma.organisation.update({ where: { id: orgId }, data: { nameVi: `Hợp tác xã Thanh long ${n}` } }),
      api.db.prisma.outbox.create({ data: { entityType: 'organisation', entityId: orgId, op: 'UPSERT' } }),
    ]);
  }
}

/** A pool whose clients fail the statement that settles outbox rows: the engine has the batch, the queue does not know. */
function poolDyingAfterEngine(real: pg.Pool): pg.Pool {
  return {
    async connect() {
      const client = await real.connect();
      return new Proxy(client, {
        get(target, prop) {
          if (prop !== 'query') return Reflect.get(target, prop);
          return (sql: unknown, ...rest: unknown[]) => {
            if (typeof sql === 'string' && sql.startsWith('UPDATE "Outbox" SET "processedAt"')) return Promise.reject(new Error('process killed'));
            return (target.query as (...a: unknown[]) => unknown)(sql, ...rest);
          };
        },
      });
    },
    query: real.query.bind(real),
  } as unknown as pg.Pool;
}

/** An engine that dies on its second write: the batch is rolled back and must be retried. */
function engineDyingMidway(real: SearchEngine): SearchEngine {
  let writes = 0;
  return new Proxy(real, {
    get(target, prop) {
      if (prop === 'upsert') {
        return async (docs: Parameters<SearchEngine['upsert']>[0]) => {
          if (++writes === 2) throw new Error('engine went away');
          return target.upsert(docs);
        };
      }
      return Reflect.get(target, prop);
    },
  });
}

describe('the search outbox', () => {
  it('loses no change across crashes and restarts: the index equals a fresh rebuild', async () => {
    for (let n = 0; n < 25; n++) await randomChange(n);
    // A worker that dies mid-batch (the engine fails), then one that dies after the engine took a batch.
    const dyingEngine = new OutboxWorker(pool, source, engineDyingMidway(engine), { batchSize: 7 });
    await dyingEngine.runOnce();
    await expect(dyingEngine.runOnce()).rejects.toThrow('engine went away');
    const dyingProcess = new OutboxWorker(poolDyingAfterEngine(pool), source, engine, { batchSize: 7 });
    await expect(dyingProcess.runOnce()).rejects.toThrow('process killed');
    expect(await api.db.prisma.outbox.count({ where: { processedAt: null, attempts: { gt: 0 } } })).toBeGreaterThan(0);

    for (let n = 25; n < 45; n++) await randomChange(n); // changes keep coming while no worker runs
    // The restart: the jobs the outbox trigger queued with each change drain it (one drain retires the others).
    expect(await api.app.jobs.runDue([TASK.searchIndex])).toBeGreaterThan(0);
    expect(await api.db.prisma.outbox.count({ where: { processedAt: null } })).toBe(0);
    expect(await api.db.prisma.$queryRaw`SELECT id FROM graphile_worker.jobs WHERE task_identifier = ${TASK.searchIndex}`).toEqual([]);

    const afterReplay = await engine.dump();
    expect(afterReplay.map((d) => d.entityId).sort()).toEqual(
      [...published, ...(await api.db.prisma.organisation.findMany({ where: { status: 'PUBLISHED' } })).map((o) => o.id)].sort(),
    );
    await rebuildIndex(source, engine, null);
    expect(afterReplay).toEqual(await engine.dump());
  }, 60_000);
});
