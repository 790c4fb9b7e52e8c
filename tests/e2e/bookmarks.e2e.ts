// Bookmarks end to end in Debian's Chromium against the real platform over a fresh database with the demo data: a
// visitor on an equipment offer's page is asked to sign in and comes back to it, saves it ("Quan tâm"), finds it on
// the saved page; the seller changes its price (without JavaScript), the moderator approves the edit, and the buyer
// finds the notice, old price → new price, under the bell. The test platform runs no job runner, so the test runs
// the queued follower job itself, as a serving process's runner would within a moment.
import { describe, expect, it } from 'vitest';
import { clickAndLoad, countOf, DEMO_PASSWORD, signInDemo, textOf, visible } from '../support/browser.ts';
import { useE2E } from '../support/e2e.ts';
import { TASK } from '../../server/modules/jobs/tasks.ts';

const TITLE = 'Băng tải di động nạp liệu lên xe tải, ghe dài 12 m';

const { server, openPage } = useE2E();

describe('bookmarks', () => {
  it('a buyer saves an offer, finds it on the saved page and hears of its new price once the department approves it', { timeout: 120_000 }, async () => {
    const listing = await server.db.prisma.listing.findFirstOrThrow({ where: { titleVi: TITLE } });
    expect(listing.priceMin).toBe(285_000_000n);
    const path = `/listings/${listing.slug}`;

    // A visitor is asked to sign in, and comes back to the offer.
    const buyer = await openPage();
    await buyer.goto(path);
    await buyer.getByTestId('bookmark').getByRole('link', { name: 'Đăng nhập để quan tâm' }).click();
    await buyer.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('redirectTo') === path);
    await buyer.getByLabel('Email').fill('buyer@demo.sangiaodich.vn');
    await buyer.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await buyer.locator('main').getByRole('button', { name: 'Đăng nhập' }).click();
    await buyer.waitForURL((url) => url.pathname === path);

    await buyer.getByTestId('bookmark').getByRole('button', { name: 'Quan tâm' }).click();
    await textOf(buyer.getByTestId('bookmark-state')).toBe('★ Đã quan tâm');
    await buyer.getByTestId('bookmark').getByRole('link', { name: 'Xem danh sách quan tâm' }).click();
    await buyer.waitForURL((url) => url.pathname === '/account/saved');
    const saved = buyer.getByTestId('saved-item');
    await countOf(saved).toBe(1);
    await visible(saved.getByRole('link', { name: TITLE }));
    await buyer.getByTestId('saved-filters').getByRole('link', { name: 'Tổ chức' }).click();
    await buyer.waitForURL((url) => url.searchParams.get('kind') === 'organisations');
    await countOf(saved).toBe(0);
    await visible(buyer.getByText('Không có mục nào thuộc loại này.'));

    // The seller lowers the price, without JavaScript; the edit waits for the department.
    const seller = await openPage({ javaScriptEnabled: false });
    await signInDemo(seller, 'seller@demo.sangiaodich.vn');
    await seller.goto(`/workspace/listings/${listing.id}/edit/terms`);
    await seller.locator('input[name="price.min"]').fill('249000000');
    await seller.getByRole('button', { name: 'Lưu và gửi Sở duyệt' }).click();
    await seller.waitForURL((url) => url.pathname === `/workspace/listings/${listing.id}` && url.searchParams.get('done') === 'submittedRevision');

    const moderator = await openPage();
    await signInDemo(moderator, 'moderator@demo.sangiaodich.vn');
    await moderator.goto(`/moderation/listings/${listing.id}`);
    await moderator.getByRole('radio', { name: 'Duyệt và công bố' }).check();
    await moderator.getByRole('button', { name: 'Gửi quyết định' }).click();
    await moderator.waitForURL((url) => url.pathname === '/moderation' && url.searchParams.get('done') === 'APPROVE');

    expect(await server.app.jobs.runDue([TASK.bookmarkNews])).toBe(1);
    await buyer.goto('/notifications');
    const notice = buyer.getByTestId('notification').filter({ hasText: 'Tin bạn quan tâm đã đổi giá' });
    await countOf(notice).toBe(1);
    const open = notice.getByRole('button', { name: `Tin bạn quan tâm đã đổi giá: “${TITLE}”` });
    await visible(open);
    expect((await notice.locator('.note__body').textContent())!.replace(/\s+/g, ' ')).toBe('Giá: 285.000.000 ₫ → 249.000.000 ₫.');
    await open.click();
    await buyer.waitForURL((url) => url.pathname === path);
    await visible(buyer.getByText('249.000.000 ₫').first());
    await textOf(buyer.getByTestId('bookmark-state')).toBe('★ Đã quan tâm');

    // In English, the same page offers to remove it.
    await buyer.goto(`/en${path}`);
    await buyer.getByTestId('bookmark').getByRole('button', { name: 'Remove from saved' }).click();
    await visible(buyer.getByTestId('bookmark').getByRole('button', { name: 'Save', exact: true }));
    expect(await server.db.prisma.bookmark.count({ where: { listingId: listing.id } })).toBe(0);
  });

  it('work without JavaScript: an organisation saved from its page, removed from the English saved page', { timeout: 60_000 }, async () => {
    const org = await server.db.prisma.organisation.findFirstOrThrow({ where: { status: 'PUBLISHED', kind: 'ST_ORGANISATION' }, orderBy: { slug: 'asc' } });
    const path = `/organisations/${org.slug}`;
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(path);
    await clickAndLoad(page, page.getByTestId('bookmark').getByRole('link', { name: 'Đăng nhập để quan tâm' }));
    await page.getByLabel('Email').fill('buyer@demo.sangiaodich.vn');
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await clickAndLoad(page, page.locator('main').getByRole('button', { name: 'Đăng nhập' }));
    expect(new URL(page.url()).pathname).toBe(path);

    await clickAndLoad(page, page.getByTestId('bookmark').getByRole('button', { name: 'Quan tâm' }));
    await textOf(page.getByTestId('bookmark-state')).toBe('★ Đã quan tâm');
    expect(await server.db.prisma.bookmark.count({ where: { organisationId: org.id } })).toBe(1);

    await page.goto('/en/account/saved?kind=organisations');
    await textOf(page.getByRole('heading', { level: 1 })).toBe('Saved listings and organisations');
    const item = page.getByTestId('saved-item').filter({ hasText: org.nameEn ?? org.nameVi });
    await countOf(item).toBe(1);
    await clickAndLoad(page, item.getByRole('button', { name: 'Remove from saved' }));
    await textOf(page.locator('.alert[role="status"]')).toBe('Removed from your saved items.');
    await countOf(page.getByTestId('saved-item').filter({ hasText: org.nameEn ?? org.nameVi })).toBe(0);
    expect(new URL(page.url()).pathname).toBe('/en/account/saved');
  });
});
