// The department's demand figures: what people searched for, what found nothing and what nobody clicked, counted by
// folded term and day with no personal data; the hits' click route; the report's two functions; retention by the
// clock. Real PostgreSQL, the PostgreSQL search engine, the job runner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiApp } from '../support/api-app.ts';
import { createListing, createOrganisation, createUser } from '../support/factories.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { TASK } from '../../server/modules/jobs/tasks.ts';
import { vietnamDay } from '../../server/modules/search/search-demand.service.ts';

const SEARCH = `query($q: String, $after: String, $first: Int) {
  search(query: $q, first: $first, after: $after) { totalCount demandRef matching { complete } pageInfo { endCursor } nodes { entity { ... on Listing { slug } } } } }`;
// What the search page asks beside its results: facet counts without one filter group, with no demandRef.
const FACETS_ONLY = `query($q: String) { search(query: $q, first: 1) { totalCount } }`;
const DEMAND = `query($from: DateTime!, $to: DateTime!, $first: Int, $after: String) {
  searchDemand(from: $from, to: $to, first: $first, after: $after) { nodes { term searches zeroResults noClick } pageInfo { hasNextPage endCursor } } }`;

const DAY_MS = 86_400_000;
let api: ApiApp;
let visitor: GraphQLClient;
let slug: string;
/** Today in Vietnam, as a window from its midnight to the next. */
let today: { from: Date; to: Date };

const rows = () => api.db.prisma.searchDemand.findMany({ orderBy: [{ day: 'asc' }, { term: 'asc' }] });
const termRow = async (term: string) => (await rows()).find((r) => r.term === term);
const search = async (q: string, extra: Record<string, unknown> = {}) => (await visitor.request(SEARCH, { q, ...extra })).data.search;
const follow = (url: string) => api.app.inject({ method: 'GET', url });

beforeAll(async () => {
  api = await startApi({ SEARCH_DEMAND_RETENTION_DAYS: '30' }, { jobs: true });
  const org = await createOrganisation(api.db.prisma);
  for (let i = 0; i < 3; i++) {
    const listing = await createListing(api.db.prisma, org.id, { titleVi: `Máy sấy bơm nhiệt cho thanh long ${i}` });
    slug ??= listing.slug;
  }
  await api.app.searchWorker.rebuild();
  visitor = await api.as(null);
  const midnight = new Date(`${vietnamDay(new Date())}T00:00:00+07:00`);
  today = { from: midnight, to: new Date(midnight.getTime() + DAY_MS) };
});
afterAll(() => api.close());

