// The account settings page (/account) in Debian's Chromium against the real platform: the password, the profile,
// the signed-in devices, and the language a person keeps when signing in. A fresh context (cookies) per browser.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createUser } from '../support/factories.ts';
import { countOf, textOf, visible } from '../support/browser.ts';
import { useE2E } from '../support/e2e.ts';

const OLD_PASSWORD = 'mat khau cu du dai';
const NEW_PASSWORD = 'mot mat khau moi hon';

const { server, openPage } = useE2E();

const fieldError = (page: Page, field: string) => page.locator(`[data-field-error="${field}"]`);
const headerName = (page: Page) => page.getByTestId('user-name');
const langOf = (page: Page) => expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 10_000 });

let people = 0;
/** A new account (Vietnamese unless told) with OLD_PASSWORD. */
function newPerson(locale: 'vi' | 'en' = 'vi') {
  return createUser(server.db.prisma, { email: `nguoi-${++people}-${Date.now()}@example.vn`, displayName: 'Lê Thị Mai', password: OLD_PASSWORD, locale });
}

/** Signs in from /account (which sends a visitor to sign in and back), in the page's language. */
async function signInToAccount(page: Page, email: string, password = OLD_PASSWORD, english = false): Promise<void> {
  // English is the address's: /en/… pages, whose sign-in brings the person back to the English page.
  const prefix = english ? '/en' : '';
  await page.goto(`${prefix}/account`);
  await page.waitForURL(`**${prefix}/sign-in?redirectTo=${encodeURIComponent(`${prefix}/account`)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(english ? 'Password' : 'Mật khẩu').fill(password);
  await page.getByRole('button', { name: english ? 'Sign in' : 'Đăng nhập', exact: true }).click();
  await page.waitForURL(`**${prefix}/account`);
}

describe('password', () => {
  it('changes the password in one browser; the other browser is signed out and sent to sign in, this one stays', async () => {
    const person = await newPerson();
    const laptop = await openPage();
    const phone = await openPage({ javaScriptEnabled: false });
    await signInToAccount(laptop, person.email);
    await signInToAccount(phone, person.email);
    await laptop.reload();
    await countOf(laptop.getByTestId('session')).toBe(2);

    // A wrong current password is refused where it was typed, and changes nothing.
    await laptop.getByLabel('Mật khẩu hiện tại').fill('khong phai mat khau');
    await laptop.getByLabel('Mật khẩu mới').fill(NEW_PASSWORD);
    await laptop.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await textOf(fieldError(laptop, 'currentPassword')).toBe('Mật khẩu hiện tại không đúng.');
    await phone.reload();
    await textOf(headerName(phone)).toBe('Lê Thị Mai');

    await laptop.getByLabel('Mật khẩu hiện tại').fill(OLD_PASSWORD);
    await laptop.getByLabel('Mật khẩu mới').fill(NEW_PASSWORD);
    await laptop.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await textOf(laptop.getByTestId('password-changed')).toBe('Đã đổi mật khẩu. 1 thiết bị khác đã bị đăng xuất.');
    await countOf(laptop.getByTestId('session')).toBe(1);
    await textOf(headerName(laptop)).toBe('Lê Thị Mai');

    // The other browser's next page finds its session gone.
    await phone.goto('/account');
    await phone.waitForURL('**/sign-in?redirectTo=%2Faccount');
    await countOf(headerName(phone)).toBe(0);
    await phone.getByLabel('Email').fill(person.email);
    await phone.getByLabel('Mật khẩu').fill(NEW_PASSWORD);
    await phone.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await phone.waitForURL('**/account');
    await textOf(headerName(phone)).toBe('Lê Thị Mai');
  });
});

describe('signed-in devices', () => {
  it('lists the devices, signs one out from another, then signs out everywhere (without JavaScript)', async () => {
    const person = await newPerson();
    const phone = await openPage();
    const laptop = await openPage({ javaScriptEnabled: false });
    await signInToAccount(phone, person.email);
    await signInToAccount(laptop, person.email);

    const rows = laptop.getByTestId('session');
    await countOf(rows).toBe(2);
    // This device first, named in words, never with its token.
    await textOf(rows.first().locator('strong')).toBe('Chrome trên Linux');
    await visible(rows.first().getByText('Thiết bị này', { exact: true }));
    const sid = (await laptop.context().cookies()).find((c) => c.name === 'sid')!.value;
    expect(await laptop.content()).not.toContain(sid);
    await laptop.screenshot({ path: '/tmp/account-settings.png', fullPage: true });

    await rows.nth(1).getByRole('button', { name: 'Đăng xuất Chrome trên Linux' }).click();
    await visible(laptop.getByText('Đã đăng xuất thiết bị đó.'));
    await countOf(rows).toBe(1);
    await phone.goto('/account');
    await phone.waitForURL('**/sign-in?redirectTo=%2Faccount');

    await laptop.getByRole('button', { name: 'Đăng xuất khỏi mọi thiết bị' }).click();
    await laptop.waitForURL('**/sign-in');
    await countOf(headerName(laptop)).toBe(0);
    expect(await server.db.prisma.session.count({ where: { userId: person.id } })).toBe(0);
  });
});

describe('profile', () => {
  it('changes name and phone without JavaScript, with field errors in place and the typed values kept', async () => {
    const person = await newPerson();
    const page = await openPage({ javaScriptEnabled: false });
    await signInToAccount(page, person.email);

    await page.getByLabel('Họ tên hoặc tên hiển thị').fill('L');
    await page.getByLabel('Số điện thoại (không bắt buộc)').fill('12345');
    await page.getByRole('button', { name: 'Lưu thông tin' }).click();
    await textOf(fieldError(page, 'displayName')).toBe('Tên hiển thị quá ngắn.');
    await textOf(fieldError(page, 'phone')).toBe('Số điện thoại không hợp lệ: nhập số Việt Nam (0912 345 678) hoặc số quốc tế bắt đầu bằng +.');
    expect(await page.getByLabel('Số điện thoại (không bắt buộc)').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Số điện thoại (không bắt buộc)').inputValue()).toBe('12345');

    await page.getByLabel('Họ tên hoặc tên hiển thị').fill('Lê Thị Mai Anh');
    await page.getByLabel('Số điện thoại (không bắt buộc)').fill('0912 345 678');
    await page.getByRole('button', { name: 'Lưu thông tin' }).click();
    await textOf(page.getByTestId('profile-saved')).toBe('Đã lưu thông tin cá nhân.');
    await textOf(headerName(page)).toBe('Lê Thị Mai Anh');
    expect(await page.getByLabel('Số điện thoại (không bắt buộc)').inputValue()).toBe('+84912345678');
    const stored = await server.db.prisma.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(stored).toMatchObject({ displayName: 'Lê Thị Mai Anh', phone: '+84912345678', locale: 'vi' });
  });

  it('choosing English in the profile switches the site and the account', async () => {
    const person = await newPerson();
    const page = await openPage();
    await signInToAccount(page, person.email);
    await page.getByLabel('English').check();
    await page.getByRole('button', { name: 'Lưu thông tin' }).click();
    await textOf(page.getByTestId('profile-saved')).toBe('Your profile has been saved.');
    await langOf(page).toBe('en');
    await visible(page.getByRole('heading', { level: 1, name: 'My account' }));
    expect((await server.db.prisma.user.findUniqueOrThrow({ where: { id: person.id } })).locale).toBe('en');
  });
});

describe('language at sign-in', () => {
  it('keeps English for a visitor browsing in English whose account prefers Vietnamese', async () => {
    const person = await newPerson('vi');
    const page = await openPage({ locale: 'en-US' });
    await signInToAccount(page, person.email, OLD_PASSWORD, true);
    await langOf(page).toBe('en');
    await visible(page.getByRole('heading', { level: 1, name: 'My account' }));
    await page.goto('/en');
    await langOf(page).toBe('en');
    // Signing in chose nothing: the account still prefers Vietnamese (its e-mails stay Vietnamese).
    expect((await server.db.prisma.user.findUniqueOrThrow({ where: { id: person.id } })).locale).toBe('vi');
  });

  it('keeps Vietnamese for a visitor browsing in Vietnamese whose account prefers English; switching while signed in updates the account', async () => {
    const person = await newPerson('en');
    const page = await openPage({ locale: 'vi-VN' });
    await signInToAccount(page, person.email);
    await langOf(page).toBe('vi');
    await visible(page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }));
    expect((await server.db.prisma.user.findUniqueOrThrow({ where: { id: person.id } })).locale).toBe('en');

    // The header's language switch, signed in, is a choice: it becomes the account's.
    const switched = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await switched;
    await langOf(page).toBe('vi');
    await expect.poll(async () => (await server.db.prisma.user.findUniqueOrThrow({ where: { id: person.id } })).locale).toBe('vi');
  });
});
