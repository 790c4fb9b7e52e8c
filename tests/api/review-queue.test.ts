// The department's queue pages oldest submission first across new listings, new profiles and edits of published
// ones, with ties in time broken by the item's key, and says how many wait in all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';

let api: ApiApp;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

const PAGE = `query($after: String, $entityType: String) { reviewQueue(first: 2, after: $after, entityType: $entityType) {
  nodes { entityType submittedAt listing { id } organisation { id } revision { id } } pageInfo { hasNextPage endCursor } totalCount } }`;

type Item = { entityType: string; submittedAt: string; listing: { id: string } | null; organisation: { id: string } | null; revision: { id: string } | null };

describe('the review queue', () => {
  it('pages every kind of waiting item oldest first, ties by key, with the total of all pages', async () => {
    const prisma = api.db.prisma;
    const moderator = await api.as((await createUser(prisma, { role: 'MODERATOR' })).email);
    const at = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    const org = await createOrganisation(prisma, { status: 'PENDING_REVIEW', submittedAt: at(30) });
    const published = await createOrganisation(prisma);
    const sameTime = at(20);
    const twins = [
      await createListing(prisma, published.id, { status: 'PENDING_REVIEW', publishedAt: null, submittedAt: sameTime }),
      await createListing(prisma, published.id, { status: 'PENDING_REVIEW', publishedAt: null, submittedAt: sameTime }),
    ].sort((a, b) => a.id.localeCompare(b.id));
    const live = await createListing(prisma, published.id);
    const edit = await prisma.revision.create({ data: { entityType: 'listing', entityId: live.id, status: 'PENDING_REVIEW', content: {}, submittedAt: at(10) } });
    await createListing(prisma, published.id, { status: 'DRAFT', publishedAt: null });

    const seen: Item[] = [];
    let after: string | null = null;
    do {
      const page: { nodes: Item[]; pageInfo: { hasNextPage: boolean; endCursor: string }; totalCount: number } = (await moderator.request(PAGE, { after })).data.reviewQueue;
      expect(page.totalCount).toBe(4);
      seen.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.map((i) => [i.entityType, i.organisation?.id ?? i.listing?.id, i.revision?.id ?? null])).toEqual([
      ['organisation', org.id, null],
      ['listing', twins[0]!.id, null],
      ['listing', twins[1]!.id, null],
      ['listing', live.id, edit.id],
    ]);
    const listings = (await moderator.request(PAGE, { entityType: 'listing' })).data.reviewQueue;
    expect(listings.totalCount).toBe(3);
    // A cursor of another list is refused, naming `after`.
    const foreign = Buffer.from(JSON.stringify(['notifications', new Date().toISOString(), org.id])).toString('base64url');
    expect((await moderator.request(PAGE, { after: foreign })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('places an item never submitted through the workflow by its last change, filters by kind, and counts past the end', async () => {
    const prisma = api.db.prisma;
    await prisma.listing.updateMany({ where: { status: 'PENDING_REVIEW' }, data: { status: 'DRAFT' } });
    await prisma.organisation.updateMany({ where: { status: 'PENDING_REVIEW' }, data: { status: 'DRAFT' } });
    await prisma.revision.updateMany({ where: { status: 'PENDING_REVIEW' }, data: { status: 'WITHDRAWN' } });
    const moderator = await api.as((await createUser(prisma, { role: 'MODERATOR' })).email);
    const at = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    const org = await createOrganisation(prisma);
    const first = await createListing(prisma, org.id, { kind: 'TECHNOLOGY_OFFER', status: 'PENDING_REVIEW', publishedAt: null, submittedAt: at(50) });
    const unsubmitted = await createListing(prisma, org.id, { kind: 'EQUIPMENT_OFFER', status: 'PENDING_REVIEW', publishedAt: null, submittedAt: null });
    await prisma.listing.update({ where: { id: unsubmitted.id }, data: { updatedAt: at(40) } });
    const last = await createListing(prisma, org.id, { kind: 'TECHNOLOGY_OFFER', status: 'PENDING_REVIEW', publishedAt: null, submittedAt: at(30) });

    const all = (await moderator.request(PAGE, {})).data.reviewQueue;
    expect(all.nodes.map((i: Item) => i.listing?.id)).toEqual([first.id, unsubmitted.id]);
    expect(all.totalCount).toBe(3);
    const rest = (await moderator.request(PAGE, { after: all.pageInfo.endCursor })).data.reviewQueue;
    expect(rest.nodes.map((i: Item) => i.listing?.id)).toEqual([last.id]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const offers = (await moderator.request(`query { reviewQueue(first: 5, kind: TECHNOLOGY_OFFER) { nodes { listing { id } } totalCount } }`)).data.reviewQueue;
    expect(offers).toEqual({ nodes: [{ listing: { id: first.id } }, { listing: { id: last.id } }], totalCount: 2 });
    const past = Buffer.from(JSON.stringify(['review-queue', new Date().toISOString(), last.id])).toString('base64url');
    expect((await moderator.request(PAGE, { after: past })).data.reviewQueue).toMatchObject({ nodes: [], totalCount: 3 });
  });
});