describe('search demand', () => {
  it('counts a search that found nothing holding every word, by its folded term, once per search and not its later pages or facet counts', async () => {
    // Partial matching shows the dryers (they hold "máy"), but nothing on offer presses sugar cane: unmet demand.
    const none = await search('  Máy ÉP   mía  tự động ');
    expect(none.matching.complete).toBe(false);
    expect(none.demandRef).toEqual(expect.any(String));
    await visitor.request(FACETS_ONLY, { q: 'máy ép mía tự động' });
    const found = await search('máy sấy thanh long', { first: 1 });
    expect(found.totalCount).toBe(3);
    await search('máy sấy thanh long', { first: 1, after: found.pageInfo.endCursor });
    await api.app.services.searchDemand.flush();

    expect(await termRow('may ep mia tu dong')).toMatchObject({ searches: 1, zeroResults: 1, clicked: 0 });
    expect(await termRow('may say thanh long')).toMatchObject({ searches: 1, zeroResults: 0, clicked: 0 });
    // Each flush adds to the day's row: a second search later is the same row, counted twice.
    await search('may ep mia tu dong');
    await api.app.services.searchDemand.flush();
    expect(await termRow('may ep mia tu dong')).toMatchObject({ searches: 2, zeroResults: 2 });
  });

  it('keeps no search holding an e-mail address or a phone number, and nothing of who searched', async () => {
    const before = (await rows()).length;
    for (const q of ['máy sấy nguyen.van.a@gmail.com', 'gọi anh Nam 0912 345 678', 'thanh long +84 912 345 678']) {
      expect((await search(q)).demandRef, q).toBeNull();
    }
    await api.app.services.searchDemand.flush();
    expect(await rows()).toHaveLength(before);
    // The table has the day, the term and counters: no column for a user, an address or a session.
    const columns = await api.db.prisma.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_name = 'SearchDemand' ORDER BY column_name`;
    expect(columns.map((c) => c.column_name)).toEqual(['clicked', 'day', 'searches', 'term', 'zeroResults']);
  });

  it('counts a click on a hit for its search, once however often it is clicked, and redirects to the hit without the ref', async () => {
    const clicked = await search('bơm nhiệt thanh long');
    const hit = `/listings/${slug}?ref=${encodeURIComponent(clicked.demandRef)}`;
    for (let i = 0; i < 2; i++) {
      const res = await follow(hit);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe(`/listings/${slug}`);
      expect(res.headers['cache-control']).toBe('no-store');
    }
    await search('bơm nhiệt thanh long'); // a second search, found but not clicked
    await api.app.services.searchDemand.flush();
    expect(await termRow('bom nhiet thanh long')).toMatchObject({ searches: 2, zeroResults: 0, clicked: 1 });
    // A click after its search was written (the next minute's flush) counts on the written row.
    const later = await search('bơm nhiệt thanh long');
    await api.app.services.searchDemand.flush();
    await follow(`/organisations/some-org?ref=${encodeURIComponent(later.demandRef)}`);
    await api.app.services.searchDemand.flush();
    expect(await termRow('bom nhiet thanh long')).toMatchObject({ searches: 3, clicked: 2 });
    const [term] = await api.app.services.searchDemand.topTerms(today, 100).then((t) => t.filter((r) => r.term === 'bom nhiet thanh long'));
    expect(term).toEqual({ term: 'bom nhiet thanh long', searches: 3, zeroResults: 0, noClick: 1 });
  });

  it('redirects only a hit to itself, keeping its other parameters, and counts nothing for an edited ref', async () => {
    const { demandRef } = await search('thanh long');
    const ref = encodeURIComponent(demandRef);
    expect((await follow(`/en/listings/${slug}?lang=en&ref=${ref}`)).headers.location).toBe(`/en/listings/${slug}?lang=en`);
    // Anything that is not a listing's or an organisation's own address is left alone: no redirect to follow.
    for (const url of [`//evil.example/listings/x?ref=${ref}`, `/listings/../account?ref=${ref}`, `/search?q=x&ref=${ref}`, `/listings/a/b?ref=${ref}`]) {
      const res = await follow(url);
      expect(res.statusCode, url).not.toBe(303);
      expect(res.headers.location, url).toBeUndefined();
    }
    // Well-formed refs nobody was given (fresh nonces): a term not searched, a day long gone, a term that is no term.
    const day = demandRef.split('.')[0];
    for (const edited of [`${day}.AAAAAAAAAAAA.someone else s term x`, '2020-01-01.BBBBBBBBBBBB.thanh long', 'nonsense', `${day}.CCCCCCCCCCCC.nguyen@example.vn`]) {
      expect((await follow(`/listings/${slug}?ref=${encodeURIComponent(edited)}`)).headers.location).toBe(`/listings/${slug}`);
    }
    await api.app.services.searchDemand.flush();
    // The one click that was the search's own (the English address above), and none of the edited ones.
    expect(await termRow('thanh long')).toMatchObject({ searches: 1, clicked: 1 });
    expect((await rows()).map((r) => r.term)).not.toContain('someone else s term x');
  });

  it('ranks the most searched and the most often unmet terms of a window, the days starting in it only', async () => {
    const { prisma } = api.db;
    await prisma.searchDemand.deleteMany({});
    const day = (offset: number) => new Date(today.from.getTime() + 7 * 3_600_000 + offset * DAY_MS);
    await prisma.searchDemand.createMany({
      data: [
        { day: day(0), term: 'thanh long', searches: 9, zeroResults: 0, clicked: 7 },
        { day: day(0), term: 'may ep mia', searches: 4, zeroResults: 4, clicked: 0 },
        { day: day(-1), term: 'may ep mia', searches: 3, zeroResults: 2, clicked: 0 },
        { day: day(-1), term: 'xu ly nuoc thai', searches: 5, zeroResults: 1, clicked: 1 },
        { day: day(-1), term: 'bun', searches: 5, zeroResults: 0, clicked: 5 },
        // Outside the two days' window, either side.
        { day: day(-2), term: 'ca phe', searches: 50, zeroResults: 50, clicked: 0 },
        { day: day(1), term: 'ca phe', searches: 50, zeroResults: 50, clicked: 0 },
      ],
    });
    const window = { from: new Date(today.from.getTime() - DAY_MS), to: today.to };
    const demand = api.app.services.searchDemand;
    expect(await demand.topTerms(window, 10)).toEqual([
      { term: 'thanh long', searches: 9, zeroResults: 0, noClick: 2 },
      { term: 'may ep mia', searches: 7, zeroResults: 6, noClick: 1 },
      { term: 'bun', searches: 5, zeroResults: 0, noClick: 0 },
      { term: 'xu ly nuoc thai', searches: 5, zeroResults: 1, noClick: 3 },
    ]);
    expect(await demand.topTerms(window, 1)).toHaveLength(1);
    expect((await demand.unmetTerms(window, 10)).map((t) => [t.term, t.zeroResults])).toEqual([
      ['may ep mia', 6],
      ['xu ly nuoc thai', 1],
    ]);
    // A day counts when its midnight (in Vietnam) falls in the window: a window that ends at today's midnight leaves
    // today out, one that ends a moment after keeps it, one that starts a moment after yesterday's leaves yesterday out.
    const terms = async (from: Date, to: Date) => (await demand.topTerms({ from, to }, 10)).map((t) => t.term);
    expect(await terms(window.from, today.from)).toEqual(['bun', 'xu ly nuoc thai', 'may ep mia']);
    expect(await terms(window.from, new Date(today.from.getTime() + 1))).toHaveLength(4);
    expect(await terms(new Date(window.from.getTime() + 1), today.to)).toEqual(['thanh long', 'may ep mia']);

    // The staff's paged list says the same, page by page.
    const moderator = await createUser(prisma, { role: 'MODERATOR' });
    const staff = await api.as(moderator.email);
    const vars = { from: window.from.toISOString(), to: window.to.toISOString(), first: 3 };
    const first = (await staff.request(DEMAND, vars)).data.searchDemand;
    expect(first.nodes.map((n: { term: string }) => n.term)).toEqual(['thanh long', 'may ep mia', 'bun']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await staff.request(DEMAND, { ...vars, after: first.pageInfo.endCursor })).data.searchDemand;
    expect(second.nodes).toEqual([{ term: 'xu ly nuoc thai', searches: 5, zeroResults: 1, noClick: 3 }]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect((await staff.request(DEMAND, { ...vars, to: vars.from })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('shows the figures to moderators and admins only', async () => {
    const vars = { from: today.from.toISOString(), to: today.to.toISOString() };
    expect((await visitor.request(DEMAND, vars)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const buyer = await createUser(api.db.prisma);
    expect((await (await api.as(buyer.email)).request(DEMAND, vars)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const admin = await createUser(api.db.prisma, { role: 'ADMIN' });
    expect((await (await api.as(admin.email)).request(DEMAND, vars)).data.searchDemand.nodes.length).toBeGreaterThan(0);
  });

  it('deletes the days older than the retention period by the clock, and keeps the others', async () => {
    const { prisma } = api.db;
    const at = (daysAgo: number) => new Date(`${vietnamDay(new Date(Date.now() - daysAgo * DAY_MS))}T00:00:00Z`);
    await prisma.searchDemand.createMany({
      data: [
        { day: at(31), term: 'old enough', searches: 1 },
        { day: at(29), term: 'recent enough', searches: 1 },
      ],
    });
    await prisma.$executeRaw`SELECT graphile_worker.add_job(${TASK.searchDemand}::text)`;
    const end = Date.now() + 15_000;
    while ((await termRow('old enough')) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    expect(await termRow('old enough')).toBeUndefined();
    expect(await termRow('recent enough')).toBeDefined();
  });
});
