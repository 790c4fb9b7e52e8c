// The open data as crawlers, feed readers and mirrors see it: robots.txt and the sitemap list the public pages only,
// the Atom feed carries the newest published listings (filtered by kind), and the datasets hold published rows
// only, never a person's name, e-mail or phone, and can be mirrored incrementally page by page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';

const PUBLIC_URL = 'https://san.example.vn';
let server: TestServer;

beforeAll(async () => {
  // With the web app, as deployed: its catch-all must leave these paths to the open data routes.
  server = await startTestServer({ env: { PUBLIC_URL } });
});
afterAll(() => server.close());

const get = (url: string) => server.app.inject({ method: 'GET', url });
const json = async (url: string) => {
  const res = await get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

/** Every row of a dataset, page by page from its first page, following `next`. */
async function walk(dataset: string, query = 'limit=7'): Promise<{ id: string; updatedAt: string }[]> {
  const rows = [];
  let url: string | null = `/open-data/${dataset}.json?${query}`;
  while (url) {
    const page = await json(url);
    rows.push(...page.data);
    url = page.next ? page.next.slice(PUBLIC_URL.length) : null;
  }
  return rows;
}

describe('robots.txt and the sitemap', () => {
  it('allow the public pages, disallow the private ones and point to the absolute sitemap', async () => {
    const res = await get('/robots.txt');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    for (const path of ['/workspace', '/moderation', '/admin', '/account', '/inquiries', '/deals', '/payments', '/notifications', '/sign-in']) {
      expect(res.body).toContain(`Disallow: ${path}\n`);
      expect(res.body).toContain(`Disallow: /en${path}\n`);
    }
    expect(res.body).not.toMatch(/Disallow: (\/en)?\/(listings|organisations|search)\b/);
    expect(res.body).toContain(`Sitemap: ${PUBLIC_URL}/sitemap.xml`);
  });

  it('lists every published listing and organisation in both languages with its update time and alternates, and no draft or unpublished one', async () => {
    const org = await createOrganisation(server.db.prisma);
    const published = await createListing(server.db.prisma, org.id);
    const draft = await createListing(server.db.prisma, org.id, { status: 'DRAFT', publishedAt: null });
    const unpublished = await createListing(server.db.prisma, org.id, { status: 'UNPUBLISHED' });
    const res = await get('/sitemap.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    expect(res.body).toMatch(/^<\?xml[^>]*>\s*<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9" xmlns:xhtml="http:\/\/www\.w3\.org\/1999\/xhtml">/);
    // Each language's address is an entry of its own, and each entry names every language's address.
    for (const [path, updatedAt] of [[`/listings/${published.slug}`, published.updatedAt], [`/organisations/${org.slug}`, org.updatedAt]] as const) {
      const alternates =
        `<xhtml:link rel="alternate" hreflang="vi" href="${PUBLIC_URL}${path}"/>` +
        `<xhtml:link rel="alternate" hreflang="en" href="${PUBLIC_URL}/en${path}"/>` +
        `<xhtml:link rel="alternate" hreflang="x-default" href="${PUBLIC_URL}${path}"/>`;
      expect(res.body).toContain(`<url><loc>${PUBLIC_URL}${path}</loc><lastmod>${updatedAt.toISOString()}</lastmod>${alternates}</url>`);
      expect(res.body).toContain(`<url><loc>${PUBLIC_URL}/en${path}</loc><lastmod>${updatedAt.toISOString()}</lastmod>${alternates}</url>`);
    }
    expect(res.body).toContain(`<loc>${PUBLIC_URL}/</loc>`);
    expect(res.body).toContain(`<loc>${PUBLIC_URL}/en</loc>`);
    expect(res.body).not.toContain(draft.slug);
    expect(res.body).not.toContain(unpublished.slug);
    const published_ = await server.db.prisma.listing.count({ where: { status: 'PUBLISHED' } });
    expect(res.body.match(/<loc>[^<]*\/listings\//g)).toHaveLength(2 * published_);
    // No personal requester profile is a public page.
    const personal = await server.db.prisma.organisation.findMany({ where: { kind: 'INDIVIDUAL' }, select: { slug: true } });
    for (const { slug } of personal) expect(res.body).not.toContain(`/organisations/${slug}<`);
    expect((await get('/sitemap.xml?page=2')).statusCode).toBe(400);
    expect((await get('/sitemap.xml?page=x')).json().fieldErrors[0].field).toBe('page');
  });
});

describe('the pages the sitemap lists', () => {
  it('name their canonical address and language alternates from PUBLIC_URL, as the sitemap does', async () => {
    const listing = await server.db.prisma.listing.findFirstOrThrow({ where: { status: 'PUBLISHED' } });
    const html = await (await fetch(`${server.url}/en/listings/${listing.slug}`)).text();
    expect(html).toContain(`<link rel="canonical" href="${PUBLIC_URL}/en/listings/${listing.slug}"`);
    expect(html).toContain(`<link rel="alternate" hreflang="vi" href="${PUBLIC_URL}/listings/${listing.slug}"`);
    expect(html).toContain(`<link rel="alternate" hreflang="en" href="${PUBLIC_URL}/en/listings/${listing.slug}"`);
    expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${PUBLIC_URL}/listings/${listing.slug}"`);
  });
});

describe('the Atom feed of new listings', () => {
  it('is Atom with the newest published listings, linking to their pages, filtered by kind', async () => {
    const newest = await server.db.prisma.listing.findFirstOrThrow({ where: { status: 'PUBLISHED' }, orderBy: { publishedAt: 'desc' } });
    const res = await get('/feeds/listings.atom');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/atom\+xml/);
    expect(res.body).toMatch(/^<\?xml[^>]*>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
    const entries = [...res.body.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThanOrEqual(50);
    expect(entries[0]).toContain(`<link href="${PUBLIC_URL}/listings/${newest.slug}"`);
    expect(entries[0]).toMatch(/<title type="html"><!\[CDATA\[.+\]\]><\/title>/);
    expect(entries[0]).toMatch(/<updated>\d{4}-\d\d-\d\dT[\d:.]+Z<\/updated>/);

    const requests = await get('/feeds/listings.atom?kind=TECHNOLOGY_REQUEST');
    const kinds = [...requests.body.matchAll(/<category term="(TECHNOLOGY_OFFER|EQUIPMENT_OFFER|TECHNOLOGY_REQUEST)"/g)].map((m) => m[1]);
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['TECHNOLOGY_REQUEST']));
  });

  it('refuses an unknown kind or field with 400 and a stable code', async () => {
    for (const [query, field] of [['kind=SOMETHING', 'kind'], ['field=9999999', 'field'], ['field=abc', 'field'], ['kind=A&kind=B', 'kind']]) {
      const res = await get(`/feeds/listings.atom?${query}`);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION', fieldErrors: [{ field }] });
    }
  });
});

describe('the open datasets', () => {
  it('never carry a person name, e-mail or phone, nor an organisation contact, in JSON or CSV', async () => {
    const person = await createUser(server.db.prisma, { displayName: 'Trần Thị Riêng Tư', phone: '+84 912 345 678' });
    const org = await createOrganisation(server.db.prisma, { email: 'lien-he-rieng@example.vn', phone: '0276 3822 999', addressLine: '12 Đường Bí Mật' });
    await addMember(server.db.prisma, person.id, org.id);
    await createListing(server.db.prisma, org.id, { createdById: person.id });
    // A person posting a request on their own: their requester profile is named after them.
    const requester = await createUser(server.db.prisma, { displayName: 'Lê Văn Cá Nhân' });
    const profile = await createOrganisation(server.db.prisma, { kind: 'INDIVIDUAL', nameVi: requester.displayName, nameEn: null });
    await addMember(server.db.prisma, requester.id, profile.id);
    await createListing(server.db.prisma, profile.id, { kind: 'TECHNOLOGY_REQUEST', hideOrganisation: true, createdById: requester.id });
    const anonymous = await createListing(server.db.prisma, org.id, { kind: 'TECHNOLOGY_REQUEST', hideOrganisation: true });
    const users = await server.db.prisma.user.findMany({ select: { email: true, phone: true, displayName: true } });
    const orgs = await server.db.prisma.organisation.findMany({ where: { kind: { not: 'INDIVIDUAL' } }, select: { email: true, phone: true, addressLine: true } });
    const secrets = [...users.flatMap((u) => [u.email, u.phone, u.displayName]), ...orgs.flatMap((o) => [o.email, o.phone, o.addressLine])]
      .filter((s): s is string => !!s);
    expect(secrets).toContain('Trần Thị Riêng Tư');
    const bodies = [];
    for (const dataset of ['listings', 'organisations']) {
      for (const format of ['json', 'csv']) {
        const res = await get(`/open-data/${dataset}.${format}?limit=1000`);
        expect(res.statusCode).toBe(200);
        expect(res.headers.link).not.toContain('rel="next"');
        bodies.push(res.body);
      }
    }
    expect(bodies.every((b) => b.length > 500)).toBe(true);
    const anonymousRow = JSON.parse(bodies[0]!).data.find((r: { id: string }) => r.id === anonymous.id);
    expect(anonymousRow).toMatchObject({ organisationId: null, organisationName: null });
    // Each row names its page in both languages.
    expect(anonymousRow).toMatchObject({ url: `${PUBLIC_URL}/listings/${anonymous.slug}`, urlEn: `${PUBLIC_URL}/en/listings/${anonymous.slug}` });
    for (const body of bodies) for (const secret of secrets) expect(body.toLowerCase(), secret).not.toContain(secret.toLowerCase());
  });

  it('pages by modified_since and a cursor walk returns every published row exactly once', async () => {
    for (const [dataset, where] of [
      ['listings', { status: 'PUBLISHED' }],
      ['organisations', { status: 'PUBLISHED', kind: { not: 'INDIVIDUAL' } }],
    ] as const) {
      const expected = await (dataset === 'listings' ? server.db.prisma.listing.findMany({ where, select: { id: true } }) : server.db.prisma.organisation.findMany({ where, select: { id: true } }));
      const rows = await walk(dataset);
      expect(rows.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    }
    const all = await walk('listings', 'limit=1000');
    const middle = all[Math.floor(all.length / 2)]!.updatedAt;
    const later = await walk('listings', `modified_since=${encodeURIComponent(middle)}&limit=3`);
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((r) => r.updatedAt > middle)).toBe(true);
    expect(later.map((r) => r.id)).toEqual(all.filter((r) => r.updatedAt > middle).map((r) => r.id));
  });

  it('drops a listing at once when it is unpublished', async () => {
    const org = await createOrganisation(server.db.prisma);
    const listing = await createListing(server.db.prisma, org.id);
    expect((await walk('listings', 'limit=1000')).map((r) => r.id)).toContain(listing.id);
    await server.db.prisma.listing.update({ where: { id: listing.id }, data: { status: 'UNPUBLISHED' } });
    expect((await walk('listings', 'limit=1000')).map((r) => r.id)).not.toContain(listing.id);
    expect((await get('/open-data/listings.csv?limit=1000')).body).not.toContain(listing.id);
    expect((await get('/open-data/listings.json')).headers['cache-control']).toBe('no-cache');
  });

  it('states the licence, and CSV starts with the BOM and a header row', async () => {
    const page = await get('/open-data/organisations.json?limit=2');
    expect(page.json().licence).toMatchObject({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(page.headers.link).toContain('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
    expect(page.headers.link).toContain(`<${page.json().next}>; rel="next"`);
    const csv = await get('/open-data/listings.csv?limit=5');
    expect(csv.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toBe('id,slug,kind,titleVi,titleEn,summaryVi,summaryEn,fieldCodes,trl,priceType,priceMinVnd,priceMaxVnd,commune,province,organisationId,organisationName,publishedAt,updatedAt,url,urlEn');
    expect(csv.headers.link).toMatch(/rel="next"/);
  });

  it('refuses a malformed modified_since, cursor or limit with 400 naming it', async () => {
    for (const [query, field] of [['modified_since=yesterday', 'modified_since'], ['after=not-a-cursor', 'after'], ['limit=1001', 'limit'], ['limit=0', 'limit']]) {
      const res = await get(`/open-data/listings.json?${query}`);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION', fieldErrors: [{ field }] });
    }
  });

  it('are described by a DCAT catalogue with a distribution per format', async () => {
    const catalog = await json('/open-data/catalog.json');
    expect(catalog['@type']).toBe('dcat:Catalog');
    expect(catalog['dct:license']['@id']).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(catalog['dcat:dataset'].map((d: { 'dct:identifier': string }) => d['dct:identifier'])).toEqual(['listings', 'organisations', 'deal-statistics']);
    for (const dataset of catalog['dcat:dataset']) {
      expect(dataset['dct:modified']['@value']).toMatch(/^\d{4}-/);
      expect(dataset['dcat:distribution'].map((d: { 'dcat:mediaType': string }) => d['dcat:mediaType'])).toEqual(['application/json', 'text/csv']);
    }
  });
});

describe('the deal statistics', () => {
  const CELL = ['id', 'quarter', 'reportField', 'transferForm', 'deals', 'valueVnd', 'suppressed', 'updatedAt'];

  it('publish counts by quarter, field and transfer form only, withholding cells under 3 deals', async () => {
    const { prisma } = server.db;
    const buyer = await createUser(prisma, { displayName: 'Nguyễn Người Mua Riêng', phone: '+84 903 111 222' });
    const org = await createOrganisation(prisma, { nameVi: 'Hợp tác xã Bán Công Nghệ Kín' });
    const listing = await createListing(prisma, org.id, { fieldCode: '401' });
    const deal = (transferForm: string, valueVnd: bigint) =>
      prisma.deal.create({
        data: {
          listingId: listing.id, sellerOrganisationId: org.id, buyerUserId: buyer.id, buyerOrganisationName: 'Công ty Người Mua Bí Mật',
          transferForm, valueVnd, signedOn: new Date('2019-05-10'), recordedById: buyer.id, surveyDueAt: new Date('2019-11-10'),
        },
      });
    for (const value of [100_000_000n, 200_000_000n, 300_000_000n]) await deal('STANDALONE_CONTRACT', value);
    await deal('FRANCHISE', 777_000_000n);

    const json_ = await json('/open-data/deal-statistics.json?limit=1000');
    expect(json_).toMatchObject({ dataset: 'deal-statistics', licence: { name: 'CC BY 4.0' } });
    const cells = json_.data as Record<string, unknown>[];
    for (const cell of cells) expect(Object.keys(cell)).toEqual(CELL);
    expect(cells.find((c) => c.id === '2019-Q2.AGRICULTURAL.STANDALONE_CONTRACT')).toMatchObject({
      quarter: '2019-Q2', reportField: 'AGRICULTURAL', transferForm: 'STANDALONE_CONTRACT', deals: 3, valueVnd: 600_000_000, suppressed: false,
    });
    expect(cells.find((c) => c.id === '2019-Q2.AGRICULTURAL.FRANCHISE')).toMatchObject({ deals: null, valueVnd: null, suppressed: true });

    const csv = await get('/open-data/deal-statistics.csv?limit=1000');
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toBe(CELL.join(','));
    expect(lines.find((l) => l.startsWith('2019-Q2.AGRICULTURAL.FRANCHISE,'))).toMatch(/^2019-Q2\.AGRICULTURAL\.FRANCHISE,2019-Q2,AGRICULTURAL,FRANCHISE,,,true,/);
    for (const body of [JSON.stringify(json_), csv.body]) {
      for (const secret of [buyer.displayName, buyer.email, buyer.phone!, 'Công ty Người Mua Bí Mật', org.nameVi, listing.id, listing.slug, '777000000']) {
        expect(body, secret).not.toContain(secret);
      }
    }
  });

  it('are mirrored page by page, each cell once, and by modified_since', async () => {
    const all = (await json('/open-data/deal-statistics.json?limit=1000')).data as { id: string; updatedAt: string }[];
    expect(all.length).toBeGreaterThan(2);
    const rows = await walk('deal-statistics', 'limit=2');
    expect(rows.map((r) => r.id)).toEqual(all.map((r) => r.id));
    const newest = all.at(-1)!.updatedAt;
    const before = all.filter((r) => r.updatedAt < newest);
    const since = await walk('deal-statistics', `modified_since=${encodeURIComponent(before.at(-1)!.updatedAt)}`);
    expect(since.map((r) => r.id)).toEqual(all.filter((r) => r.updatedAt > before.at(-1)!.updatedAt).map((r) => r.id));
    const listingCursor = (await json('/open-data/listings.json?limit=1')).pageInfo.endCursor;
    expect((await get(`/open-data/deal-statistics.json?after=${listingCursor}`)).statusCode).toBe(400);
  });
});

describe('the open data page', () => {
  it('describes the datasets, the licence and mirroring in both languages, linked from the footer, and the feed advertised on home and search', async () => {
    for (const [lang, title, licence] of [['vi', 'Dữ liệu mở', 'Giấy phép'], ['en', 'Open data', 'Licence']]) {
      const page = lang === 'en' ? '/en/open-data' : '/open-data';
      const res = await fetch(`${server.url}${page}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain(`<h1>${title}</h1>`);
      expect(html).toContain(`<h2>${licence}</h2>`);
      for (const href of ['/open-data/listings.json', '/open-data/listings.csv', '/open-data/organisations.csv', '/open-data/catalog.json']) expect(html).toContain(`href="${href}"`);
      expect(html).toMatch(new RegExp(`<a href="${page}">${title}</a>`));
    }
    const home = await (await fetch(`${server.url}/`)).text();
    expect(home).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]* href="\/feeds\/listings\.atom"/);
    const requests = await (await fetch(`${server.url}/search?kind=TECHNOLOGY_REQUEST`)).text();
    expect(requests).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]* href="\/feeds\/listings\.atom\?kind=TECHNOLOGY_REQUEST"/);
  });
});
