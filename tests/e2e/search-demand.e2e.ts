// Zero results are a signal (issue 17), in Debian's Chromium against the whole platform over the demo data: a search
// that finds nothing offers to post a technology request titled with the query; a visitor goes through sign-in and
// arrives at the form with the title filled in, without JavaScript; a member of one organisation arrives at the
// workspace's new-request form filled in the same way; the search and a click on a hit are counted (by term only).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { routeOf, textOf, visible } from '../support/browser.ts';
import { useE2E } from '../support/e2e.ts';
import { PASSWORD } from '../support/api-app.ts';
import { addMember, createOrganisation, createUser } from '../support/factories.ts';

const { server, openPage } = useE2E();
// Words no demo item holds, not even one of them (partial matching would show those).
const QUERY = 'xqzzv wqkrt';

beforeAll(async () => {
  await server.app.searchWorker.drain(); // the demo data wrote its outbox rows; index them now
});

/** Clicks something that loads a new document (no JavaScript), and waits for the address `path` to be reached. */
async function clickTo(page: Page, selector: ReturnType<Page['getByTestId']>, path: string): Promise<void> {
  await selector.click();
  await page.waitForURL((url) => url.pathname === path);
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('main').getByRole('button', { name: /^(Đăng nhập|Sign in)$/ }).click();
}

const termRow = (term: string) => server.db.prisma.searchDemand.findMany({ where: { term } }).then((rows) => rows[0]);

describe('a search that finds nothing', () => {
  it('offers a request titled with the query, kept through sign-in, without JavaScript, and is counted by its term', async () => {
    const person = await createUser(server.db.prisma);
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`/search?q=${encodeURIComponent(QUERY)}`);
    await visible(page.getByTestId('search-empty'));
    const offer = page.getByTestId('search-post-need-link');
    await textOf(offer).toBe(`Đăng nhu cầu công nghệ “${QUERY}”`);
    await textOf(page.getByTestId('search-post-need').locator('p.muted')).toBe('Bạn đăng nhập (hoặc tạo tài khoản) trước, rồi tiếp tục với nội dung đã điền sẵn.');

    await clickTo(page, offer, '/sign-in');
    await signIn(page, person.email);
    await page.waitForURL((url) => url.pathname === '/post/need');
    expect(new URL(page.url()).searchParams.get('title')).toBe(QUERY);
    const title = page.getByTestId('way-individual').locator('input[name="titleVi"]');
    expect(await title.inputValue()).toBe(QUERY);

    // Sent as it arrived, it starts the request's draft with that title.
    await page.getByTestId('way-individual').getByRole('button').click();
    await page.waitForURL((url) => url.pathname.endsWith('/edit/basics'));
    const draft = await server.db.prisma.listing.findFirst({ where: { titleVi: QUERY } });
    expect(draft).toMatchObject({ kind: 'TECHNOLOGY_REQUEST', status: 'DRAFT' });

    await server.app.services.searchDemand.flush();
    expect(await termRow('xqzzv wqkrt')).toMatchObject({ searches: 1, zeroResults: 1 });
  });

  it("brings a member of one organisation to the workspace's new request form with the title filled in", async () => {
    const person = await createUser(server.db.prisma);
    const org = await createOrganisation(server.db.prisma);
    await addMember(server.db.prisma, person.id, org.id);
    const page = await openPage({ lang: 'en' });
    await page.goto(`/sign-in?redirectTo=${encodeURIComponent(`/search?q=${encodeURIComponent(QUERY)}`)}`);
    await signIn(page, person.email);
    await page.waitForURL((url) => routeOf(url) === '/search');
    const offer = page.getByTestId('search-post-need-link');
    await textOf(offer).toBe(`Post a technology request for “${QUERY}”`);
    // Signed in already: no word about signing in.
    expect(await page.getByTestId('search-post-need').locator('p.muted').count()).toBe(0);
    await offer.click();
    await page.waitForURL((url) => routeOf(url) === '/workspace/listings/new');
    const params = new URL(page.url()).searchParams;
    expect([params.get('org'), params.get('kind'), params.get('title')]).toEqual([org.id, 'TECHNOLOGY_REQUEST', QUERY]);
    expect(await page.locator('input[name="titleVi"]').inputValue()).toBe(QUERY);
  });
});

describe('a search that finds something', () => {
  it('counts the click on a hit for its search, and lands on the hit at its own address', async () => {
    const page = await openPage();
    await page.goto('/search?q=khoai+mo+ben+ke');
    const link = page.getByTestId('search-hit').first().getByRole('link').first();
    const [path, query] = (await link.getAttribute('href'))!.split('?');
    expect(path).toMatch(/^\/listings\/dat-hang-nhiem-vu-kh-cn-che-bien-sau-khoai-mo-ben-ke/);
    expect(query).toMatch(/^ref=/);
    await link.click();
    await page.waitForURL((url) => url.pathname === path && url.search === '');
    await server.app.services.searchDemand.flush();
    expect(await termRow('khoai mo ben ke')).toMatchObject({ searches: 1, zeroResults: 0, clicked: 1 });
  });
});
