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
});
