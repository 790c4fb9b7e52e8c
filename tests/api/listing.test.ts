import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { startApi, type ApiApp } from '../support/api-app.ts';
import type { TestDatabase } from '../support/database.ts';
import { GraphQLClient } from '../support/graphql-client.ts';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';

const LATEST = `query($first: Int, $kind: ListingKind) { latestListings(first: $first, kind: $kind) {
  slug kind status title summary trl price { type min max }
  organisation { name slug kind verified fields { code name } }
  field { code name parent { code name } } } }`;
const ONE = `query($slug: String!) { listing(slug: $slug) { slug status title organisation { slug } } }`;
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { __typename } }`;

let api: ApiApp;
let db: TestDatabase;
let app: FastifyInstance;
let queries = 0;

beforeAll(async () => {
  // The app counts its SQL statements, to prove pages cost a bounded number of queries.
  api = await startApi({}, { onQuery: () => void queries++ });
  ({ db, app } = api);
});
afterAll(() => api?.close());

async function signedIn(email: string) {
  const client = new GraphQLClient(app);
  const res = await client.request(SIGN_IN, { e: email, p: 'a long enough password' });
  expect(res.data.signIn.__typename).toBe('AuthSuccess');
  return client;
}

describe('latest listings', () => {
  it('shows only published listings, newest first, with the owner, the field and the price', async () => {
    const org = await createOrganisation(db.prisma, { verifiedAt: new Date() });
    const older = await createListing(db.prisma, org.id, { publishedAt: new Date(Date.now() - 86_400_000), trl: 7 });
    const newer = await createListing(db.prisma, org.id, {
      kind: 'EQUIPMENT_OFFER',
      priceType: 'FIXED',
      priceMin: 350_000_000n,
    });
    await createListing(db.prisma, org.id, { status: 'DRAFT', publishedAt: null });
    await createListing(db.prisma, org.id, { status: 'PENDING_REVIEW', publishedAt: null });

    const res = await new GraphQLClient(app).request(LATEST, { first: 10 });
    const slugs = res.data.latestListings.map((l: { slug: string }) => l.slug);
    expect(slugs.slice(0, 2)).toEqual([newer.slug, older.slug]);
    expect(res.data.latestListings.every((l: { status: string }) => l.status === 'PUBLISHED')).toBe(true);
    expect(res.data.latestListings[0]).toMatchObject({
      kind: 'EQUIPMENT_OFFER',
      price: { type: 'FIXED', min: 350_000_000, max: null },
      organisation: { slug: org.slug, verified: true, kind: 'COOPERATIVE' },
      field: { code: '401', name: 'Trồng trọt', parent: { code: '4' } },
    });
    const kinds = await new GraphQLClient(app).request(LATEST, { kind: 'EQUIPMENT_OFFER' });
    expect(kinds.data.latestListings.map((l: { slug: string }) => l.slug)).toEqual([newer.slug]);
  });

  it('speaks the caller’s language, falling back to Vietnamese where no translation exists', async () => {
    const org = await createOrganisation(db.prisma);
    const listing = await createListing(db.prisma, org.id, { titleEn: null, publishedAt: new Date(Date.now() + 1000) });
    const en = new GraphQLClient(app);
    en.cookies.set('lang', 'en');
    const res = await en.request(LATEST, { first: 5 });
    const mine = res.data.latestListings.find((l: { slug: string }) => l.slug === listing.slug);
    expect(mine.title).toBe(listing.titleVi);
    expect(mine.summary).toBe('Keeps the fruit 20 more days.');
    expect(mine.field.name).toBe('Crop science');
    expect(mine.organisation.name).toBe(org.nameEn);
  });

  it('costs a bounded number of SQL queries however many listings and organisations a page shows', async () => {
    for (let i = 0; i < 30; i++) {
      const org = await createOrganisation(db.prisma);
      await createListing(db.prisma, org.id);
    }
    const client = new GraphQLClient(app);
    await client.request(LATEST, { first: 5 });
    queries = 0;
    const small = await client.request(LATEST, { first: 5 });
    const smallCount = queries;
    queries = 0;
    const large = await client.request(LATEST, { first: 30 });
    expect(small.data.latestListings).toHaveLength(5);
    expect(large.data.latestListings).toHaveLength(30);
    expect(queries).toBe(smallCount);
    expect(queries).toBeLessThanOrEqual(5);
  });
});

describe('the seller’s own listings', () => {
  it('cost a bounded number of SQL queries with what each still misses, whatever their number', async () => {
    const org = await createOrganisation(db.prisma);
    const seller = await createUser(db.prisma);
    await addMember(db.prisma, seller.id, org.id);
    const client = await signedIn(seller.email);
    const MINE = `{ myListings(first: 100) { nodes { id canEdit missingForSubmission pendingRevision { id } } } }`;
    const countFor = async (n: number) => {
      while ((await db.prisma.listing.count({ where: { organisationId: org.id } })) < n) {
        await createListing(db.prisma, org.id, { status: 'DRAFT', publishedAt: null });
      }
      await client.request(MINE);
      queries = 0;
      const res = await client.request(MINE);
      expect(res.data.myListings.nodes).toHaveLength(n);
      expect(res.data.myListings.nodes[0].missingForSubmission).toContain('validUntil');
      return queries;
    };
    const few = await countFor(3);
    expect(await countFor(25)).toBe(few);
  });
});

describe('paged listings', () => {
  type Page = { nodes: { slug: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  async function walk(read: (after: string | null) => Promise<Page>): Promise<string[]> {
    const slugs: string[] = [];
    let after: string | null = null;
    do {
      const page: Page = await read(after);
      slugs.push(...page.nodes.map((n) => n.slug));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return slugs;
  }

  it('an organisation’s published listings page newest first, ties in time by id, nested under many organisations at one query cost', async () => {
    const org = await createOrganisation(db.prisma);
    const at = new Date(Date.now() - 3_600_000);
    const same = [];
    for (let i = 0; i < 5; i++) same.push(await createListing(db.prisma, org.id, { publishedAt: at }));
    const newest = await createListing(db.prisma, org.id);
    await createListing(db.prisma, org.id, { status: 'DRAFT', publishedAt: null });
    const PAGE = `query($s: String!, $after: String) { organisation(slug: $s) { listings(first: 2, after: $after) { nodes { slug } pageInfo { hasNextPage endCursor } } } }`;
    const client = new GraphQLClient(app);
    const slugs = await walk(async (after) => (await client.request(PAGE, { s: org.slug, after })).data.organisation.listings);
    expect(slugs).toEqual([newest.slug, ...same.sort((a, b) => a.id.localeCompare(b.id)).map((l) => l.slug)]);

    const NESTED = `query($n: Int) { latestListings(first: $n) { organisation { listings(first: 2) { nodes { slug } pageInfo { hasNextPage } } } } }`;
    await client.request(NESTED, { n: 2 });
    queries = 0;
    await client.request(NESTED, { n: 2 });
    const few = queries;
    queries = 0;
    const many = await client.request(NESTED, { n: 20 });
    expect(queries).toBe(few);
    const ours = many.data.latestListings.find((l: { organisation: { listings: Page } }) => l.organisation.listings.nodes[0]?.slug === newest.slug);
    expect(ours.organisation.listings).toMatchObject({ nodes: [{ slug: newest.slug }, {}], pageInfo: { hasNextPage: true } });
  });

  it('a workspace’s listings page by their last change, with counts by status of all pages', async () => {
    const org = await createOrganisation(db.prisma);
    const seller = await createUser(db.prisma);
    await addMember(db.prisma, seller.id, org.id);
    for (let i = 0; i < 3; i++) await createListing(db.prisma, org.id);
    for (let i = 0; i < 2; i++) await createListing(db.prisma, org.id, { status: 'DRAFT', publishedAt: null });
    const client = await signedIn(seller.email);
    const PAGE = `query($after: String, $statuses: [ModerationStatus!]) { myListings(first: 2, after: $after, statuses: $statuses) {
      nodes { slug } pageInfo { hasNextPage endCursor } totalCount byStatus { status count } } }`;
    const first = (await client.request(PAGE, {})).data.myListings;
    expect(first.totalCount).toBe(5);
    expect(first.byStatus).toEqual(expect.arrayContaining([{ status: 'PUBLISHED', count: 3 }, { status: 'DRAFT', count: 2 }]));
    const all = await walk(async (after) => (await client.request(PAGE, { after })).data.myListings);
    const stored = await db.prisma.listing.findMany({ where: { organisationId: org.id }, orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }] });
    expect(all).toEqual(stored.map((l) => l.slug));
    const drafts = (await client.request(PAGE, { statuses: ['DRAFT'] })).data.myListings;
    expect(drafts).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false } });
    expect(drafts.nodes).toHaveLength(2);
  });
});

describe('listing visibility', () => {
  it('hides an unpublished listing from visitors and buyers, shows it to its members and the department', async () => {
    const org = await createOrganisation(db.prisma);
    const draft = await createListing(db.prisma, org.id, { status: 'DRAFT', publishedAt: null });
    const member = await createUser(db.prisma);
    await addMember(db.prisma, member.id, org.id, 'EDITOR');
    const buyer = await createUser(db.prisma);
    const moderator = await createUser(db.prisma, { role: 'MODERATOR' });

    expect((await new GraphQLClient(app).request(ONE, { slug: draft.slug })).data.listing).toBeNull();
    expect((await (await signedIn(buyer.email)).request(ONE, { slug: draft.slug })).data.listing).toBeNull();
    expect((await (await signedIn(member.email)).request(ONE, { slug: draft.slug })).data.listing).toMatchObject({
      status: 'DRAFT',
    });
    expect((await (await signedIn(moderator.email)).request(ONE, { slug: draft.slug })).data.listing).toMatchObject({
      status: 'DRAFT',
    });
  });

  it('keeps the organisation of an anonymous technology request hidden, except from its members', async () => {
    const org = await createOrganisation(db.prisma, { kind: 'ENTERPRISE' });
    const request = await createListing(db.prisma, org.id, { kind: 'TECHNOLOGY_REQUEST', hideOrganisation: true });
    const member = await createUser(db.prisma);
    await addMember(db.prisma, member.id, org.id);

    const visitor = await new GraphQLClient(app).request(ONE, { slug: request.slug });
    expect(visitor.data.listing).toMatchObject({ slug: request.slug, organisation: null });
    const own = await (await signedIn(member.email)).request(ONE, { slug: request.slug });
    expect(own.data.listing.organisation).toEqual({ slug: org.slug });
  });

  it('shows an organisation page only once the organisation is published', async () => {
    const pending = await createOrganisation(db.prisma, { status: 'PENDING_REVIEW' });
    const res = await new GraphQLClient(app).request(`query($s: String!) { organisation(slug: $s) { slug } }`, {
      s: pending.slug,
    });
    expect(res.data.organisation).toBeNull();
  });
});
