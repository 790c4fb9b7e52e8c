// Consent and personal data in Debian's Chromium against the real platform (API + built web app) over the demo data:
// a person downloads what the platform holds about them; the demo buyer, who has deals, deletes the account (the
// deal stays and the seller still reads it, under "Deleted account", and the buyer cannot sign in again); a new
// version of the privacy notice stops the next sign-in at /consent, then brings the person back where they were.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { textOf, visible, type PageOptions } from '../support/browser.ts';
import { useE2E } from '../support/e2e.ts';

const PASSWORD = 'demo-password-2023';
const EDITOR = 'editor@demo.sangiaodich.vn';
const BUYER = 'buyer@demo.sangiaodich.vn';
const SELLER = 'seller@demo.sangiaodich.vn';
const DELETED = 'Tài khoản đã xoá / Deleted account';
// Several people sign in one after another (argon2 on a shared two-core machine).
const FLOW_TIMEOUT = 120_000;

const e2e = useE2E();
const { server } = e2e;

// In Vietnamese whatever the account prefers (the demo buyer prefers English).
const openPage = (options: PageOptions = {}) => e2e.openPage({ lang: 'vi', ...options });

async function signIn(page: Page, email: string, password = PASSWORD, redirectTo = '/'): Promise<void> {
  await page.goto(`/sign-in?redirectTo=${encodeURIComponent(redirectTo)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

describe('personal data', () => {
  it('downloads one’s data as a JSON file from the account’s privacy page, recorded as a completed request', async () => {
    const page = await openPage();
    await signIn(page, EDITOR, PASSWORD, '/account');
    await page.waitForURL('**/account');
    await page.getByRole('link', { name: /^Dữ liệu cá nhân của bạn/ }).click();
    await page.waitForURL('**/account/privacy');
    await visible(page.getByTestId('consent').filter({ hasText: 'Thông báo xử lý dữ liệu cá nhân, phiên bản 1' }));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải dữ liệu của tôi (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^du-lieu-ca-nhan-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(data.profile.email).toBe(EDITOR);
    expect(data.profile.passwordHash).toBeUndefined();
    expect(data.memberships.length).toBeGreaterThan(0);
    expect(data.consents.map((c: { document: string }) => c.document).sort()).toEqual(['PRIVACY', 'TERMS']);
    expect(JSON.stringify(data)).not.toContain(BUYER);

    await page.reload();
    const request = page.getByTestId('data-request').filter({ hasText: 'Tải dữ liệu' });
    await textOf(request.getByTestId('request-status')).toBe('Hoàn thành');
  }, FLOW_TIMEOUT);

  it('deletes an account that has a deal: the deal stays for the other side, the person is gone', async () => {
    const prisma = server.db.prisma;
    const buyer = await prisma.user.findUniqueOrThrow({ where: { email: BUYER } });
    const deal = await prisma.deal.findFirstOrThrow({ where: { buyerUserId: buyer.id }, orderBy: { createdAt: 'asc' } });
    const sellerSide = await prisma.membership.findFirstOrThrow({ where: { organisationId: deal.sellerOrganisationId }, include: { user: true } });

    const page = await openPage();
    await signIn(page, BUYER, PASSWORD, '/account/privacy');
    await page.waitForURL('**/account/privacy');
    // A wrong password is refused beside the field, and nothing happens.
    await page.getByLabel('Mật khẩu hiện tại (để xác nhận)').fill('khong-dung-mat-khau');
    await page.getByRole('button', { name: 'Xoá tài khoản của tôi' }).click();
    await textOf(page.locator('[data-field-error="password"]')).toBe('Mật khẩu không đúng.');
    await page.getByLabel('Mật khẩu hiện tại (để xác nhận)').fill(PASSWORD);
    await page.getByRole('button', { name: 'Xoá tài khoản của tôi' }).click();
    await page.waitForURL('**/account/deleted');
    await visible(page.getByRole('heading', { level: 1, name: 'Tài khoản đã được xoá' }));
    await visible(page.getByRole('link', { name: 'Đăng nhập', exact: true }));

    // The seller still reads the deal, with the buyer shown as a deleted account.
    const seller = await openPage();
    await signIn(seller, sellerSide.user.email, PASSWORD, `/deals/${deal.id}`);
    await seller.waitForURL(`**/deals/${deal.id}`);
    await visible(seller.getByText(DELETED).first());
    expect(await seller.content()).not.toContain('Phạm Quốc Bảo');

    // The deleted person cannot sign in again.
    const again = await openPage();
    await signIn(again, BUYER);
    await textOf(again.locator('[data-field-error="password"]')).toBe('Email hoặc mật khẩu không đúng.');
  }, FLOW_TIMEOUT);

  // Last: the new version applies to every account of this server.
  it('shows a new version of the privacy notice at the next sign-in and comes back to where the person was', async () => {
    const notice = server.app.services.privacy.documents;
    notice.publish({
      ...notice.current('PRIVACY'),
      version: '2',
      effectiveOn: '2026-12-15',
      changesVi: 'Thêm dịch vụ gửi thư điện tử mới vào danh sách bên cung cấp dịch vụ.',
      changesEn: 'A new e-mail delivery service joins the list of service providers.',
    });

    const page = await openPage();
    await signIn(page, SELLER, PASSWORD, '/inquiries');
    await page.waitForURL('**/consent?redirectTo=%2Finquiries');
    const pending = page.getByTestId('pending-document');
    await visible(pending.getByRole('heading', { name: 'Thông báo xử lý dữ liệu cá nhân' }));
    await visible(pending.getByText('Thêm dịch vụ gửi thư điện tử mới vào danh sách bên cung cấp dịch vụ.'));
    expect(await pending.getByRole('link', { name: /Đọc toàn văn/ }).getAttribute('href')).toBe('/privacy?version=2');

    // Other pages wait until the notice is accepted.
    await page.goto('/search');
    await page.waitForURL('**/consent?redirectTo=%2Fsearch');
    await page.getByRole('button', { name: 'Đồng ý và tiếp tục' }).click();
    await textOf(page.getByRole('alert')).toBe('Vui lòng đánh dấu ô đồng ý để tiếp tục.');
    await page.getByLabel('Tôi đã đọc và đồng ý với các văn bản trên').check();
    await page.getByRole('button', { name: 'Đồng ý và tiếp tục' }).click();
    await page.waitForURL('**/search');

    const seller = await server.db.prisma.user.findUniqueOrThrow({ where: { email: SELLER } });
    const versions = await server.db.prisma.consent.findMany({ where: { userId: seller.id, document: 'PRIVACY' }, orderBy: { version: 'asc' } });
    expect(versions.map((v) => v.version)).toEqual(['1', '2']);
    await page.goto('/inquiries');
    await page.waitForURL('**/inquiries');

    // The new text is the one the site shows; the old one stays readable by its version.
    await page.goto('/privacy');
    await textOf(page.getByTestId('legal-version')).toMatch(/^Phiên bản 2, hiệu lực từ ngày/);
    await page.goto('/privacy?version=1');
    await visible(page.getByText('Đây là một phiên bản cũ.'));
  }, FLOW_TIMEOUT);
});
