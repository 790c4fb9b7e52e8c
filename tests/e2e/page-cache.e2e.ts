// The visitors' page cache (server/plugins/page-cache.ts) against the real platform over the demo data: a visitor's
// second look at a page is answered from memory (same ETag, 304 when the browser has it), and any change to what
// the page shows reaches the very next request — a listing a moderator takes down, an organisation renamed straight
// in the database. Signed-in people never get the visitors' copy, and no shared cache may keep their pages. The
// search page's copies are searches as a rendered page is (counted, each with a click reference of its own), and
// follow the search index as well as the content.
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../prisma/seed/demo/common.ts';
import { rawRequest } from '../support/raw-http.ts';
import { GraphQLClient } from '../support/graphql-client.ts';
import { useServer } from '../support/e2e.ts';
import { createListing } from '../support/factories.ts';
import { refStamp } from '../../server/modules/search/search-demand.service.ts';
import { OutboxWorker } from '../../search/indexer.ts';
import { PostgresSearchEngine } from '../../search/postgres-engine.ts';
import { SearchSource } from '../../search/source.ts';

const server = useServer();
const UNPUBLISH = `mutation($id: ID!, $review: ReviewInput!) { unpublishListing(id: $id, review: $review) { __typename } }`;

let moderator: GraphQLClient;
let listing: { id: string; slug: string; titleVi: string; organisationId: string | null };

const page = (path: string, headers: Record<string, string> = {}) => fetch(server.url + path, { headers, redirect: 'manual' });

async function signIn(email: string): Promise<GraphQLClient> {
  const client = new GraphQLClient(server.app);
  const res = await client.request(`mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { __typename } }`, { e: email, p: DEMO_PASSWORD });
  expect(res.data.signIn.__typename).toBe('AuthSuccess');
  return client;
}

beforeAll(async () => {
  moderator = await signIn('moderator@demo.sangiaodich.vn');
  // The newest published listing: the home page shows it first.
  listing = await server.db.prisma.listing.findFirstOrThrow({ where: { status: 'PUBLISHED' }, orderBy: { publishedAt: 'desc' } });
  await server.app.searchWorker.drain(); // the demo data wrote its outbox rows; index them now
});

/** The search outbox drained by another process: this one is not told (it runs no job runner to hear it). */
async function drainElsewhere(): Promise<void> {
  const pool = new pg.Pool({ connectionString: server.db.url, max: 1 });
  const engine = new PostgresSearchEngine(server.db.url, 1);
  try {
    expect(await new OutboxWorker(pool, new SearchSource(server.db.prisma), engine).drain()).toBeGreaterThan(0);
  } finally {
    await engine.close();
    await pool.end();
  }
}

/** How many API calls the web app made while `fn` ran: none when the page came from the cache. */
async function apiCallsDuring(fn: () => Promise<unknown>): Promise<number> {
  const bridge = globalThis.__exchangeApi!;
  const { graphql } = bridge;
  let calls = 0;
  bridge.graphql = (request) => (calls++, graphql(request));
  try {
    await fn();
  } finally {
    bridge.graphql = graphql;
  }
  return calls;
}

/** A page, and whether the web app rendered it (it asked the API) or it came from the cache. */
async function visit(path: string, headers: Record<string, string> = {}): Promise<{ html: string; rendered: boolean }> {
  let html = '';
  const calls = await apiCallsDuring(async () => {
    const res = await page(path, headers);
    expect(res.status, path).toBe(200);
    html = await res.text();
  });
  return { html, rendered: calls > 0 };
}

