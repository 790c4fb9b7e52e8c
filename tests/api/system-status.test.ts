// The admins' System page through the API: what runs (version, commit, uptime), the checks behind /readyz, the
// search index's lag, and a rebuild of the index in the background that a second press does not start again.
// Only admins may ask or rebuild.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import { SearchSource } from '../../search/source.ts';
import { trySearchLock } from '../../search/search-lock.ts';
import pg from 'pg';

const STATUS = `{ systemStatus { version commit startedAt uptimeSeconds ready checks { name ok reason }
  searchIndex { engine documents pending oldestAgeSeconds rebuild { startedAt finishedAt documents failed } } } }`;
const REBUILD = `mutation { rebuildSearchIndex { startedAt finishedAt documents failed } }`;

let api: ApiApp;

beforeAll(async () => {
  api = await startApi();
  await createUser(api.db.prisma, { email: 'admin@so-khcn.vn', role: 'ADMIN' });
  await createUser(api.db.prisma, { email: 'moderator@so-khcn.vn', role: 'MODERATOR' });
  await createUser(api.db.prisma, { email: 'buyer@example.vn' });
});
afterAll(() => api?.close());

describe('the System page through the API', () => {
  it('refuses visitors (UNAUTHENTICATED), buyers and moderators (FORBIDDEN), and starts no rebuild for them', async () => {
    for (const [email, code] of [[null, 'UNAUTHENTICATED'], ['buyer@example.vn', 'FORBIDDEN'], ['moderator@so-khcn.vn', 'FORBIDDEN']] as const) {
      const client = await api.as(email);
      for (const query of [STATUS, REBUILD]) {
        const res = await client.request(query);
        expect(res.data).toBeNull();
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual([code]);
      }
    }
    const admin = await api.as('admin@so-khcn.vn');
    expect((await admin.request(STATUS)).data.systemStatus.searchIndex.rebuild).toBeNull();
  });

  it('shows the version, the commit, the uptime and the readiness checks to an admin', async () => {
    const admin = await api.as('admin@so-khcn.vn');
    const { data } = await admin.request(STATUS);
    const status = data.systemStatus;
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(status.version).toBe(pkg.version);
    // The tests run in a git checkout: the commit is the checkout's.
    expect(status.commit).toBe(execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { encoding: 'utf8' }).trim());
    expect(status.uptimeSeconds).toBeGreaterThanOrEqual(0);
    expect(Math.abs(Date.parse(status.startedAt) + status.uptimeSeconds * 1000 - Date.now())).toBeLessThan(5_000);
    expect(status.ready).toBe(true);
    expect(status.checks).toEqual(['database', 'migrations', 'search', 'workers'].map((name) => ({ name, ok: true, reason: null })));
  });

  it('shows the search lag and rebuilds the index in the background, once however often it is pressed', async () => {
    const admin = await api.as('admin@so-khcn.vn');
    const org = await createOrganisation(api.db.prisma);
    await createListing(api.db.prisma, org.id);
    await api.db.prisma.outbox.create({ data: { entityType: 'listing', entityId: 'x', op: 'UPSERT', createdAt: new Date(Date.now() - 90_000) } });

    const before = (await admin.request(STATUS)).data.systemStatus.searchIndex;
    expect(before).toMatchObject({ engine: 'postgres', documents: 0, pending: 1, rebuild: null });
    expect(before.oldestAgeSeconds).toBeGreaterThanOrEqual(90);

    const [first, second] = await Promise.all([admin.request(REBUILD), admin.request(REBUILD)]);
    expect(first.data.rebuildSearchIndex).toMatchObject({ finishedAt: null, documents: null, failed: false });
    expect(second.data.rebuildSearchIndex.startedAt).toBe(first.data.rebuildSearchIndex.startedAt);

    let rebuild = first.data.rebuildSearchIndex;
    for (let i = 0; i < 100 && !rebuild.finishedAt; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      rebuild = (await admin.request(STATUS)).data.systemStatus.searchIndex.rebuild;
    }
    const published = await new SearchSource(api.db.prisma).countPublished();
    expect(published).toBeGreaterThanOrEqual(1);
    expect(rebuild).toMatchObject({ startedAt: first.data.rebuildSearchIndex.startedAt, documents: published, failed: false });
    expect((await admin.request(STATUS)).data.systemStatus.searchIndex.documents).toBe(published);

    // Once finished, pressing again starts a new rebuild.
    const again = (await admin.request(REBUILD)).data.rebuildSearchIndex;
    expect(Date.parse(again.startedAt)).toBeGreaterThan(Date.parse(rebuild.startedAt));
  });

  it('waits while a drain of the search outbox holds the index, then rebuilds', async () => {
    const admin = await api.as('admin@so-khcn.vn');
    const status = async () => (await admin.request(STATUS)).data.systemStatus.searchIndex.rebuild;
    const finished = async () => {
      let rebuild = await status();
      for (let i = 0; i < 100 && !rebuild.finishedAt; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        rebuild = await status();
      }
      return rebuild;
    };
    await finished(); // the one the test before started
    // A drain in another process: the lock the drain jobs take, held on a connection of its own.
    const drain = new pg.Client({ connectionString: api.db.url });
    await drain.connect();
    try {
      expect(await trySearchLock(drain, async () => {
        const started = (await admin.request(REBUILD)).data.rebuildSearchIndex;
        await new Promise((resolve) => setTimeout(resolve, 1000));
        expect(await status()).toMatchObject({ startedAt: started.startedAt, finishedAt: null });
      })).toBe(true);
      expect(await finished()).toMatchObject({ failed: false, documents: await new SearchSource(api.db.prisma).countPublished() });
    } finally {
      await drain.end();
    }
  });
});
