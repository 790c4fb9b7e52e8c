// English versions of a listing's texts, end to end in Debian's Chromium against the real platform over a fresh
// database with the demo data: the demo seller opens the folded "English version" part of a published equipment
// offer's form (without JavaScript: it is a <details>), writes the installation in English and sends the edit; the
// moderator sees that change and the English versions beside the Vietnamese; once approved, a visitor reading in
// English gets the English installation text, and the warranty, still untranslated, in Vietnamese, tagged
// lang="vi" and marked as having no English version yet.
import { describe, expect, it } from 'vitest';
import { type Page } from 'playwright-core';
import { countOf, textOf, visible } from '../support/browser.ts';
import { useE2E } from '../support/e2e.ts';

const PASSWORD = 'demo-password-2023';
const TITLE = 'Băng tải di động nạp liệu lên xe tải, ghe dài 12 m';
const INSTALLATION_EN = 'Delivered to the buyer’s warehouse, test-run and operator training in one day.';

const { server, openPage } = useE2E();

async function signIn(page: Page, email: string, redirectTo: string): Promise<void> {
  await page.goto(`/sign-in?redirectTo=${encodeURIComponent(redirectTo)}`);
  await page.getByLabel('Email').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('main').getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname === redirectTo);
}

describe('English versions of a listing’s texts', () => {
  it('are written by the seller, reviewed by the department and read in English, the Vietnamese marked where none exists', { timeout: 120_000 }, async () => {
    const listing = await server.db.prisma.listing.findFirstOrThrow({ where: { titleVi: TITLE } });
    const form = `/workspace/listings/${listing.id}/edit/terms`;

    // The seller, without JavaScript: the English part is folded away until opened.
    const seller = await openPage({ javaScriptEnabled: false });
    await signIn(seller, 'seller@demo.sangiaodich.vn', form);
    const english = seller.getByTestId('english-version');
    const installationEn = seller.getByLabel('Lắp đặt và đào tạo vận hành (tiếng Anh)');
    expect(await english.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    expect(await installationEn.isVisible()).toBe(false);
    await english.getByText('Bản tiếng Anh (không bắt buộc)').click();
    await visible(installationEn);
    expect(await installationEn.getAttribute('lang')).toBe('en');
    await installationEn.fill(INSTALLATION_EN);
    await seller.screenshot({ path: '/tmp/listing-english-e2e-form.png', fullPage: true });
    await seller.getByRole('button', { name: 'Lưu và gửi Sở duyệt' }).click();
    await seller.waitForURL((url) => url.pathname === `/workspace/listings/${listing.id}` && url.searchParams.get('done') === 'submittedRevision');

    // The moderator sees the English installation as a change of its own, and each text's English version (or
    // that there is none) under the Vietnamese.
    const moderator = await openPage();
    await signIn(moderator, 'moderator@demo.sangiaodich.vn', `/moderation/listings/${listing.id}`);
    const change = moderator.getByTestId('revision-changes').locator('tbody tr');
    await countOf(change).toBe(1);
    await textOf(change.locator('th, td').first()).toBe('Lắp đặt (tiếng Anh)');
    await visible(change.getByText(INSTALLATION_EN));
    await visible(moderator.getByTestId('english-version').filter({ hasText: 'chưa có' }).first());
    await moderator.screenshot({ path: '/tmp/listing-english-e2e-review.png', fullPage: true });
    await moderator.getByRole('radio', { name: 'Duyệt và công bố' }).check();
    await moderator.getByRole('button', { name: 'Gửi quyết định' }).click();
    await moderator.waitForURL((url) => url.pathname === '/moderation' && url.searchParams.get('done') === 'APPROVE');

    // A visitor reading in English.
    const visitor = await openPage({ lang: 'en' });
    await visitor.goto(`/listings/${listing.slug}`);
    const details = visitor.locator('section[aria-labelledby="equipment-details"]');
    await visible(details.getByText(INSTALLATION_EN));
    expect(await details.getByText(INSTALLATION_EN).getAttribute('lang')).toBeNull();
    const warranty = details.getByText('12 tháng.', { exact: true });
    expect(await warranty.getAttribute('lang')).toBe('vi');
    // Untranslated here: the warranty, the specifications and the keywords; each says so.
    const marks = visitor.getByTestId('no-english');
    await countOf(marks).toBe(3);
    await textOf(marks.first()).toBe('Vietnamese — no English translation yet');
    expect(await visitor.locator('ul.tags').getAttribute('lang')).toBe('vi');
    await visitor.screenshot({ path: '/tmp/listing-english-e2e.png', fullPage: true });

    // In Vietnamese, the Vietnamese texts as ever, with no mark.
    const vietnamese = await openPage();
    await vietnamese.goto(`/listings/${listing.slug}`);
    await visible(vietnamese.getByText('Giao tại kho bên mua, chạy thử và hướng dẫn vận hành trong 1 ngày.'));
    await countOf(vietnamese.getByTestId('no-english')).toBe(0);

    // A listing the demo data translated in full shows no mark in English.
    const translated = await server.db.prisma.listing.findFirstOrThrow({ where: { titleEn: 'B800 troughed belt conveyor line, 50 m, for sand and aggregate' } });
    await visitor.goto(`/listings/${translated.slug}`);
    await visible(visitor.getByText('Installed on site in 10–15 days, support footings included.'));
    await visible(visitor.getByRole('rowheader', { name: 'Belt width' }));
    await countOf(visitor.getByTestId('no-english')).toBe(0);
  });
});
