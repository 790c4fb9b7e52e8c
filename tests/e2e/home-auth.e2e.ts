// The home page and the account flows in Debian's Chromium against the real platform (API + built web app)
// over a fresh database with the demo data. One browser; a fresh context (cookies) per test.
import { describe, it, expect } from 'vitest';
import { type Locator, type Page } from 'playwright-core';
import { countOf, textOf, visible } from '../support/browser.ts';
import { useE2E } from '../support/e2e.ts';

const BUYER = { email: 'buyer@demo.sangiaodich.vn', password: 'demo-password-2023', displayName: 'Phạm Quốc Bảo' };

// Closing the browser afterwards closes every context opened below.
const { server, openPage } = useE2E();

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'vi' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

function escapeHtmlText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

const headerName = (page: Page) => page.getByTestId('user-name');
const fieldError = (page: Page, field: string) => page.locator(`[data-field-error="${field}"]`);

const langOf = (page: Page) => expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 10_000 });

/** Clicks something that loads a new document (a plain form post), and waits until it has loaded. */
async function clickAndLoad(page: Page, locator: Locator): Promise<void> {
  const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
  await locator.click();
  await navigated;
  await page.waitForLoadState('load');
}

describe('home page', () => {
  it('renders the latest demo listings in Vietnamese on the server', async () => {
    const { latestListings } = await api<{ latestListings: { title: string; slug: string }[] }>(
      '{ latestListings(first: 12) { title slug } }',
    );
    expect(latestListings).toHaveLength(12);

    // The HTML as the server sends it, before any script runs.
    const res = await fetch(server.url, { headers: { 'accept-language': 'vi-VN,vi;q=0.9' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Sàn giao dịch công nghệ và thiết bị');
    expect(html.match(/data-testid="listing-card"/g)).toHaveLength(12);
    for (const listing of latestListings) {
      expect(html).toContain(escapeHtmlText(listing.title));
      expect(html).toContain(`href="/listings/${listing.slug}"`);
    }

    const page = await openPage({ viewport: { width: 1280, height: 900 } });
    await page.goto('/');
    await langOf(page).toBe('vi');
    await visible(page.getByRole('heading', { level: 2, name: 'Tin mới đăng' }));
    await countOf(page.getByTestId('listing-card')).toBe(12);
    await page.screenshot({ path: '/tmp/home.png', fullPage: true });

    // The kind filter is a plain link; every card it leaves is of that kind.
    await page.getByRole('link', { name: 'Chào bán thiết bị', exact: true }).click();
    await page.waitForURL('**/?kind=EQUIPMENT_OFFER');
    await visible(page.locator('.kind-filter a[aria-current="page"]', { hasText: 'Chào bán thiết bị' }));
    const badges = page.getByTestId('listing-card').locator('.badge--equipment-offer');
    expect(await badges.count()).toBeGreaterThan(0);
    expect(await badges.count()).toBe(await page.getByTestId('listing-card').count());
  });

  it('shows a demo listing from the 2023 report on its own page', async () => {
    const { latestListings } = await api<{ latestListings: { title: string; slug: string }[] }>(
      '{ latestListings(first: 100) { title slug } }',
    );
    const muU = latestListings.find((l) => l.title.includes('Mù U'));
    expect(muU, 'a demo listing about tinh dầu từ cây Mù U').toBeDefined();

    const page = await openPage();
    const response = await page.goto(`/listings/${muU!.slug}`);
    expect(response?.status()).toBe(200);
    await textOf(page.getByRole('heading', { level: 1 })).toBe(muU!.title);
    expect((await page.title()).startsWith(muU!.title)).toBe(true);

    const missing = await page.goto('/listings/khong-co-tin-nay');
    expect(missing?.status()).toBe(404);
    await textOf(page.getByRole('heading', { level: 1 })).toBe('Không tìm thấy trang');
  });

  it('switches the interface to English and back', async () => {
    const page = await openPage();
    await page.goto('/');
    await clickAndLoad(page, page.getByRole('button', { name: 'English' }));
    await langOf(page).toBe('en');
    await visible(page.getByRole('link', { name: /Technology & Equipment Exchange/ }));
    await visible(page.getByRole('heading', { level: 2, name: 'Latest listings' }));
    await visible(page.getByRole('link', { name: 'Sign in', exact: true }));
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'lang')?.value).toBe('en');

    await clickAndLoad(page, page.getByRole('button', { name: 'Tiếng Việt' }));
    await langOf(page).toBe('vi');
    await visible(page.getByRole('heading', { level: 2, name: 'Tin mới đăng' }));
  });
});

describe('accounts', () => {
  it('shows sign-up field errors in Vietnamese and keeps the typed email', async () => {
    const page = await openPage();
    await page.goto('/sign-up');
    await page.getByLabel('Email').fill('khong-phai-email');
    await page.getByLabel('Họ tên hoặc tên hiển thị').fill('Người thử');
    await page.getByLabel('Mật khẩu').fill('ngan');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();

    await textOf(fieldError(page, 'email')).toBe('Địa chỉ email không hợp lệ.');
    await textOf(fieldError(page, 'password')).toBe('Mật khẩu phải có ít nhất 10 ký tự.');
    // The terms were not accepted either (the box starts unticked).
    await textOf(fieldError(page, 'acceptTerms')).toBe('Vui lòng đọc và đồng ý với Điều khoản sử dụng và Thông báo xử lý dữ liệu cá nhân.');
    expect(await page.getByLabel('Email').inputValue()).toBe('khong-phai-email');
    expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    await visible(page.getByRole('alert'));
  });

  it('signs up a new account, then signs out', async () => {
    const page = await openPage();
    const email = `e2e-${Date.now()}@example.vn`;
    await page.goto('/sign-up');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Họ tên hoặc tên hiển thị').fill('Nguyễn Thị Thử');
    await page.getByLabel('Mật khẩu').fill('mot-cum-tu-de-nho');
    await page.getByLabel('Tôi đã đọc và đồng ý').check();
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();

    await page.waitForURL(server.url + '/welcome'); // "what next" after sign-up
    await textOf(headerName(page)).toBe('Nguyễn Thị Thử');
    const session = (await page.context().cookies()).find((c) => c.name === 'sid');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await visible(page.getByRole('link', { name: 'Đăng nhập', exact: true }));
    await countOf(headerName(page)).toBe(0);
    expect((await page.context().cookies()).find((c) => c.name === 'sid')).toBeUndefined();

    // The same email cannot be registered twice.
    await page.goto('/sign-up');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Họ tên hoặc tên hiển thị').fill('Người khác');
    await page.getByLabel('Mật khẩu').fill('mot-cum-tu-khac-nua');
    await page.getByLabel('Tôi đã đọc và đồng ý').check();
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await textOf(fieldError(page, 'email')).toBe('Email này đã được đăng ký. Bạn có thể đăng nhập.');
  });

  it('signs in the demo buyer, shows the name in the header and opens /account in the language they were browsing in', async () => {
    const page = await openPage();
    // A visitor asking for /account is sent to sign in and brought back afterwards.
    await page.goto('/account');
    await page.waitForURL('**/sign-in?redirectTo=%2Faccount');
    await signIn(page, BUYER.email, BUYER.password);

    await page.waitForURL('**/account');
    await textOf(page.getByTestId('account-email')).toBe(BUYER.email);
    await textOf(headerName(page)).toBe(BUYER.displayName);
    // The demo buyer prefers English, but this visitor was browsing in Vietnamese: signing in keeps it.
    await langOf(page).toBe('vi');
    await visible(page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }));

    // Signed-in users have no business on the sign-in page.
    await page.goto('/sign-in');
    await page.waitForURL(server.url + '/');
  });

  it('refuses a wrong password with a translated message', async () => {
    const page = await openPage();
    await page.goto('/sign-in');
    await signIn(page, BUYER.email, 'sai-mat-khau-roi');
    await textOf(fieldError(page, 'password')).toBe('Email hoặc mật khẩu không đúng.');
    expect(await page.getByLabel('Email').inputValue()).toBe(BUYER.email);
    await countOf(headerName(page)).toBe(0);

    const english = await openPage({ locale: 'en-US' });
    await english.goto('/en/sign-in');
    await english.getByLabel('Email').fill(BUYER.email);
    await english.getByLabel('Password').fill('wrong-password-again');
    await english.getByRole('button', { name: 'Sign in', exact: true }).click();
    await textOf(fieldError(english, 'password')).toBe('The email or password is incorrect.');
  });

  it('signs in and out without JavaScript', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto('/sign-in?redirectTo=/account');
    await signIn(page, BUYER.email, BUYER.password);
    await page.waitForURL('**/account');
    await textOf(page.getByTestId('account-email')).toBe(BUYER.email);
    await textOf(headerName(page)).toBe(BUYER.displayName);

    await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
    await page.waitForURL(server.url + '/');
    await visible(page.getByRole('link', { name: 'Đăng nhập', exact: true }));

    // Field errors come back from a plain form post too.
    await page.goto('/sign-in');
    await signIn(page, BUYER.email, 'sai-mat-khau-roi');
    await textOf(fieldError(page, 'password')).toBe('Email hoặc mật khẩu không đúng.');
  });
});
