// Bookmarks through the API: following listings and organisations, once, only what the caller may see, only when
// signed in; the saved page, newest first and paged, with what left the exchange marked and not shown; the owners'
// follower counts; and a search page that says which hits the caller follows at the cost of one query.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { PASSWORD, startApi, type ApiApp } from '../support/api-app.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { MAX_BOOKMARKS } from '../../server/modules/bookmark/bookmark.service.ts';

const RESULT = `__typename ... on BookmarkState { bookmarked listing { id bookmarked } organisation { id bookmarked } }
  ... on InputError { code message fieldErrors { field code message } }`;
const BOOKMARK = `mutation($l: ID, $o: ID) { bookmark(listingId: $l, organisationId: $o) { ${RESULT} } }`;
const REMOVE = `mutation($id: ID, $l: ID, $o: ID) { removeBookmark(id: $id, listingId: $l, organisationId: $o) { ${RESULT} } }`;
const PAGE = `query($first: Int, $after: String, $kind: BookmarkKind) { bookmarks(first: $first, after: $after, kind: $kind) {
  nodes { id kind available createdAt listing { id title } organisation { id name } } pageInfo { hasNextPage endCursor } } }`;
const LISTING = `query($id: ID!) { listingById(id: $id) { bookmarked followers } }`;
const ORGANISATION = `query($slug: String!) { organisation(slug: $slug) { bookmarked followers } }`;

let api: ApiApp;
let queries = 0;
let buyer: GraphQLClient;
let buyerId: string;
let seller: GraphQLClient;
let visitor: GraphQLClient;
let orgId: string;

beforeAll(async () => {
  // The app counts its SQL statements, to prove a search page says what the caller follows at a fixed cost.
  api = await startApi({ SEARCH_CACHE_TTL_MS: '0' }, { onQuery: () => void queries++ });
  const org = await createOrganisation(api.db.prisma);
  orgId = org.id;
  const s = await createUser(api.db.prisma);
  await addMember(api.db.prisma, s.id, org.id);
  const b = await createUser(api.db.prisma);
  buyerId = b.id;
  [buyer, seller, visitor] = await Promise.all([api.as(b.email), api.as(s.email), api.as(null)]);
});
afterAll(() => api?.close());

const saved = (userId = buyerId) => api.db.prisma.bookmark.count({ where: { userId } });

