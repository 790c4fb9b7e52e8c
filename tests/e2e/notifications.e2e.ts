// The notification centre in Debian's Chromium against the real platform (API + built web app) over the demo data:
// a moderator asks for changes on the seller's listing through the review page, the seller's header bell shows one
// unread notification, the seller opens the centre, marks it read (the badge disappears) and follows it to the
// listing. Then without JavaScript and in English: mark all read, and turn an e-mail type off in the settings.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createListing } from '../support/factories.ts';
import { countOf, leftSignIn, routeOf, textOf, visible } from '../support/browser.ts';
import { useE2E } from '../support/e2e.ts';

const PASSWORD = 'demo-password-2023';
const SELLER = 'seller@demo.sangiaodich.vn';
const MODERATOR = 'moderator@demo.sangiaodich.vn';
const FLOW_TIMEOUT = 120_000;

const { server, openPage } = useE2E();
let sellerOrgId: string;

beforeAll(async () => {
  const seller = await server.db.prisma.user.findUniqueOrThrow({ where: { email: SELLER }, include: { memberships: true } });
  sellerOrgId = seller.memberships[0]!.organisationId;
  // The demo seeds the seller's history (decisions, inquiries), some of it unread; these tests count from zero.
  await server.db.prisma.notification.updateMany({ where: { userId: seller.id, readAt: null }, data: { readAt: new Date() } });
});

async function signIn(page: Page, email: string, labels = { password: 'Mật khẩu', submit: 'Đăng nhập' }) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(labels.password).fill(PASSWORD);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
  await page.waitForURL(leftSignIn);
}

/** A listing of the seller's organisation waiting for the department. */
function pendingListing(titleVi: string, titleEn: string) {
  return createListing(server.db.prisma, sellerOrgId, { status: 'PENDING_REVIEW', publishedAt: null, submittedAt: new Date(), titleVi, titleEn });
}

/** The moderator asks for changes through the review page. */
async function requestChanges(moderator: Page, listingId: string, comment: string) {
  await moderator.goto(`/moderation/listings/${listingId}`);
  await moderator.getByRole('radio', { name: 'Yêu cầu chỉnh sửa' }).check();
  await moderator.getByLabel('Nhận xét chung').fill(comment);
  await moderator.getByRole('button', { name: 'Gửi quyết định' }).click();
  await moderator.waitForURL((url) => routeOf(url) === '/moderation' && url.searchParams.get('done') === 'REQUEST_CHANGES');
}

describe('the notification centre', () => {
  it(
    'shows a moderator decision in the seller’s bell, lists it highlighted, marks it read and opens it',
    async () => {
      const title = 'Dây chuyền sơ chế khoai mỡ Bến Kè';
      const listing = await pendingListing(title, 'Ben Ke yam pre-processing line');

      const seller = await openPage();
      await signIn(seller, SELLER);
      await seller.goto('/');
      await visible(seller.getByTestId('notification-bell'));
      await countOf(seller.getByTestId('unread-count')).toBe(0);

      const moderator = await openPage();
      await signIn(moderator, MODERATOR);
      await requestChanges(moderator, listing.id, 'Bổ sung công suất sơ chế theo giờ.');

      await seller.reload();
      await textOf(seller.getByTestId('unread-count')).toBe('1');
      expect(await seller.getByTestId('notification-bell').getAttribute('aria-label')).toBe('Thông báo: 1 chưa đọc');

      await seller.getByTestId('notification-bell').click();
      await seller.waitForURL((url) => routeOf(url) === '/notifications');
      const item = seller.getByTestId('notification').filter({ hasText: `Tin đăng “${title}” cần chỉnh sửa` });
      await visible(item);
      expect(await item.getAttribute('class')).toContain('note--unread');
      await visible(item.getByText('Nhận xét của Sở: Bổ sung công suất sơ chế theo giờ.'));
      await textOf(seller.getByTestId('unread-summary')).toBe('1 thông báo chưa đọc');

      await item.getByRole('button', { name: 'Đánh dấu đã đọc' }).click();
      await countOf(seller.getByTestId('unread-count')).toBe(0);
      await expect.poll(() => item.getAttribute('class')).not.toContain('note--unread');
      await textOf(seller.getByTestId('unread-summary')).toBe('Bạn đã đọc hết thông báo.');
      expect(await seller.getByTestId('notification-bell').getAttribute('aria-label')).toBe('Thông báo');

      await item.getByRole('button', { name: `Tin đăng “${title}” cần chỉnh sửa` }).click();
      await seller.waitForURL((url) => routeOf(url) === `/workspace/listings/${listing.id}`);
      await seller.context().close();
      await moderator.context().close();
    },
    FLOW_TIMEOUT,
  );

  it(
    'works without JavaScript, in English: mark all read and choose the e-mails',
    async () => {
      const listing = await pendingListing('Máy bóc vỏ đậu phộng', 'Peanut sheller');
      const moderator = await openPage();
      await signIn(moderator, MODERATOR);
      await requestChanges(moderator, listing.id, 'Ghi rõ năng suất.');
      await moderator.context().close();

      const seller = await openPage({ javaScriptEnabled: false, lang: 'en' });
      await signIn(seller, SELLER, { password: 'Password', submit: 'Sign in' });
      await seller.goto('/notifications');
      await textOf(seller.getByTestId('unread-count')).toBe('1');
      await visible(seller.getByTestId('notification').filter({ hasText: 'Your listing “Peanut sheller” needs changes' }));
      await seller.getByRole('button', { name: 'Mark all as read' }).click();
      await visible(seller.getByText('All notifications are marked as read.'));
      await countOf(seller.getByTestId('unread-count')).toBe(0);
      await countOf(seller.locator('.note--unread')).toBe(0);

      await seller.getByRole('link', { name: 'Choose which e-mails you receive' }).click();
      await seller.waitForURL((url) => routeOf(url) === '/notifications/settings');
      const decisions = seller.getByLabel('Moderation decisions on my listings');
      expect(await decisions.isChecked()).toBe(true);
      await decisions.uncheck();
      await seller.getByRole('button', { name: 'Save my choice' }).click();
      await textOf(seller.getByTestId('flash')).toBe('Your e-mail choice is saved.');
      expect(await seller.getByLabel('Moderation decisions on my listings').isChecked()).toBe(false);
      expect(await seller.getByLabel('Listings about to expire').isChecked()).toBe(true);
      const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: SELLER } });
      expect(user.emailOptOut).toEqual(['listing.decision']);
      await seller.context().close();
    },
    FLOW_TIMEOUT,
  );
});