describe("visitors' pages", () => {
  it('are answered again from the cache with the same ETag, and 304 when the browser already holds that copy', async () => {
    const first = await page('/');
    const html = await first.text();
    expect(first.status).toBe(200);
    expect(html).toContain(listing.titleVi);
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(first.headers.get('vary')).toMatch(/Cookie/);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"\d+-/);

    const again = await page('/');
    expect(again.headers.get('etag')).toBe(etag);
    // The same page, but a script nonce of its own in its policy and its inline scripts, as a rendered page gets.
    const nonceOf = (res: Response) => /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy')!)![1];
    const [firstNonce, againNonce] = [nonceOf(first), nonceOf(again)];
    expect(againNonce).not.toBe(firstNonce);
    const copy = await again.text();
    expect(copy).toContain(`nonce="${againNonce}"`);
    expect(copy).not.toContain(firstNonce);
    expect(copy.replaceAll(againNonce, firstNonce)).toBe(html);

    const notModified = await page('/', { 'if-none-match': etag });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe('');
  });

  it('are never answered from the copy of another address or language, nor with a forged host', async () => {
    await page(`/listings/${listing.slug}`);
    const vi = await (await page(`/listings/${listing.slug}`)).text();
    const en = await (await page(`/en/listings/${listing.slug}`)).text();
    expect(vi).toContain('lang="vi"');
    expect(en).toContain('lang="en"');
    // Pages' absolute links follow the request's address when PUBLIC_URL is unset: a forged Host is not kept for others.
    await rawRequest(`${server.url}/listings/${listing.slug}`, 'GET', { host: 'attacker.example' });
    expect(await (await page(`/listings/${listing.slug}`)).text()).not.toContain('attacker.example');
  });

  it('drop a listing a moderator takes down on the very next request: home, its page, its organisation', async () => {
    const organisation = await server.db.prisma.organisation.findUniqueOrThrow({ where: { id: listing.organisationId! } });
    const before = await page('/');
    expect(await before.text()).toContain(listing.titleVi);
    expect((await page(`/listings/${listing.slug}`)).status).toBe(200);
    expect(await (await page(`/organisations/${organisation.slug}`)).text()).toContain(listing.titleVi);

    const down = await moderator.request(UNPUBLISH, { id: listing.id, review: { action: 'UNPUBLISH', reason: 'OTHER', comment: 'Tạm gỡ để kiểm tra.' } });
    expect(down.data.unpublishListing.__typename).toBe('Listing');

    const after = await page('/');
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(await after.text()).not.toContain(listing.titleVi);
    expect((await page(`/listings/${listing.slug}`)).status).toBe(404);
    expect(await (await page(`/organisations/${organisation.slug}`)).text()).not.toContain(listing.titleVi);
    // The browser's old copy is not confirmed either.
    expect((await page('/', { 'if-none-match': before.headers.get('etag')! })).status).toBe(200);
  });

  it('show an organisation changed straight in the database on the very next request', async () => {
    const organisation = await server.db.prisma.organisation.findFirstOrThrow({ where: { status: 'PUBLISHED', kind: { not: 'INDIVIDUAL' } } });
    expect(await (await page('/organisations')).text()).toContain(organisation.nameVi);
    await page(`/organisations/${organisation.slug}`);
    const renamed = `${organisation.nameVi} (đổi tên)`;
    await server.db.prisma.organisation.update({ where: { id: organisation.id }, data: { nameVi: renamed } });
    expect(await (await page(`/organisations/${organisation.slug}`)).text()).toContain(renamed);
  });

});

