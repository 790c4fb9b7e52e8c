// Publishing is news the matchmaking listeners act on: the transaction that publishes a listing or an organisation
// queues one 'matchmaking.published' job (a trigger), and that job runs every listener even when one of them fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPublicationListeners, type Publication } from '../../server/modules/matchmaking/publication.ts';
import { TASK } from '../../server/modules/jobs/tasks.ts';
import { createListing, createOrganisation } from '../support/factories.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';
import { jobsWhere } from '../support/jobs.ts';

let db: TestDatabase;
beforeAll(async () => void (db = await freshDatabase()));
afterAll(() => db.drop());

const payloads = async (key: string) =>
  (await db.prisma.$queryRaw<{ payload: unknown }[]>`SELECT payload FROM graphile_worker._private_jobs WHERE key = ${key}`).map((r) => r.payload);

describe('publication jobs', () => {
  it('are queued when a listing or an organisation becomes published, and only then', async () => {
    const org = await createOrganisation(db.prisma, { status: 'PENDING_REVIEW' });
    const listing = await createListing(db.prisma, org.id, { status: 'PENDING_REVIEW', publishedAt: null });
    expect(await jobsWhere(db.prisma, { task: TASK.published })).toEqual([]);

    await db.prisma.listing.update({ where: { id: listing.id }, data: { status: 'PUBLISHED' } });
    await db.prisma.organisation.update({ where: { id: org.id }, data: { status: 'PUBLISHED' } });
    expect(await payloads(`published:listing:${listing.id}`)).toEqual([{ kind: 'listing', id: listing.id }]);
    expect(await payloads(`published:organisation:${org.id}`)).toEqual([{ kind: 'organisation', id: org.id }]);

    // An edit of the published listing is not a publication.
    await db.prisma.$executeRaw`DELETE FROM graphile_worker._private_jobs`;
    await db.prisma.listing.update({ where: { id: listing.id }, data: { titleVi: 'Tên mới', status: 'PUBLISHED' } });
    expect(await jobsWhere(db.prisma, { task: TASK.published })).toEqual([]);

    // Published again after being unpublished: news again.
    await db.prisma.listing.update({ where: { id: listing.id }, data: { status: 'UNPUBLISHED' } });
    await db.prisma.listing.update({ where: { id: listing.id }, data: { status: 'PUBLISHED' } });
    expect(await payloads(`published:listing:${listing.id}`)).toHaveLength(1);
  });

  it('run every listener even when one fails, and then fail so the queue retries', async () => {
    const ran: string[] = [];
    const listener = (name: string, fail = false) => ({
      name,
      onPublished: async (p: Publication) => {
        ran.push(`${name}:${p.id}`);
        if (fail) throw new Error('engine away');
      },
    });
    await expect(runPublicationListeners([listener('alerts', true), listener('matching')], { kind: 'listing', id: 'x' })).rejects.toThrow(
      'alerts: engine away',
    );
    expect(ran).toEqual(['alerts:x', 'matching:x']);
  });
});
