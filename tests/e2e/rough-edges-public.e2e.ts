// The public pages' rough edges from the walk-through (issue 11), in Debian's Chromium against the real platform
// over a fresh database with the demo data and no Stripe keys: an equipment page says nothing of the operator's
// payment settings and shows no empty section; a technology request's budget and minimum TRL are called so; English
// counts are plural-aware; on a 390 px screen the contact box and the filtered results are one tap away; a search
// that finds nothing invites the visitor to post a need.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../prisma/seed/demo/common.ts';
import { countOf, leftSignIn, textOf, visible, type PageOptions } from '../support/browser.ts';
import { useE2E } from '../support/e2e.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } satisfies PageOptions;
// The demo's cooperative asks for post-harvest technology for dragon fruit (minimum TRL 7, budget ₫500M–₫1.2B).
const REQUEST_TITLE = 'Cần công nghệ bảo quản thanh long tươi 30–40 ngày để xuất khẩu đường biển';
const REQUEST_TITLE_EN = 'Wanted: post-harvest technology keeping fresh dragon fruit 30–40 days for sea freight';

const { server, openPage } = useE2E({
  env: { STRIPE_SECRET_KEY: undefined, STRIPE_WEBHOOK_SECRET: undefined, STRIPE_API_URL: undefined },
});
let equipmentSlug: string;
let requestSlug: string;

beforeAll(async () => {
  await server.app.searchWorker.drain();
  // A published fixed-price equipment offer (it would take deposits) whose seller wrote no long description.
  const equipment = await server.db.prisma.listing.findFirstOrThrow({
    where: { kind: 'EQUIPMENT_OFFER', status: 'PUBLISHED', priceType: 'FIXED', descriptionVi: null },
    orderBy: { publishedAt: 'desc' },
  });
  equipmentSlug = equipment.slug;
  requestSlug = (await server.db.prisma.listing.findFirstOrThrow({ where: { titleVi: REQUEST_TITLE } })).slug;
});

async function signIn(page: Page, email: string, labels = { password: 'Mật khẩu', submit: 'Đăng nhập' }) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(labels.password).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
  await page.waitForURL(leftSignIn);
}

/** Whether the element's box lies within the window (not merely somewhere on the page). */
const inViewport = (locator: Locator) =>
  expect.poll(
    () =>
      locator.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
      }),
    { timeout: 10_000 },
  );

describe('an equipment page for visitors', () => {
  it('says nothing of the payment configuration and shows no empty section; staff see why there is no deposit', async () => {
    const visitor = await openPage();
    await visitor.goto(`/listings/${equipmentSlug}`);
    await visible(visitor.getByTestId('inquiry-box'));
    await countOf(visitor.getByTestId('deposit-box')).toBe(0);
    const body = (await visitor.locator('main').textContent())!;
    expect(body).not.toContain('Thanh toán trực tuyến chưa được cấu hình');
    expect(body).not.toContain('Người đăng chưa có mô tả chi tiết');
    await countOf(visitor.getByRole('heading', { name: 'Mô tả chi tiết' })).toBe(0);
    // The way to the seller stays: the inquiry box asks the visitor to sign in.
    await visible(visitor.getByRole('link', { name: 'Đăng nhập để gửi yêu cầu' }));

    const english = await openPage({ lang: 'en' });
    await english.goto(`/listings/${equipmentSlug}`);
    await visible(english.getByRole('link', { name: 'Sign in to contact the seller' }));
    expect(await english.locator('main').textContent()).not.toContain('not configured');

    const moderator = await openPage();
    await signIn(moderator, 'moderator@demo.sangiaodich.vn');
    await moderator.goto(`/listings/${equipmentSlug}`);
    await textOf(moderator.getByTestId('payments-off')).toMatch(/^Ghi chú chỉ cán bộ của Sở thấy: thanh toán trực tuyến chưa được cấu hình/);
  });
});

describe('a technology request', () => {
  it('shows its budget and minimum TRL as such on its page, in search hits and on cards, in both languages', async () => {
    const page = await openPage();
    await page.goto(`/listings/${requestSlug}`);
    const facts = page.locator('.detail__facts');
    await visible(facts.locator('dt', { hasText: /^Ngân sách$/ }));
    await countOf(facts.locator('dt', { hasText: /^Giá$/ })).toBe(0);
    await textOf(page.locator('.detail__badges .badge--trl')).toBe('TRL tối thiểu 7');

    await page.goto('/search?q=bao+quan+thanh+long+tuoi&kind=TECHNOLOGY_REQUEST');
    const hit = page.getByTestId('search-hit').filter({ hasText: REQUEST_TITLE });
    await textOf(hit.locator('.badge--trl')).toBe('TRL tối thiểu 7');
    await textOf(hit.locator('.hit__price .visually-hidden')).toBe('Ngân sách:');

    await page.goto('/');
    const card = page.getByTestId('listing-card').filter({ hasText: REQUEST_TITLE });
    await textOf(card.locator('.badge--trl')).toBe('TRL tối thiểu 7');
    await textOf(card.locator('.listing-card__price dt')).toBe('Ngân sách');

    const english = await openPage({ lang: 'en' });
    await english.goto(`/listings/${requestSlug}`);
    await visible(english.locator('.detail__facts dt', { hasText: /^Budget$/ }));
    await visible(english.locator('.detail__facts dt', { hasText: /^Minimum technology readiness \(TRL\)$/ }));
    await textOf(english.locator('.detail__badges .badge--trl')).toBe('Minimum TRL 7');
    await english.goto('/search?q=bao+quan+thanh+long+tuoi&kind=TECHNOLOGY_REQUEST');
    await textOf(english.getByTestId('search-hit').filter({ hasText: REQUEST_TITLE_EN }).locator('.badge--trl')).toBe('Minimum TRL 7');
  });
});

