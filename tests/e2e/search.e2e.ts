// The search page in Debian's Chromium against the real platform (API + built web app) over a fresh database with
// the demo data, indexed by the search worker before the first test. One browser; a fresh context per test.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Locator, type Page } from 'playwright-core';
import { hydrated, countOf, textOf, visible } from '../support/browser.ts';
import { useE2E } from '../support/e2e.ts';

// The demo's one published listing on the Bến Kè yam (the department's order); a draft on it stays hidden.
const YAM_TITLE = 'Đặt hàng nhiệm vụ KH&CN: chế biến sâu khoai mỡ Bến Kè thành sản phẩm giá trị gia tăng';
const YAM_TITLE_EN = 'Commissioned S&T task: added-value processing of Bến Kè purple yam';

const { server, openPage } = useE2E();

beforeAll(async () => {
  await server.app.searchWorker.drain(); // the demo data wrote its outbox rows; index them now
});

const hidden = (locator: Locator) => locator.waitFor({ state: 'hidden', timeout: 10_000 });

const hits = (page: Page) => page.getByTestId('search-hit');
const chips = (page: Page) => page.getByTestId('search-chip');
const summary = (page: Page) => page.locator('#results-summary');
const facet = (page: Page, group: string) => page.locator(`[data-facet="${group}"]`);
/** The count shown beside a facet value, as a number (0 when none is shown). */
async function facetCount(page: Page, group: string, label: string): Promise<number> {
  const option = facet(page, group).locator('label', { hasText: label });
  const count = option.locator('.facet__count');
  return (await count.count()) ? Number(await count.textContent()) : 0;
}
const searchParams = (page: Page) => new URL(page.url()).searchParams;

/** Clicks something that loads a new document (a plain form or link without JavaScript), and waits for it. */
async function clickAndLoad(page: Page, locator: Locator): Promise<void> {
  const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
  await locator.click();
  await navigated;
  await page.waitForLoadState('load');
}

