// Password recovery and address verification in Debian's Chromium against the real platform, with a real SMTP server
// in the test: the platform sends its outbox there (SMTP_URL), and the test follows the links in the e-mails it
// receives, as a person would. The reset is done with JavaScript off: every step is a plain form.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { textOf, visible } from '../support/browser.ts';
import { useE2EWithMail } from '../support/e2e.ts';
import { linkIn, SmtpInbox } from '../support/smtp-inbox.ts';

const BUYER = { email: 'buyer@demo.sangiaodich.vn', password: 'demo-password-2023', displayName: 'Phạm Quốc Bảo' };
const NEW_PASSWORD = 'mat-khau-moi-cua-bao-2026';

const { server, openPage, mail: smtp } = useE2EWithMail();

/** The newest e-mail to `email` with this subject, once the outbox has been sent (nothing sends it by itself in tests). */
async function received(email: string, subject: string) {
  await server.app.services.accountLinks.settled();
  return smtp.inbox.waitFor(email, () => server.app.mailWorker!.drain(), (m) => m.subject === subject);
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

describe('a forgotten password', () => {
  it('is reset through the link in the e-mail, without JavaScript; every old session ends and the link works once', async () => {
    // The buyer is signed in on another device.
    const phone = await openPage();
    await phone.goto('/sign-in');
    await signIn(phone, BUYER.email, BUYER.password);
    await textOf(phone.getByTestId('user-name')).toBe(BUYER.displayName);

    const page = await openPage({ javaScriptEnabled: false, lang: 'vi' });
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Quên mật khẩu?' }).click();
    await page.waitForURL('**/forgot-password');
    await page.getByLabel('Email').fill(BUYER.email);
    await page.getByRole('button', { name: 'Gửi liên kết' }).click();
    await visible(page.getByRole('heading', { name: 'Hãy kiểm tra hộp thư' }));
    await textOf(page.getByTestId('reset-sent')).toContain(`Nếu ${BUYER.email} là email của một tài khoản trên Sàn`);

    // The demo buyer prefers English: the e-mail is in English, with a link to this site.
    const mail = await received(BUYER.email, 'Reset your password');
    expect(mail.text).toContain(`Hello ${BUYER.displayName},`);
    const link = linkIn(mail, '/reset-password/');
    expect(link.origin).toBe(server.url);

    await page.goto(link.href);
    await visible(page.getByRole('heading', { name: 'Đặt mật khẩu mới' }));
    await textOf(page.locator('.auth__card > p.muted')).toContain(BUYER.email);
    // Too short first: the message is beside the field, and the link still works.
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('ngan');
    await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
    await textOf(page.locator('[data-field-error="password"]')).toBe('Mật khẩu phải có ít nhất 10 ký tự.');
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
    await visible(page.getByRole('heading', { name: 'Đã đổi mật khẩu' }));
    await page.screenshot({ path: '/tmp/account-recovery-reset-done.png', fullPage: true });

    // The other device's session has ended.
    await phone.reload();
    await visible(phone.getByRole('link', { name: 'Đăng nhập', exact: true }));
    expect(await phone.getByTestId('user-name').count()).toBe(0);

    // The old password no longer works; the new one does.
    await page.getByTestId('reset-done').locator('xpath=..').getByRole('link', { name: 'Đăng nhập' }).click();
    await page.waitForURL('**/sign-in');
    await signIn(page, BUYER.email, BUYER.password);
    await textOf(page.locator('[data-field-error="password"]')).toBe('Email hoặc mật khẩu không đúng.');
    await signIn(page, BUYER.email, NEW_PASSWORD);
    await page.waitForURL(server.url + '/');
    await textOf(page.getByTestId('user-name')).toBe(BUYER.displayName);

    // The link was for one use: opened again, it says so and offers a new one.
    const again = await openPage({ lang: 'vi' });
    await again.goto(link.href);
    await visible(again.getByRole('heading', { name: 'Liên kết đã được sử dụng' }));
    await again.getByRole('link', { name: 'Yêu cầu liên kết mới' }).click();
    await again.waitForURL('**/forgot-password');

    const notice = await received(BUYER.email, 'Your password was reset');
    expect(notice.text).toContain('every earlier session has ended');
    // A long journey (fifteen page loads, three password hashes): more than the default 30 s on a busy machine.
  }, 120_000);
});

describe('a new account', () => {
  it('confirms its address from the e-mail, and is told where it tried what it may not do before', async () => {
    const email = `xac-nhan-${Date.now()}@example.vn`;
    const page = await openPage();
    await page.goto('/sign-up');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Họ tên hoặc tên hiển thị').fill('Lê Thị Xác Nhận');
    await page.getByLabel('Mật khẩu').fill('mot-cum-tu-de-nho');
    await page.getByLabel('Tôi đã đọc và đồng ý').check();
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await page.waitForURL(server.url + '/welcome');
    const banner = page.getByTestId('verify-banner');
    await textOf(banner.locator('p')).toBe(
      `Hãy xác nhận địa chỉ email ${email}: mở liên kết trong email chúng tôi đã gửi. Trước đó bạn chưa thể gửi yêu cầu, tham gia hoặc đăng ký tổ chức, hay thanh toán.`,
    );

    // Registering an organisation is refused on its form, saying how to fix it.
    await page.goto('/workspace/organisations/new');
    await page.getByRole('button', { name: 'Lưu hồ sơ' }).click();
    await textOf(page.getByRole('alert')).toBe(
      `Vui lòng xác nhận địa chỉ email ${email} trước: mở liên kết trong email chúng tôi đã gửi, hoặc bấm “Gửi lại liên kết” ở thông báo đầu trang (trang /verify-email).`,
    );

    // The first e-mail went astray: the banner sends another.
    await banner.getByRole('button', { name: 'Gửi lại liên kết' }).click();
    await page.waitForURL('**/verify-email?/resend');
    await textOf(page.getByTestId('verification-sent')).toBe(`Đã gửi liên kết mới tới ${email}. Hãy mở liên kết trong email mới nhất.`);

    const mail = await received(email, 'Xác nhận địa chỉ email của bạn');
    await server.app.mailWorker!.drain();
    expect(smtp.inbox.to(email)).toHaveLength(2);
    await page.goto(linkIn(mail, '/verify-email/').href);
    await visible(page.getByRole('heading', { name: 'Xác nhận địa chỉ email' }));
    await page.getByRole('button', { name: 'Xác nhận email' }).click();
    await visible(page.getByRole('heading', { name: 'Đã xác nhận email' }));
    await page.screenshot({ path: '/tmp/account-recovery-verified.png', fullPage: true });

    await page.goto('/');
    expect(await page.getByTestId('verify-banner').count()).toBe(0);
    const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.emailVerifiedAt).not.toBeNull();
  }, 120_000);
});
