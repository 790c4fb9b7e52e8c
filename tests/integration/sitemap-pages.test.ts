// The sitemap past its size limit (50,000 addresses; 7 here, so that a few rows show it): an index of `?page=N`
// files that together list every public page exactly once in each language, read from a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenDataRepository } from '../../server/modules/opendata/opendata.repository.ts';
import { OpenDataService } from '../../server/modules/opendata/opendata.service.ts';
import { STATIC_PAGES } from '../../server/modules/opendata/opendata-formats.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';
import { createListing, createOrganisation } from '../support/factories.ts';

const BASE = 'https://san.example.vn';
let db: TestDatabase;

beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(() => db.drop());

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

describe('a sitemap larger than one file', () => {
  it('is an index of pages that list every public page once, and a page past the end is refused', async () => {
    const orgs = [await createOrganisation(db.prisma), await createOrganisation(db.prisma)];
    const listings = [];
    for (let i = 0; i < 9; i++) listings.push(await createListing(db.prisma, orgs[i % 2]!.id));
    await createListing(db.prisma, orgs[0]!.id, { status: 'PENDING_REVIEW', publishedAt: null });
    const service = new OpenDataService(new OpenDataRepository(db.prisma), BASE, 7);

    const index = await service.sitemap('vi', {});
    // Every page is an entry per language (two): a file of 7 entries holds 3 pages.
    const expectedPages = Math.ceil((STATIC_PAGES.length + listings.length + orgs.length) / 3);
    expect(index.body).toMatch(/<sitemapindex xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/);
    expect(locs(index.body as string)).toEqual(Array.from({ length: expectedPages }, (_, i) => `${BASE}/sitemap.xml?page=${i + 1}`));

    const all: string[] = [];
    for (let page = 1; page <= expectedPages; page++) {
      const file = await service.sitemap('vi', { page: String(page) });
      expect(file.body).toMatch(/<urlset /);
      expect(locs(file.body as string).length).toBeLessThanOrEqual(7);
      all.push(...locs(file.body as string));
    }
    const paths = [...STATIC_PAGES, ...listings.map((l) => `/listings/${l.slug}`), ...orgs.map((o) => `/organisations/${o.slug}`)];
    const expected = paths.flatMap((p) => [BASE + p, `${BASE}/en${p === '/' ? '' : p}`]);
    expect(all.sort()).toEqual(expected.sort());
    expect((await service.sitemap('vi', { page: String(expectedPages + 1) })).status).toBe(400);
  });
});