describe('search page', () => {
  it('renders the results on the server with the matched words marked', async () => {
    const res = await fetch(`${server.url}/search?q=khoai+mo+ben+ke`, { headers: { 'accept-language': 'vi' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<title>“khoai mo ben ke” – Tìm kiếm · Sàn giao dịch công nghệ và thiết bị<\/title>/);
    expect(html).toContain('<meta name="robots" content="noindex, follow"');
    expect(html).toContain('1 kết quả cho “khoai mo ben ke”');
    // The title comes back accented, each matched word in its own <mark>, the rest escaped as text.
    for (const word of ['khoai', 'mỡ', 'Bến', 'Kè']) expect(html).toContain(`<mark>${word}</mark>`);
    expect(html).toContain('Đặt hàng nhiệm vụ KH&amp;CN: chế biến sâu');
    expect(html).toMatch(/href="\/listings\/dat-hang-nhiem-vu-kh-cn-che-bien-sau-khoai-mo-ben-ke[^"]*"/);
    expect(html).not.toContain('bột khoai mỡ Bến Kè ăn liền'); // the draft

    // An address with empty fields (a form sent without JavaScript) is redirected to the canonical one.
    const messy = await fetch(`${server.url}/search?q=khoai+mo+ben+ke&trlMin=&trlMax=&sort=RELEVANCE&kind=NOPE`, { redirect: 'manual' });
    expect(messy.status).toBe(303);
    expect(messy.headers.get('location')).toBe('/search?q=khoai+mo+ben+ke');
    // So is a cursor the API refuses (an edited or stale link): the same search from its first page.
    const stale = await fetch(`${server.url}/search?q=thanh+long&after=bm9wZQ&page=2`, { redirect: 'manual' });
    expect(stale.status).toBe(303);
    expect(stale.headers.get('location')).toBe('/search?q=thanh+long');
  });

  it('takes a visitor from the home page to the Bến Kè yam listing, typed without accents', async () => {
    const page = await openPage();
    await page.goto('/');
    const box = page.getByRole('combobox', { name: 'Từ khóa tìm kiếm' });
    await box.fill('khoai mo ben ke');
    await box.press('Enter');
    await page.waitForURL('**/search?q=khoai+mo+ben+ke');
    await countOf(hits(page)).toBe(1);
    const hit = hits(page).first();
    await textOf(hit.getByRole('heading', { level: 3 })).toBe(YAM_TITLE);
    expect(await hit.locator('h3 mark').allTextContents()).toEqual(['khoai', 'mỡ', 'Bến', 'Kè']);
    expect(await page.title()).toBe('“khoai mo ben ke” – Tìm kiếm · Sàn giao dịch công nghệ và thiết bị');
    expect(await page.getByLabel('Từ khóa tìm kiếm').inputValue()).toBe('khoai mo ben ke');
    await page.screenshot({ path: '/tmp/search-yam.png', fullPage: true });

    await hit.getByRole('link').click();
    await page.waitForURL('**/listings/dat-hang-nhiem-vu-kh-cn-che-bien-sau-khoai-mo-ben-ke*');
    await textOf(page.getByRole('heading', { level: 1 })).toBe(YAM_TITLE);

    // The header's box (on every other page) leads to the same search.
    const header = page.getByRole('search', { name: 'Tìm trên sàn' });
    await header.getByRole('combobox').fill('khoai mo ben ke');
    await header.getByRole('button', { name: 'Tìm kiếm' }).click();
    await page.waitForURL('**/search?q=khoai+mo+ben+ke');
    await countOf(hits(page)).toBe(1);
  });

  it('narrows by a facet, shows it as a chip, keeps it in the address, and removes it', async () => {
    const page = await openPage();
    await page.goto('/search?q=thanh+long');
    const total = Number((await summary(page).textContent())!.match(/^(\d+)/)![1]);
    expect(total).toBeGreaterThanOrEqual(4);
    await countOf(chips(page)).toBe(0);
    const equipment = await facetCount(page, 'kind', 'Chào bán thiết bị');
    const technology = await facetCount(page, 'kind', 'Chào bán công nghệ');
    expect(equipment).toBeGreaterThan(0);
    expect(technology).toBeGreaterThan(0);
    const fieldCountsBefore = await facet(page, 'field').locator('.facet__count').allTextContents();

    await facet(page, 'kind').getByLabel('Chào bán thiết bị').check();
    await page.waitForURL('**/search?q=thanh+long&kind=EQUIPMENT_OFFER');
    await textOf(chips(page)).toBe('Loại: Chào bán thiết bị');
    await textOf(summary(page)).toBe(`${equipment} kết quả cho “thanh long”`);
    await countOf(hits(page)).toBe(equipment);
    expect(await hits(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')))).toEqual(
      Array(equipment).fill('EQUIPMENT_OFFER'),
    );
    // The other groups now count only equipment; the kind group still offers the other kinds with their counts.
    expect(await facet(page, 'field').locator('.facet__count').allTextContents()).not.toEqual(fieldCountsBefore);
    expect(await facetCount(page, 'kind', 'Chào bán công nghệ')).toBe(technology);
    await page.screenshot({ path: '/tmp/search-facet.png', fullPage: true });

    // A second kind widens the search again ("any of").
    await facet(page, 'kind').getByLabel('Chào bán công nghệ').check();
    await page.waitForURL('**/search?q=thanh+long&kind=TECHNOLOGY_OFFER&kind=EQUIPMENT_OFFER');
    await countOf(chips(page)).toBe(2);
    await textOf(summary(page)).toBe(`${equipment + technology} kết quả cho “thanh long”`);

    // The address is the state: a reload shows the same search.
    await page.reload();
    await hydrated(page);
    await countOf(chips(page)).toBe(2);
    expect(await facet(page, 'kind').getByLabel('Chào bán thiết bị').isChecked()).toBe(true);
    expect(await page.getByLabel('Từ khóa tìm kiếm').inputValue()).toBe('thanh long');

    await page.getByRole('link', { name: 'Bỏ lọc Loại: Chào bán công nghệ' }).click();
    await page.waitForURL('**/search?q=thanh+long&kind=EQUIPMENT_OFFER');
    await countOf(chips(page)).toBe(1);
    await page.getByRole('link', { name: 'Xóa tất cả bộ lọc' }).click();
    await page.waitForURL('**/search?q=thanh+long');
    await countOf(chips(page)).toBe(0);
    await textOf(summary(page)).toBe(`${total} kết quả cho “thanh long”`);

    // Sorting is part of the address too.
    await page.getByLabel('Sắp xếp').selectOption('NEWEST');
    await page.waitForURL('**/search?q=thanh+long&sort=NEWEST');
    const dates = await hits(page).locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('says which filter to drop when nothing matches', async () => {
    const page = await openPage();
    await page.goto('/search?q=khoai+mo+ben+ke&kind=EQUIPMENT_OFFER');
    await visible(page.getByTestId('search-empty'));
    await textOf(page.getByTestId('search-empty').getByRole('heading')).toBe('Không có kết quả nào cho “khoai mo ben ke”');
    const drop = page.getByRole('link', { name: 'Bỏ lọc “Loại”' });
    await textOf(drop.locator('xpath=..')).toBe('Bỏ lọc “Loại” (1 kết quả)');
    await page.screenshot({ path: '/tmp/search-empty.png', fullPage: true });
    await drop.click();
    await page.waitForURL('**/search?q=khoai+mo+ben+ke');
    await countOf(hits(page)).toBe(1);
  });

  it('pages through every published item with the range shown', async () => {
    const page = await openPage();
    await page.goto('/search?sort=NEWEST');
    const text = (await summary(page).textContent())!;
    const [, to, total] = text.match(/^Kết quả 1–(\d+) trong (\d+)$/)!.map(Number);
    expect(to).toBe(20);
    expect(total).toBeGreaterThan(20);
    const firstPageSlugs = await hits(page).locator('h3 a').evaluateAll((els) => els.map((el) => el.getAttribute('href')));

    await page.getByTestId('search-next-page').click();
    await page.waitForURL((url) => url.searchParams.get('page') === '2' && url.searchParams.has('after'));
    await textOf(summary(page)).toBe(`Kết quả 21–${Math.min(40, total)} trong ${total}`);
    const secondPageSlugs = await hits(page).locator('h3 a').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(secondPageSlugs.filter((slug) => firstPageSlugs.includes(slug))).toEqual([]);
    expect(searchParams(page).get('sort')).toBe('NEWEST');

    await page.getByTestId('search-first-page').click();
    await page.waitForURL('**/search?sort=NEWEST');
    await textOf(summary(page)).toBe(`Kết quả 1–20 trong ${total}`);
  });

  it('suggests pages while typing, chosen with the keyboard or the mouse', async () => {
    const page = await openPage();
    await page.goto('/search');
    const box = page.getByRole('combobox', { name: 'Từ khóa tìm kiếm' });
    await box.pressSequentially('bao quan thanh', { delay: 20 });
    const listbox = page.getByRole('listbox', { name: 'Gợi ý tìm kiếm' });
    await visible(listbox);
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    const options = listbox.getByRole('option');
    expect(await options.count()).toBeGreaterThan(0);
    expect((await options.allTextContents()).join(' ')).toMatch(/bảo quản thanh long/i);
    await page.screenshot({ path: '/tmp/search-suggest.png' });

    await box.press('ArrowDown');
    await expect.poll(() => options.first().getAttribute('aria-selected')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
    const firstText = (await options.first().locator('.search-box__text').textContent())!.trim();
    await box.press('Enter');
    await page.waitForURL('**/listings/**');
    await textOf(page.getByRole('heading', { level: 1 })).toBe(firstText);

    // Escape closes the list; a click on a suggestion opens its page too (here from the header's box).
    const header = page.getByRole('search', { name: 'Tìm trên sàn' }).getByRole('combobox');
    await header.pressSequentially('bao quan thanh', { delay: 20 });
    const headerList = page.getByRole('listbox', { name: 'Gợi ý tìm kiếm' });
    await visible(headerList);
    await header.press('Escape');
    await hidden(headerList);
    await header.press('ArrowDown');
    await visible(headerList);
    const second = headerList.getByRole('option').nth(1);
    const secondText = (await second.locator('.search-box__text').textContent())!.trim();
    await second.click();
    await page.waitForURL('**/listings/**');
    await textOf(page.getByRole('heading', { level: 1 })).toBe(secondText);
  });

  it('works without JavaScript: search, a facet with "Apply", the chip, the sort', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto('/');
    await page.getByLabel('Từ khóa tìm kiếm').fill('thanh long');
    await clickAndLoad(page, page.getByRole('button', { name: 'Tìm kiếm', exact: true }));
    expect(page.url()).toBe(`${server.url}/search?q=thanh+long`);
    const equipment = await facetCount(page, 'kind', 'Chào bán thiết bị');
    expect(await hits(page).count()).toBeGreaterThan(equipment);

    await facet(page, 'kind').getByLabel('Chào bán thiết bị').check();
    await clickAndLoad(page, page.getByRole('button', { name: 'Áp dụng bộ lọc' }));
    // The browser sends every field; the server answers with the canonical address of the same search.
    expect(page.url()).toBe(`${server.url}/search?q=thanh+long&kind=EQUIPMENT_OFFER`);
    await textOf(chips(page)).toBe('Loại: Chào bán thiết bị');
    expect(await hits(page).count()).toBe(equipment);
    await page.screenshot({ path: '/tmp/search-nojs.png', fullPage: true });

    await page.getByLabel('Sắp xếp').selectOption('PRICE_ASC');
    await clickAndLoad(page, page.getByRole('button', { name: 'Sắp xếp', exact: true }));
    expect(page.url()).toBe(`${server.url}/search?q=thanh+long&kind=EQUIPMENT_OFFER&sort=PRICE_ASC`);

    await clickAndLoad(page, chips(page).first());
    expect(page.url()).toBe(`${server.url}/search?q=thanh+long&sort=PRICE_ASC`);
    expect(await chips(page).count()).toBe(0);
  });

  it('speaks English', async () => {
    const page = await openPage({ locale: 'en-US' });
    await page.goto('/en/search?q=khoai+mo+ben+ke');
    await textOf(summary(page)).toBe('1 result for “khoai mo ben ke”');
    await textOf(hits(page).first().getByRole('heading', { level: 3 })).toBe(YAM_TITLE_EN);
    // The API marks the Vietnamese text, shown beneath the English title.
    expect(await hits(page).first().locator('.hit__original mark').allTextContents()).toEqual(['khoai', 'mỡ', 'Bến', 'Kè']);
    await visible(page.getByRole('heading', { level: 2, name: 'Refine results' }));
    await visible(page.getByLabel('Sort by'));
    expect(await page.title()).toBe('“khoai mo ben ke” – Search · Technology & Equipment Exchange');

    await facet(page, 'kind').getByLabel('Technology request').check();
    await page.waitForURL('**/en/search?q=khoai+mo+ben+ke&kind=TECHNOLOGY_REQUEST');
    await textOf(chips(page)).toBe('Type: Technology request');
    await page.screenshot({ path: '/tmp/search-en.png', fullPage: true });
  });

  it('finds the dryer for dragon fruit and the rice-noodle workshop’s request as people ask, and says when it shows partial matches', async () => {
    const DRYER = 'Máy sấy bơm nhiệt 300 kg/mẻ sấy dẻo thanh long, đã qua sử dụng';
    const REQUEST = 'Tìm hệ thống xử lý nước thải cho xưởng sản xuất bún tươi 5 m³/ngày';
    const page = await openPage();
    const cases: [string, string][] = [
      ['công nghệ sấy thanh long', DRYER],
      ['cong nghe say thanh long', DRYER],
      ['cong nghe say', DRYER],
      ['giải pháp xử lý nước thải cho xưởng bún', REQUEST],
      ['giai phap xu ly nuoc thai cho xuong bun', REQUEST],
    ];
    for (const [q, title] of cases) {
      await page.goto(`/search?q=${encodeURIComponent(q)}`);
      await visible(hits(page).first());
      expect(await hits(page).locator('h3').evaluateAll((els) => els.slice(0, 3).map((el) => el.textContent!.trim())), q).toContain(title);
      expect(await page.getByTestId('search-partial').count(), q).toBe(0);
    }

    // No item holds every word: the notice says so and names the words left out, as the text typed (inert).
    await page.goto(`/search?q=${encodeURIComponent('tinh dầu mù u thanh</>long')}`);
    const notice = page.getByTestId('search-partial');
    await visible(notice);
    expect(await notice.textContent()).toContain('Không có kết quả chứa mọi từ; đang hiện kết quả chứa một phần.');
    expect(await notice.textContent()).toContain('Từ đã bỏ qua: “thanh</>long”');
    // Nothing has all of it: the notice offers to ask for it, the query as the request's title.
    expect(await notice.getByTestId('search-partial-need').getAttribute('href')).toMatch(/^\/post\/need\?title=/);
    await textOf(hits(page).first().getByRole('heading', { level: 3 })).toMatch(/Mù U/i);
    await page.screenshot({ path: '/tmp/search-partial.png', fullPage: true });

    const english = await openPage({ locale: 'en-US' });
    await english.goto(`/en/search?q=${encodeURIComponent('tinh dầu mù u thanh long')}`);
    await visible(english.getByTestId('search-partial'));
    expect(await english.getByTestId('search-partial').textContent()).toContain('No result has every word; showing results with some of them.');
    expect(await english.getByTestId('search-partial').textContent()).toContain('Words left out: “thanh long”');
  });
});