describe('bookmark and removeBookmark', () => {
  it('follow a listing and an organisation once however often asked, and stop following as often as asked', async () => {
    const listing = await createListing(api.db.prisma, orgId);
    const before = await saved();
    const first = await buyer.request(BOOKMARK, { l: listing.id });
    expect(first.data.bookmark).toEqual({ __typename: 'BookmarkState', bookmarked: true, listing: { id: listing.id, bookmarked: true }, organisation: null });
    expect((await buyer.request(BOOKMARK, { l: listing.id })).data.bookmark.bookmarked).toBe(true);
    expect((await buyer.request(BOOKMARK, { o: orgId })).data.bookmark.organisation).toEqual({ id: orgId, bookmarked: true });
    expect(await saved()).toBe(before + 2);

    const removed = await buyer.request(REMOVE, { l: listing.id });
    expect(removed.data.removeBookmark).toMatchObject({ bookmarked: false, listing: { id: listing.id, bookmarked: false } });
    expect((await buyer.request(REMOVE, { l: listing.id })).data.removeBookmark.bookmarked).toBe(false);
    expect((await buyer.request(LISTING, { id: listing.id })).data.listingById.bookmarked).toBe(false);
    await buyer.request(REMOVE, { o: orgId });
    expect(await saved()).toBe(before);
  });

  it('refuse visitors, and say so on the saved page too', async () => {
    const listing = await createListing(api.db.prisma, orgId);
    for (const res of [await visitor.request(BOOKMARK, { l: listing.id }), await visitor.request(REMOVE, { l: listing.id }), await visitor.request(PAGE, {})]) {
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await visitor.request(LISTING, { id: listing.id })).data.listingById).toEqual({ bookmarked: false, followers: null });
    expect(await api.db.prisma.bookmark.count({ where: { listingId: listing.id } })).toBe(0);
  });

  it('refuse what the caller may not see, ids that are not ids, and anything but exactly one item, field by field', async () => {
    const draft = await createListing(api.db.prisma, orgId, { status: 'DRAFT', publishedAt: null });
    const pendingOrg = await createOrganisation(api.db.prisma, { status: 'PENDING_REVIEW' });
    const person = await createOrganisation(api.db.prisma, { kind: 'INDIVIDUAL' });
    const before = await saved();
    const refused = async (vars: Record<string, string | null>, query = BOOKMARK) => {
      const res = await buyer.request(query, vars);
      return (res.data.bookmark ?? res.data.removeBookmark) as { code: string; fieldErrors: { field: string; code: string; message: string }[] };
    };
    expect(await refused({ l: draft.id })).toMatchObject({ code: 'NOT_FOUND', fieldErrors: [{ field: 'listingId', code: 'NOT_FOUND' }] });
    expect(await refused({ o: pendingOrg.id })).toMatchObject({ code: 'NOT_FOUND', fieldErrors: [{ field: 'organisationId' }] });
    expect(await refused({ o: person.id })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused({ l: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused({ l: "1' OR 1=1 --" })).toMatchObject({ code: 'INVALID_VALUE', fieldErrors: [{ field: 'listingId', code: 'INVALID_VALUE' }] });
    expect(await refused({ l: draft.id, o: orgId })).toMatchObject({ code: 'BOOKMARK_ONE_ITEM', fieldErrors: [{ field: 'organisationId' }] });
    expect((await refused({})).fieldErrors[0]).toEqual({ field: 'listingId', code: 'BOOKMARK_ONE_ITEM', message: 'Hãy chọn đúng một mục: một tin đăng hoặc một tổ chức.' });
    expect(await refused({ id: 'nope' }, REMOVE)).toMatchObject({ code: 'INVALID_VALUE', fieldErrors: [{ field: 'id' }] });
    expect(await saved()).toBe(before);
    // The owner's members may follow their listing before it is public (they can see it).
    expect((await seller.request(BOOKMARK, { l: draft.id })).data.bookmark.bookmarked).toBe(true);
  });

  it('stop at 1,000 saved items, while what is saved already still answers as saved', async () => {
    const person = await createUser(api.db.prisma);
    const client = await api.as(person.email);
    const org = await createOrganisation(api.db.prisma);
    await api.db.prisma.$executeRaw`INSERT INTO "Listing" (id, slug, kind, status, "organisationId", "titleVi", province, "publishedAt", "updatedAt")
      SELECT gen_random_uuid(), 'gioi-han-' || g || '-' || ${org.id}, 'TECHNOLOGY_OFFER', 'PUBLISHED', ${org.id}::uuid, 'Tin ' || g, 'Tây Ninh', now(), now()
      FROM generate_series(1, ${MAX_BOOKMARKS}) g`;
    await api.db.prisma.$executeRaw`INSERT INTO "Bookmark" (id, "userId", "listingId") SELECT gen_random_uuid(), ${person.id}::uuid, id FROM "Listing" WHERE "organisationId" = ${org.id}::uuid`;
    const one = await api.db.prisma.listing.findFirstOrThrow({ where: { organisationId: org.id } });
    expect((await client.request(BOOKMARK, { l: one.id })).data.bookmark.bookmarked).toBe(true);
    const refused = (await client.request(BOOKMARK, { o: org.id })).data.bookmark;
    expect(refused).toMatchObject({ code: 'BOOKMARK_LIMIT', fieldErrors: [{ field: 'organisationId', message: 'Bạn đã quan tâm tối đa 1000 mục; hãy bỏ bớt trước khi thêm.' }] });
    expect(await saved(person.id)).toBe(MAX_BOOKMARKS);
  });

  it('remove only the caller’s own bookmark when named by its id', async () => {
    const listing = await createListing(api.db.prisma, orgId);
    await seller.request(BOOKMARK, { l: listing.id });
    const theirs = await api.db.prisma.bookmark.findFirstOrThrow({ where: { listingId: listing.id } });
    await buyer.request(REMOVE, { id: theirs.id });
    expect(await api.db.prisma.bookmark.count({ where: { id: theirs.id } })).toBe(1);
    await seller.request(REMOVE, { id: theirs.id });
    expect(await api.db.prisma.bookmark.count({ where: { id: theirs.id } })).toBe(0);
  });
});

describe('the saved page', () => {
  it('pages newest first by kind, and lists what left the exchange as unavailable without its content', async () => {
    const person = await createUser(api.db.prisma);
    const client = await api.as(person.email);
    const listings = [];
    for (let i = 0; i < 5; i++) {
      const l = await createListing(api.db.prisma, orgId);
      listings.push(l);
      await client.request(BOOKMARK, { l: l.id });
    }
    const org = await createOrganisation(api.db.prisma);
    await client.request(BOOKMARK, { o: org.id });
    await api.db.prisma.listing.update({ where: { id: listings[1]!.id }, data: { status: 'UNPUBLISHED' } });

    const seen: { id: string; kind: string; available: boolean; listing: { id: string; title: string } | null }[] = [];
    let after: string | null = null;
    do {
      const page: any = (await client.request(PAGE, { first: 2, after })).data.bookmarks;
      expect(page.nodes.length).toBeLessThanOrEqual(2);
      seen.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.map((b) => b.kind)).toEqual(['ORGANISATION', 'LISTING', 'LISTING', 'LISTING', 'LISTING', 'LISTING']);
    expect(seen.slice(1).map((b) => b.listing?.id ?? null)).toEqual([listings[4]!.id, listings[3]!.id, listings[2]!.id, null, listings[0]!.id]);
    expect(seen[4]).toMatchObject({ available: false, listing: null });
    expect(seen.filter((b) => b.available)).toHaveLength(5);

    const onlyListings = (await client.request(PAGE, { kind: 'LISTING', first: 100 })).data.bookmarks;
    expect(onlyListings.nodes).toHaveLength(5);
    const onlyOrgs = (await client.request(PAGE, { kind: 'ORGANISATION' })).data.bookmarks;
    expect(onlyOrgs.nodes).toEqual([expect.objectContaining({ kind: 'ORGANISATION', available: true, organisation: { id: org.id, name: org.nameVi } })]);
    expect((await client.request(PAGE, { after: 'not-a-cursor' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('loses a bookmark with its listing or organisation, is in the data export, and goes with an erased account', async () => {
    const person = await createUser(api.db.prisma);
    const client = await api.as(person.email);
    const org = await createOrganisation(api.db.prisma);
    const listing = await createListing(api.db.prisma, org.id);
    const other = await createListing(api.db.prisma, org.id);
    for (const l of [listing, other]) await client.request(BOOKMARK, { l: l.id });
    await client.request(BOOKMARK, { o: org.id });
    await api.db.prisma.listing.delete({ where: { id: listing.id } });
    expect((await client.request(PAGE, {})).data.bookmarks.nodes.map((b: { kind: string }) => b.kind)).toEqual(['ORGANISATION', 'LISTING']);
    const exported = JSON.parse((await client.request(`mutation { exportMyData { json } }`)).data.exportMyData.json);
    expect(exported.bookmarks).toEqual([
      expect.objectContaining({ listingId: other.id, organisationId: null }),
      expect.objectContaining({ listingId: null, organisationId: org.id }),
    ]);
    const erased = await client.request(`mutation($p: String!) { requestAccountDeletion(input: { password: $p }) { __typename } }`, { p: PASSWORD });
    expect(erased.data.requestAccountDeletion.__typename).toBe('DataRequest');
    expect(await saved(person.id)).toBe(0);
  });
});

describe('followers', () => {
  it('are counted for the owner’s members and the department, and for nobody else', async () => {
    const org = await createOrganisation(api.db.prisma);
    const member = await createUser(api.db.prisma);
    await addMember(api.db.prisma, member.id, org.id);
    const staff = await createUser(api.db.prisma, { role: 'MODERATOR' });
    const listing = await createListing(api.db.prisma, org.id);
    for (let i = 0; i < 3; i++) {
      const fan = await api.as((await createUser(api.db.prisma)).email);
      await fan.request(BOOKMARK, { l: listing.id });
      if (i < 2) await fan.request(BOOKMARK, { o: org.id });
    }
    const [owner, moderator] = await Promise.all([api.as(member.email), api.as(staff.email)]);
    expect((await owner.request(LISTING, { id: listing.id })).data.listingById).toEqual({ bookmarked: false, followers: 3 });
    expect((await moderator.request(ORGANISATION, { slug: org.slug })).data.organisation).toEqual({ bookmarked: false, followers: 2 });
    expect((await buyer.request(LISTING, { id: listing.id })).data.listingById.followers).toBeNull();
    expect((await buyer.request(ORGANISATION, { slug: org.slug })).data.organisation.followers).toBeNull();
  });
});

describe('a search page', () => {
  it('says which of its 20 hits the caller follows at the cost of one query, whatever their number', async () => {
    const org = await createOrganisation(api.db.prisma);
    const made = [];
    for (let i = 0; i < 22; i++) made.push(await createListing(api.db.prisma, org.id, { titleVi: `Máy sấy chuối ${i}`, publishedAt: new Date(Date.now() - i * 60_000) }));
    await api.app.searchWorker.rebuild(); // the factory writes no outbox rows
    for (const l of made.slice(0, 3)) await buyer.request(BOOKMARK, { l: l.id });
    const SEARCH = (fields: string) => `query($first: Int) { search(query: "máy sấy chuối", sort: NEWEST, first: $first) {
      nodes { entity { ... on Listing { id ${fields} } } } } }`;
    const cost = async (fields: string, first: number) => {
      await buyer.request(SEARCH(fields), { first });
      queries = 0;
      const res = await buyer.request(SEARCH(fields), { first });
      expect(res.data.search.nodes).toHaveLength(first);
      return { count: queries, nodes: res.data.search.nodes as { entity: { id: string; bookmarked?: boolean } }[] };
    };
    const few = await cost('bookmarked', 5);
    const page = await cost('bookmarked', 20);
    expect(page.count).toBe(few.count);
    expect((await cost('', 20)).count).toBe(page.count - 1);
    expect(page.nodes.filter((n) => n.entity.bookmarked).map((n) => n.entity.id).sort()).toEqual(made.slice(0, 3).map((l) => l.id).sort());
  });
});
