// The whole way from a publication to its matches: the transaction that publishes a request queues the
// 'matchmaking.published' job (a trigger), the process's job runner runs the matching listener, and the offer's owners
// find the match stored and are told. The test runs the due job itself (tests' apps run no job runner).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import { jobsWhere } from '../support/jobs.ts';
import { TASK } from '../../server/modules/jobs/tasks.ts';

let api: ApiApp;
beforeAll(async () => void (api = await startApi()));
afterAll(() => api.close());

describe('the matching job', () => {
  it('stores the matches of a request once it is published and tells the offer’s organisation', async () => {
    const { prisma } = api.db;
    const [buyer, seller] = [await createOrganisation(prisma), await createOrganisation(prisma)];
    const owner = await createUser(prisma);
    await addMember(prisma, owner.id, seller.id);
    const dryer = await createListing(prisma, seller.id, {
      titleVi: 'Máy sấy bơm nhiệt cho thanh long', kind: 'EQUIPMENT_OFFER', keywords: ['máy sấy', 'thanh long', 'sấy dẻo'],
      priceType: 'FIXED', priceMin: 150_000_000n, commune: 'Châu Thành',
    });
    const need = await createListing(prisma, buyer.id, {
      kind: 'TECHNOLOGY_REQUEST', status: 'PENDING_REVIEW', publishedAt: null, titleVi: 'Cần máy sấy thanh long sấy dẻo',
      keywords: ['máy sấy', 'thanh long', 'sấy dẻo'], commune: 'Châu Thành', details: { budget: { min: null, max: 300_000_000 } },
    });
    await prisma.listing.update({ where: { id: need.id }, data: { status: 'PUBLISHED', publishedAt: new Date() } });

    expect(await jobsWhere(prisma, { key: `published:listing:${need.id}` })).toHaveLength(1);
    expect(await api.app.jobs.runDue([TASK.published])).toBe(1);
    expect(await jobsWhere(prisma, { task: TASK.published })).toEqual([]);
    const [match] = await prisma.listingMatch.findMany({ where: { requestId: need.id } });
    expect((match!.reasons as { kind: string }[]).map((r) => r.kind)).toEqual(['field', 'keywords', 'price', 'place']);
    expect(await prisma.notification.count({ where: { userId: owner.id, type: 'match.found', link: `/listings/${need.slug}` } })).toBe(1);
  });
});