describe('the search page', () => {
  const GOOGLEBOT = { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' };
  /** The addresses of the hits' links, with their click references. */
  const hitLinks = (html: string) => [...html.matchAll(/href="(\/listings\/[^"?]+\?ref=[^"]+)"/g)].map((m) => m[1]!);
  const refOf = (link: string) => new URLSearchParams(link.split('?')[1]).get('ref')!;
  const counted = async (term: string) => {
    await server.app.services.searchDemand.flush();
    const rows = await server.db.prisma.searchDemand.findMany({ where: { term } });
    return rows.reduce((sum, r) => ({ searches: sum.searches + r.searches, zeroResults: sum.zeroResults + r.zeroResults, clicked: sum.clicked + r.clicked }), { searches: 0, zeroResults: 0, clicked: 0 });
  };

  it("is the cache's copy for the second visitor, counted as a search, with a click reference of its own", async () => {
    const first = await visit('/search?q=may+say');
    const second = await visit('/search?q=may+say');
    expect([first.rendered, second.rendered]).toEqual([true, false]);
    const [firstLinks, secondLinks] = [hitLinks(first.html), hitLinks(second.html)];
    expect(firstLinks.length).toBeGreaterThan(0);
    const [firstRef, secondRef] = [refOf(firstLinks[0]!), refOf(secondLinks[0]!)];
    expect(secondRef).not.toBe(firstRef);
    // The same page but for the reference, everywhere it holds it (links and data), and the script nonce.
    expect(second.html).not.toContain(refStamp(firstRef));
    const nonce = (html: string) => /nonce="([^"]+)"/.exec(html)![1]!;
    const normalised = (html: string, ref: string) => html.replaceAll(refStamp(ref), 'REF').replaceAll(nonce(html), 'NONCE');
    expect(normalised(second.html, secondRef)).toBe(normalised(first.html, firstRef));

    // A click through each page counts once per page, however often it is clicked.
    for (const link of [firstLinks[0]!, secondLinks[0]!, secondLinks[0]!]) {
      const click = await page(link);
      expect(click.status).toBe(303);
      expect(click.headers.get('location')).toBe(link.split('?')[0]);
    }
    expect(await counted('may say')).toEqual({ searches: 2, zeroResults: 0, clicked: 2 });
  });

  it('counts a copy of a search that found nothing as one more that found nothing', async () => {
    const views = [await visit('/search?q=xqzzv+wqkrt'), await visit('/search?q=xqzzv+wqkrt')];
    expect(views.map((v) => v.rendered)).toEqual([true, false]);
    // No ETag, and no shared cache may keep it: a browser's or a proxy's old copy would be a search nobody counts.
    const copy = await page('/search?q=xqzzv+wqkrt', { 'if-none-match': '*' });
    expect(copy.status).toBe(200);
    expect([copy.headers.get('etag'), copy.headers.get('cache-control')]).toEqual([null, 'private, no-cache']);
    expect(await counted('xqzzv wqkrt')).toEqual({ searches: 3, zeroResults: 3, clicked: 0 });
  });

  it("keeps the English page and a later page apart; a later page's copy carries a fresh reference but is no search of its own", async () => {
    const vi = await visit('/search?q=bang+tai');
    const en = await visit('/en/search?q=bang+tai');
    const cookie = await visit('/search?q=bang+tai', { cookie: 'lang=en' });
    expect([vi.rendered, en.rendered, cookie.rendered]).toEqual([true, true, true]);
    expect(vi.html).toContain('lang="vi"');
    expect(en.html).toContain('lang="en"');
    expect(cookie.html).toContain('lang="en"');
    expect((await visit('/en/search?q=bang+tai')).rendered).toBe(false);

    // The second page, from the second hit (the demo data has fewer than a page of conveyors).
    const { endCursor } = (await new GraphQLClient(server.app).request(`{ search(query: "bang tai", first: 1) { pageInfo { endCursor } } }`)).data.search.pageInfo;
    const later = `/search?q=bang+tai&after=${encodeURIComponent(endCursor)}`;
    const pages = [await visit(later), await visit(later)];
    expect(pages.map((p) => p.rendered)).toEqual([true, false]);
    expect(refOf(hitLinks(pages[1]!.html)[0]!)).not.toBe(refOf(hitLinks(pages[0]!.html)[0]!));
    expect(await counted('bang tai')).toMatchObject({ searches: 4 });
  });

  it('is rendered once for visitors arriving together, each of them counted with a reference of their own', async () => {
    const alone = await apiCallsDuring(() => visit('/search?q=den+led'));
    let views: { html: string }[] = [];
    const together = await apiCallsDuring(async () => (views = await Promise.all(Array.from({ length: 5 }, () => visit('/search?q=nam+rom')))));
    expect(together).toBe(alone);
    expect(new Set(views.map((v) => refOf(hitLinks(v.html)[0]!))).size).toBe(5);
    expect(await counted('nam rom')).toMatchObject({ searches: 5 });
  });

  it("gives crawlers a copy of their own, with no reference, and counts nothing they search", async () => {
    const crawled = [await visit('/search?q=lo+hoi', GOOGLEBOT), await visit('/search?q=lo+hoi', GOOGLEBOT)];
    expect(crawled.map((v) => v.rendered)).toEqual([true, false]);
    expect(crawled[1]!.html).toMatch(/href="\/listings\//);
    expect(crawled[1]!.html).not.toContain('?ref=');
    expect(await counted('lo hoi')).toEqual({ searches: 0, zeroResults: 0, clicked: 0 });
    // A visitor after them gets a page of visitors, counted.
    const visitor = await visit('/search?q=lo+hoi');
    expect(visitor.rendered).toBe(true);
    expect(hitLinks(visitor.html).length).toBeGreaterThan(0);
    expect(await counted('lo hoi')).toMatchObject({ searches: 1 });
  });

  it('drops a listing a moderator takes down on the very next request, before the index has heard of it', async () => {
    const shown = await server.db.prisma.listing.findFirstOrThrow({ where: { status: 'PUBLISHED', titleVi: { startsWith: 'Máy tách màu gạo' } } });
    await visit('/search?q=tach+mau+gao');
    const cached = await visit('/search?q=tach+mau+gao');
    expect(cached.rendered).toBe(false);
    expect(cached.html).toContain(`/listings/${shown.slug}?ref=`);

    const down = await moderator.request(UNPUBLISH, { id: shown.id, review: { action: 'UNPUBLISH', reason: 'OTHER', comment: 'Tạm gỡ để kiểm tra.' } });
    expect(down.data.unpublishListing.__typename).toBe('Listing');
    const after = await visit('/search?q=tach+mau+gao');
    expect(after.html).not.toContain(`/listings/${shown.slug}`);
  });

  it('shows a listing newly published once another process has indexed it, though copies were made before', async () => {
    const org = await server.db.prisma.organisation.findFirstOrThrow({ where: { status: 'PUBLISHED', kind: { not: 'INDIVIDUAL' } } });
    expect((await visit('/search?q=zyxwq')).rendered).toBe(true);
    expect((await visit('/search?q=zyxwq')).rendered).toBe(false);

    // Published as the workflow does: the listing and its search outbox row in one transaction.
    const published = await server.db.prisma.$transaction(async (tx) => {
      const created = await createListing(tx as typeof server.db.prisma, org.id, { titleVi: 'Máy bóc vỏ hạt điều zyxwq' });
      await tx.outbox.create({ data: { entityType: 'listing', entityId: created.id, op: 'UPSERT' } });
      return created;
    });
    // The content moved, the index not yet: a page made now does not show it, nor does its copy.
    const beforeIndex = [await visit('/search?q=zyxwq'), await visit('/search?q=zyxwq')];
    expect(beforeIndex.map((v) => v.rendered)).toEqual([true, false]);
    expect(beforeIndex[1]!.html).not.toContain(published.slug);

    await drainElsewhere();
    const indexed = await visit('/search?q=zyxwq');
    expect(indexed.rendered).toBe(true);
    expect(indexed.html).toContain(`/listings/${published.slug}?ref=`);
  });
});

describe("signed-in people's pages", () => {
  it('are rendered for them, never from the visitors’ copy, and no shared cache may keep them', async () => {
    const visitors = (await page('/')).headers.get('etag');
    const buyer = await signIn('buyer@demo.sangiaodich.vn');
    const cookie = [...buyer.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await page('/', { cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('vary')).toMatch(/Cookie/);
    expect(res.headers.get('etag')).not.toBe(visitors);
    expect(await res.text()).toContain('/sign-out');
    const search = await visit('/search?q=may+say', { cookie });
    expect(search.rendered).toBe(true);
    expect(search.html).toContain('/sign-out');
  });
});
