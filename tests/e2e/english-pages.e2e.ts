// English pages that search engines can find (issue 13), in Debian's Chromium against the real platform with the
// demo data: a visitor without any language cookie opens an English listing at its /en/ address and reads it in
// English, with hreflang alternates and a canonical address pointing the right way; links, the header search and
// a redirect keep /en/; the language switch leads to the Vietnamese address of the same listing; old root
// addresses still open (in Vietnamese, or in English for a browser that chose it); private pages are noindex.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { textOf, visible } from '../support/browser.ts';
import { useE2E } from '../support/e2e.ts';

const TITLE_VI = 'Công nghệ chiết xuất và sản xuất tinh dầu từ cây Mù U';
const TITLE_EN = 'Extraction and production technology for tamanu (Mù U) oil';

const { server, openPage } = useE2E();
let slug: string;

beforeAll(async () => {
  await server.app.searchWorker.drain();
  slug = (await server.db.prisma.listing.findFirstOrThrow({ where: { titleVi: TITLE_VI } })).slug;
});

const langOf = (page: Page) => page.locator('html').getAttribute('lang');
const pathOf = (page: Page) => new URL(page.url()).pathname;
const hrefOf = (page: Page, selector: string) => page.locator(selector).getAttribute('href');

describe('an English listing at its /en/ address', () => {
  it('is English, names its Vietnamese twin, and every way on keeps English until the switch', async () => {
    const page = await openPage();
    const response = await page.goto(`/en/listings/${slug}`);
    expect(response!.status()).toBe(200);
    expect(await langOf(page)).toBe('en');
    await textOf(page.getByRole('heading', { level: 1 })).toBe(TITLE_EN);
    await visible(page.getByRole('link', { name: 'Search', exact: true }));

    // The alternates and the canonical address, absolute; Vietnamese is the default.
    const origin = server.url;
    expect(await hrefOf(page, 'link[rel="canonical"]')).toBe(`${origin}/en/listings/${slug}`);
    expect(await hrefOf(page, 'link[rel="alternate"][hreflang="en"]')).toBe(`${origin}/en/listings/${slug}`);
    expect(await hrefOf(page, 'link[rel="alternate"][hreflang="vi"]')).toBe(`${origin}/listings/${slug}`);
    expect(await hrefOf(page, 'link[rel="alternate"][hreflang="x-default"]')).toBe(`${origin}/listings/${slug}`);
    const structured = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(structured).toMatchObject({ '@type': 'Offer', name: TITLE_EN, url: `${origin}/en/listings/${slug}`, itemOffered: { '@type': 'Service' } });
    expect(await page.locator('meta[name="robots"]').count()).toBe(0);

    // A link to the organisation, then the header's links and search: all stay under /en.
    await page.locator('.detail__org a').first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/en/organisations/'));
    expect(await langOf(page)).toBe('en');
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/en/search');
    await page.locator('#search-q').fill('tamanu');
    await page.locator('#search-q').press('Enter');
    await page.waitForURL((url) => url.pathname === '/en/search' && url.searchParams.get('q') === 'tamanu');
    await page.getByRole('link', { name: TITLE_EN }).first().click();
    await page.waitForURL((url) => url.pathname === `/en/listings/${slug}`);
    expect(await langOf(page)).toBe('en');

    // The switch: the same listing at its Vietnamese address, remembered by the cookie.
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.waitForURL((url) => url.pathname === `/listings/${slug}`);
    await textOf(page.getByRole('heading', { level: 1 })).toBe(TITLE_VI);
    expect(await langOf(page)).toBe('vi');
    expect(await hrefOf(page, 'link[rel="canonical"]')).toBe(`${origin}/listings/${slug}`);
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'lang')?.value).toBe('vi');
    // And back: the English address again.
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForURL((url) => url.pathname === `/en/listings/${slug}`);
    await textOf(page.getByRole('heading', { level: 1 })).toBe(TITLE_EN);
  });

  it('submits a form without JavaScript and lands on the English page it asked for', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto('/en/search');
    await page.locator('#search-q').fill('tamanu');
    await page.locator('#search-q').press('Enter');
    // The form's GET is redirected to the search's canonical address, in English.
    await page.waitForURL((url) => url.pathname === '/en/search' && url.searchParams.get('q') === 'tamanu');
    expect(await langOf(page)).toBe('en');
    await visible(page.getByRole('link', { name: TITLE_EN }).first());
    // A private page sends the visitor to sign in, in English, and back to the English page after.
    await page.goto('/en/account');
    expect(pathOf(page)).toBe('/en/sign-in');
    expect(new URL(page.url()).searchParams.get('redirectTo')).toBe('/en/account');
    expect(await langOf(page)).toBe('en');
  });
});

describe('old addresses', () => {
  it('still open: in Vietnamese at the root, in English for a browser that chose English', async () => {
    const visitor = await openPage({ locale: 'en-US' });
    await visitor.goto(`/listings/${slug}`);
    expect(pathOf(visitor)).toBe(`/listings/${slug}`);
    await textOf(visitor.getByRole('heading', { level: 1 })).toBe(TITLE_VI);

    const chose = await openPage({ lang: 'en' });
    await chose.goto(`/listings/${slug}`);
    expect(pathOf(chose)).toBe(`/en/listings/${slug}`);
    await textOf(chose.getByRole('heading', { level: 1 })).toBe(TITLE_EN);
    // Its own links are English addresses from the start.
    expect(await chose.locator('.detail__org a').first().getAttribute('href')).toMatch(/^\/en\/organisations\//);
  });
});

describe('what search engines may index', () => {
  it('public pages only: workspace, moderation, account and admin pages say noindex in both languages', async () => {
    for (const path of ['/workspace', '/en/workspace', '/moderation', '/en/moderation', '/account', '/en/account', '/admin/users', '/en/sign-in']) {
      const res = await fetch(`${server.url}${path}`, { redirect: 'manual' });
      const landed = res.status === 303 ? await fetch(new URL(res.headers.get('location')!, server.url)) : res;
      expect(landed.headers.get('x-robots-tag'), path).toBe('noindex');
    }
    for (const path of ['/', '/en', `/en/listings/${slug}`, '/en/search', '/organisations', '/en/open-data']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('x-robots-tag'), path).toBeNull();
    }
  });
});
