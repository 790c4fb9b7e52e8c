// The department manages its people in Debian's Chromium against the real platform (API + built web app) over a
// fresh database with the demo data: an admin (without JavaScript, as the forms must work so) finds a buyer,
// suspends the account while the buyer has a page open in another browser, and the buyer's very next page is a
// visitor's; sign-in is refused with a clear message until the admin reinstates the account.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { routeOf, textOf, visible } from '../support/browser.ts';
import { useE2E } from '../support/e2e.ts';

// Three browser contexts and some twenty page loads each: more than the default 30 s on a busy two-core machine.
const LONG = 120_000;
const PASSWORD = 'demo-password-2023';
const ADMIN = 'admin@demo.sangiaodich.vn';
const MODERATOR = 'moderator@demo.sangiaodich.vn';
const BUYER = { email: 'buyer@demo.sangiaodich.vn', displayName: 'Phạm Quốc Bảo' };

const { server, openPage } = useE2E();

/** Clicks something that loads a new document (a plain form post or link), and waits until it has loaded. */
async function clickAndLoad(page: Page, locator: Locator): Promise<void> {
  const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
  await locator.click();
  await navigated;
  await page.waitForLoadState('load');
}

const SIGN_IN_LABELS = {
  vi: { password: 'Mật khẩu', submit: 'Đăng nhập' },
  en: { password: 'Password', submit: 'Sign in' },
};

async function signIn(page: Page, email: string, lang: 'vi' | 'en' = 'vi'): Promise<void> {
  const labels = SIGN_IN_LABELS[lang];
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(labels.password).fill(PASSWORD);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
  await visible(page.getByTestId('user-name'));
}

describe('an admin manages people', () => {
  it('suspends a signed-in buyer, whose next page is refused, and reinstates the account', async () => {
    const buyer = await openPage();
    await signIn(buyer, BUYER.email);
    await buyer.goto('/account');
    await textOf(buyer.getByTestId('user-name')).toBe(BUYER.displayName);

    // The admin works without JavaScript: a GET search form and POST forms with their reasons.
    const admin = await openPage({ javaScriptEnabled: false });
    await signIn(admin, ADMIN);
    await clickAndLoad(admin, admin.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Quản trị' }));
    expect(routeOf(new URL(admin.url()))).toBe('/admin/users');
    await admin.getByLabel('Họ tên hoặc email').fill('pham quoc bao');
    await clickAndLoad(admin, admin.getByRole('button', { name: 'Tìm', exact: true }));
    const rows = admin.getByTestId('person-row');
    expect(await rows.count()).toBe(1);
    await clickAndLoad(admin, rows.getByRole('link', { name: BUYER.displayName }));
    await textOf(admin.getByTestId('person-sessions')).toBe('1');

    // A suspension without a reason is refused beside the field, and nothing happens.
    const suspendForm = admin.getByTestId('suspend-form');
    await suspendForm.getByLabel('Lý do').evaluate((el) => el.removeAttribute('required'));
    await clickAndLoad(admin, suspendForm.getByRole('button', { name: 'Tạm khóa tài khoản' }));
    await textOf(admin.locator('[data-field-error="reason"]')).toBe('Vui lòng ghi lý do.');
    await textOf(admin.getByTestId('person-status')).toBe('Đang hoạt động');

    await admin.getByTestId('suspend-form').getByLabel('Lý do').fill('Đăng tin giả mạo nhiều lần (biên bản 07/BB-SKHCN)');
    await clickAndLoad(admin, admin.getByTestId('suspend-form').getByRole('button', { name: 'Tạm khóa tài khoản' }));
    await textOf(admin.getByRole('status').filter({ hasText: 'Đã tạm khóa' })).toBe(
      'Đã tạm khóa tài khoản và kết thúc mọi phiên đăng nhập của tài khoản.',
    );
    await textOf(admin.getByTestId('person-status')).toBe('Tạm khóa');
    await textOf(admin.getByTestId('person-sessions')).toBe('0');
    const latest = admin.getByTestId('person-history').locator('li').first();
    expect(await latest.textContent()).toContain('đã tạm khóa tài khoản');
    expect(await latest.textContent()).toContain('Quản trị hệ thống');
    expect(await latest.textContent()).toContain('Đăng tin giả mạo nhiều lần (biên bản 07/BB-SKHCN)');

    // The buyer's open session is refused on the very next page: the account page sends them to sign in.
    await buyer.goto('/account');
    expect(routeOf(new URL(buyer.url()))).toBe('/sign-in');
    expect(await buyer.getByTestId('user-name').count()).toBe(0);
    await buyer.getByLabel('Email').fill(BUYER.email);
    await buyer.getByLabel('Mật khẩu').fill(PASSWORD);
    await buyer.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await textOf(buyer.getByRole('alert')).toBe(
      'Tài khoản này đang bị Sở tạm khóa nên không thể đăng nhập. Vui lòng liên hệ Sở Khoa học và Công nghệ.',
    );
    expect(await buyer.getByTestId('user-name').count()).toBe(0);

    await admin.getByTestId('reinstate-form').getByLabel('Lý do').fill('Đã cam kết không tái phạm');
    await clickAndLoad(admin, admin.getByTestId('reinstate-form').getByRole('button', { name: 'Mở lại tài khoản' }));
    await textOf(admin.getByTestId('person-status')).toBe('Đang hoạt động');

    await signIn(buyer, BUYER.email);
    await buyer.goto('/account');
    await textOf(buyer.getByTestId('user-name')).toBe(BUYER.displayName);
  }, LONG);

  it('grants the moderator role in English, and the admin area is closed to moderators and visitors', async () => {
    const admin = await openPage({ lang: 'en' });
    await signIn(admin, ADMIN, 'en');
    await admin.goto('/admin/users?q=BUYER%40demo');
    await clickAndLoad(admin, admin.getByTestId('person-row').getByRole('link', { name: BUYER.displayName }));
    const roleForm = admin.getByTestId('role-form');
    await roleForm.getByLabel('New role').selectOption('MODERATOR');
    await roleForm.getByLabel('Reason').fill('Assigned to the review team by decision 12/QĐ-SKHCN');
    await roleForm.getByRole('button', { name: 'Change role' }).click();
    await textOf(admin.getByTestId('person-role')).toBe('Moderator');
    await visible(admin.getByTestId('person-history').getByText(/changed the role/));
    expect(await admin.getByTestId('person-history').locator('li').first().textContent()).toContain('Member → Moderator');

    const moderator = await openPage();
    await signIn(moderator, MODERATOR);
    expect(await moderator.getByRole('link', { name: 'Quản trị' }).count()).toBe(0);
    const refused = await moderator.goto('/admin/users');
    expect(refused?.status()).toBe(403);

    const visitor = await openPage();
    await visitor.goto('/admin/users');
    expect(routeOf(new URL(visitor.url()))).toBe('/sign-in');
    expect(new URL(visitor.url()).searchParams.get('redirectTo')).toBe('/admin/users');
  }, LONG);
});
