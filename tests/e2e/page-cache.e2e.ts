// The visitors' page cache (server/plugins/page-cache.ts) against the real platform over the demo data: a visitor's
// second look at a page is answered from memory (same ETag, 304 when the browser has it), and any change to what
// the page shows reaches the very next request — a listing a moderator takes down, an organisation renamed straight
// in the database. Signed-in people never get the visitors' copy, and no shared cache may keep their pages.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../prisma/seed/demo/common.ts';
import { rawRequest } from '../support/raw-http.ts';
import { GraphQLClient } from '../support/graphql-client.ts';
import { useServer } from '../support/e2e.ts';

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
});

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

  it('leave the search page out: each search is counted and carries its own click reference', async () => {
    const search = await page('/search?q=may');
    expect(search.status).toBe(200);
    expect(search.headers.get('cache-control')).toBeNull();
    // SvelteKit's own ETag of the rendered text, not a cached copy's.
    expect(search.headers.get('etag')).not.toMatch(/^W\//);
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
  });
});