describe('English counts', () => {
  it('say "1 result" where there is one, and "results" otherwise', async () => {
    const page = await openPage({ lang: 'en' });
    await page.goto('/search?q=khoai+mo+ben+ke');
    await textOf(page.locator('#results-summary')).toBe('1 result for “khoai mo ben ke”');
    const counts = await page.locator('.facets .facet__option .visually-hidden').allTextContents();
    expect(counts).toContain('(1 result)');
    for (const text of counts) expect(text).not.toMatch(/^\(1 results\)$/);

    await page.goto('/search?q=khoai+mo+ben+ke&kind=EQUIPMENT_OFFER');
    await textOf(page.getByRole('link', { name: 'Remove the “Type” filter' }).locator('xpath=..')).toBe('Remove the “Type” filter (1 result)');
  });
});

describe('on a 390 px phone', () => {
  it('keeps a contact action at the bottom of a listing page that leads to the inquiry form', async () => {
    const buyer = await openPage({ ...PHONE, lang: 'en' });
    await signIn(buyer, 'buyer@demo.sangiaodich.vn', { password: 'Password', submit: 'Sign in' });
    await buyer.goto(`/listings/${equipmentSlug}`);
    const jump = buyer.getByTestId('contact-jump');
    await inViewport(jump).toBe(true);
    await textOf(jump).toBe('Contact the seller');
    // The page is long, and the form is far below the first screen.
    await inViewport(buyer.getByRole('button', { name: 'Send inquiry' })).toBe(false);
    await buyer.screenshot({ path: '/tmp/rough-edges-contact-bar.png' });

    await jump.click();
    await buyer.waitForURL((url) => url.hash === '#contact');
    await inViewport(buyer.getByRole('heading', { name: 'Contact the seller', level: 2 })).toBe(true);
    await visible(buyer.getByRole('textbox', { name: /message/i }));
    // Once there, the bar steps aside instead of covering the form.
    await countOf(buyer.locator('[data-testid="contact-jump"]:visible')).toBe(0);
    await buyer.screenshot({ path: '/tmp/rough-edges-contact-form.png' });

    // A visitor's bar leads to the sign-in invitation the same way.
    const visitor = await openPage(PHONE);
    await visitor.goto(`/listings/${requestSlug}`);
    await textOf(visitor.getByTestId('contact-jump')).toBe('Gửi đề xuất giải pháp');
    await visitor.getByTestId('contact-jump').click();
    await inViewport(visitor.getByRole('link', { name: 'Đăng nhập để gửi đề xuất' })).toBe(true);
  });

  it('gives the filter panel a "Show N results" action that folds it and shows the results', async () => {
    const page = await openPage(PHONE);
    await page.goto('/search?q=thanh+long');
    const panel = page.getByTestId('search-facets');
    await panel.locator('summary').click();
    await panel.getByLabel('Nhu cầu công nghệ').check();
    await page.waitForURL('**/search?q=thanh+long&kind=TECHNOLOGY_REQUEST');
    const total = (await page.locator('#results-summary').textContent())!.match(/^(\d+) kết quả/)![1];
    const show = page.getByTestId('facets-show');
    await textOf(show).toBe(`Xem ${total} kết quả`);
    await inViewport(show).toBe(true); // it stays at the bottom of the screen while the panel is long
    await page.screenshot({ path: '/tmp/rough-edges-filter-panel.png' });
    await show.click();
    await expect.poll(() => panel.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    await inViewport(page.getByTestId('search-hit').first()).toBe(true);

    const english = await openPage({ ...PHONE, lang: 'en' });
    await english.goto('/search?q=khoai+mo+ben+ke');
    await english.getByTestId('search-facets').locator('summary').click();
    await textOf(english.getByTestId('facets-show')).toBe('Show 1 result');
  });

  it('still sends the filters without JavaScript', async () => {
    const page = await openPage({ ...PHONE, javaScriptEnabled: false });
    await page.goto('/search?q=thanh+long');
    await page.getByLabel('Nhu cầu công nghệ').check();
    await page.getByTestId('facets-show').click();
    await page.waitForURL('**/search?q=thanh+long&kind=TECHNOLOGY_REQUEST');
  });
});

describe('a search that finds nothing', () => {
  it('shows no empty filter box and invites the visitor to post a technology request, in both languages', async () => {
    const page = await openPage();
    await page.goto('/search?q=zzqxv+wqkrt');
    await visible(page.getByTestId('search-empty'));
    await countOf(page.getByTestId('search-facets')).toBe(0);
    const invite = page.getByTestId('search-post-need');
    await textOf(invite.locator('strong')).toBe('Chưa ai chào bán thứ bạn cần?');
    expect(await invite.getByRole('link', { name: 'Đăng nhu cầu công nghệ' }).getAttribute('href')).toBe('/post/need?title=zzqxv+wqkrt');
    await page.screenshot({ path: '/tmp/rough-edges-zero-results.png', fullPage: true });

    const english = await openPage({ lang: 'en' });
    await english.goto('/search?q=zzqxv');
    await visible(english.getByTestId('search-post-need').getByRole('link', { name: 'Post a technology request' }));
    await countOf(english.getByRole('heading', { name: 'Refine results' })).toBe(0);
  });
});
