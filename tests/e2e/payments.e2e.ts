// Payments in Debian's Chromium against the real platform (API + built web app) over the demo data, with a FAKE of
// the Stripe API (tests/support/fake-stripe-api.ts: the real one cannot be reached from here). The fake serves its
// own hosted checkout page and sends the signed webhook to the platform's real /webhooks/stripe over HTTP, so the
// server listens on a port chosen beforehand: Stripe's return addresses (PUBLIC_URL) must name it.
// A buyer reserves a fixed-price equipment offer with a deposit, pays on the fake checkout, comes back to the order
// page and sees the equipment held; the seller confirms from the organisation's orders; the buyer sees it confirmed.
// A second buyer's click on a held offer is refused with the reason. Without JavaScript the seller declines that
// deposit (the note is required) and the buyer reads the note. The seller features a listing, comes back before
// Stripe's (late) webhook and watches the page confirm it by itself; the listing shows on the home page. Without
// Stripe keys the equipment page says payments are off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createListing, createUser } from '../support/factories.ts';
import { FakeStripeApi } from '../support/fake-stripe-api.ts';
import { freePort, type TestServer } from '../support/server.ts';
import { countOf, leftSignIn, openPage, routeOf, textOf, visible, type PageOptions } from '../support/browser.ts';
import { useBrowser, useServer } from '../support/e2e.ts';

const PASSWORD = 'demo-password-2023';
const SELLER = 'seller@demo.sangiaodich.vn';
const BUYER = 'buyer@demo.sangiaodich.vn';
const FLOW_TIMEOUT = 120_000;

const vnd = (amount: number, locale = 'vi-VN') => new Intl.NumberFormat(locale, { style: 'currency', currency: 'VND' }).format(amount);
const day = (date: Date, locale = 'vi-VN') => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Asia/Ho_Chi_Minh' }).format(date);

const browser = useBrowser();

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^(Mật khẩu|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(Đăng nhập|Sign in)$/ }).click();
  await page.waitForURL(leftSignIn);
}

/** The seller's organisation (the demo seller belongs to one). */
async function sellerOrganisationId(server: TestServer) {
  const seller = await server.db.prisma.user.findUniqueOrThrow({ where: { email: SELLER }, include: { memberships: true } });
  return seller.memberships[0]!.organisationId;
}

/** A published fixed-price equipment offer of the seller's organisation. */
function equipment(server: TestServer, organisationId: string, titleVi: string, priceMin: bigint) {
  return createListing(server.db.prisma, organisationId, {
    kind: 'EQUIPMENT_OFFER',
    titleVi,
    titleEn: null,
    priceType: 'FIXED',
    priceMin,
    details: { make: 'Sấy Việt', model: 'SV-500', condition: 'NEW', quantity: 1, knowHowIncluded: true },
  });
}

describe('payments through the fake Stripe checkout', () => {
  let fake: FakeStripeApi;
  let orgId: string;
  const server = useServer(async () => {
    fake = await FakeStripeApi.start();
    const port = await freePort();
    return { port, env: { ...fake.env(), PUBLIC_URL: `http://127.0.0.1:${port}` } };
  });
  const open = (options: PageOptions = {}) => openPage(browser, server.url, options);

  beforeAll(async () => {
    fake.webhookUrl = `${server.url}/webhooks/stripe`;
    orgId = await sellerOrganisationId(server);
  });

  afterAll(async () => {
    await fake?.close();
  });

  /** The buyer presses the reserve button, pays on the fake checkout and lands on the order page. */
  async function reserveAndPay(buyer: Page, slug: string, button: string): Promise<string> {
    await buyer.goto(`/listings/${slug}`);
    await buyer.getByRole('button', { name: button }).click();
    await buyer.waitForURL((url) => url.href.startsWith(`${fake.url}/fake-checkout/`));
    await buyer.getByRole('button', { name: 'Pay' }).click();
    await buyer.waitForURL((url) => routeOf(url).startsWith('/payments/') && url.searchParams.get('status') === 'success');
    return routeOf(new URL(buyer.url())).split('/').pop()!;
  }

  it(
    'holds an equipment offer for a buyer who paid the deposit, and tells the buyer when the seller confirms',
    async () => {
      const title = 'Máy sấy thanh long 500 kg/mẻ Sấy Việt';
      const listing = await equipment(server, orgId, title, 450_000_000n);
      // The buyer browses in English, the seller in Vietnamese.
      const button = `Reserve with a deposit of ${vnd(45_000_000, 'en-US')} (10% of the price) for 14 days`;

      // A visitor is asked to sign in; the seller's own members see no deposit box at all.
      const visitor = await open();
      await visitor.goto(`/listings/${listing.slug}`);
      const signInLink = visitor.getByTestId('deposit-box').getByRole('link', { name: 'Đăng nhập để đặt cọc' });
      await visible(signInLink);
      expect(await signInLink.getAttribute('href')).toBe(`/sign-in?redirectTo=${encodeURIComponent(`/listings/${listing.slug}`)}`);
      const seller = await open();
      await signIn(seller, SELLER);
      await seller.goto(`/listings/${listing.slug}`);
      await visible(seller.getByRole('heading', { name: title }));
      await countOf(seller.getByTestId('deposit-box')).toBe(0);

      const buyer = await open({ lang: 'en' });
      await signIn(buyer, BUYER);
      const orderId = await reserveAndPay(buyer, listing.slug, button);
      const order = await server.db.prisma.order.findUniqueOrThrow({ where: { id: orderId } });
      expect(order).toMatchObject({ kind: 'EQUIPMENT_DEPOSIT', status: 'PAID', amountVnd: 45_000_000n, listingId: listing.id });
      const heldUntil = day(order.endsAt!, 'en-US');
      await textOf(buyer.getByTestId('order-state').locator('p').first()).toBe(
        `Your deposit is paid. The equipment is held for you until ${heldUntil}; the seller confirms or declines before then, otherwise the deposit is refunded by itself.`,
      );
      await textOf(buyer.getByTestId('order-status')).toBe('Paid');
      await textOf(buyer.getByTestId('order-amount')).toBe(vnd(45_000_000, 'en-US'));
      await textOf(buyer.getByTestId('payment-history').locator('tbody tr td').nth(3)).toBe('Succeeded');

      // The listing now says it is held, for this buyer, and offers no second deposit.
      await buyer.goto(`/listings/${listing.slug}`);
      await textOf(buyer.getByTestId('reserved')).toBe(`This equipment is held for you until ${heldUntil}.`);
      await countOf(buyer.getByRole('button', { name: button })).toBe(0);

      // The seller finds it among the organisation's orders and confirms it.
      const buyerName = (await server.db.prisma.user.findUniqueOrThrow({ where: { email: BUYER } })).displayName;
      await seller.goto(`/workspace/organisations/${orgId}`);
      await seller.getByRole('link', { name: 'Đơn thanh toán và đặt cọc', exact: true }).click();
      await seller.waitForURL((url) => routeOf(url) === `/workspace/organisations/${orgId}/orders`);
      const row = seller.locator(`[data-testid="order"][data-order-id="${orderId}"]`);
      await textOf(row.getByTestId('order-status')).toBe('Đã thanh toán');
      await visible(row.getByText(`Người trả: ${buyerName}`));
      await row.getByRole('button', { name: 'Xác nhận đặt cọc' }).click();
      await textOf(seller.getByTestId('flash')).toBe('Đã xác nhận đặt cọc. Giao dịch đã được ghi nhận.');
      await textOf(row.getByTestId('order-status')).toBe('Bên bán đã xác nhận');
      await countOf(row.getByRole('button', { name: 'Xác nhận đặt cọc' })).toBe(0);
      expect(await server.db.prisma.deal.count({ where: { orderId } })).toBe(1);

      // The buyer's order page and list say so.
      await buyer.goto(`/payments/${orderId}`);
      await textOf(buyer.getByTestId('order-status')).toBe('Confirmed by the seller');
      await textOf(buyer.getByTestId('order-state').locator('p').first()).toMatch(/^The seller confirmed the reservation on .+\. The deal is recorded/);
      await buyer.goto('/account');
      await buyer.getByRole('link', { name: 'See my payments →' }).click();
      await buyer.waitForURL((url) => routeOf(url) === '/payments');
      await textOf(buyer.locator(`[data-order-id="${orderId}"]`).getByTestId('order-status')).toBe('Confirmed by the seller');

      // Nobody else learns the order exists: visitors are asked to sign in, other people get "not found".
      const stranger = await open();
      await stranger.goto(`/payments/${orderId}`);
      expect(routeOf(new URL(stranger.url()))).toBe('/sign-in');
      const other = await createUser(server.db.prisma, { password: 'another long password' });
      await signIn(stranger, other.email, 'another long password');
      expect((await stranger.goto(`/payments/${orderId}`))?.status()).toBe(404);
      expect((await stranger.goto(`/workspace/organisations/${orgId}/orders`))?.status()).toBe(404);
    },
    FLOW_TIMEOUT,
  );

  it(
    'refuses a second buyer on a held offer, and lets the seller decline without JavaScript, asking for the note the buyer reads',
    async () => {
      const listing = await equipment(server, orgId, 'Máy ép viên nén mùn cưa 300 kg/giờ', 120_000_000n);
      // Another buyer has the page open while the first one pays.
      const rival = await open();
      const rivalUser = await createUser(server.db.prisma, { password: 'another long password' });
      await signIn(rival, rivalUser.email, 'another long password');
      await rival.goto(`/listings/${listing.slug}`);
      const rivalButton = rival.getByRole('button', { name: `Đặt cọc ${vnd(12_000_000)} (10% giá bán) để giữ 14 ngày` });
      await visible(rivalButton);

      const buyer = await open({ lang: 'en' });
      await signIn(buyer, BUYER);
      const orderId = await reserveAndPay(buyer, listing.slug, `Reserve with a deposit of ${vnd(12_000_000, 'en-US')} (10% of the price) for 14 days`);

      // The rival's click is refused with the API's reason, and no checkout opens.
      await rivalButton.click();
      await textOf(rival.getByTestId('deposit-box').getByRole('alert')).toBe(
        'Thiết bị này đang được giữ cho người mua khác (hoặc có người đang thanh toán đặt cọc). Vui lòng thử lại sau.',
      );
      expect(routeOf(new URL(rival.url()))).toBe(`/listings/${listing.slug}`);
      expect(await server.db.prisma.order.count({ where: { listingId: listing.id } })).toBe(1);

      const seller = await open({ javaScriptEnabled: false });
      await signIn(seller, SELLER);
      await seller.goto(`/payments/${orderId}`);
      const decide = seller.getByTestId('decide');
      await textOf(seller.getByTestId('order-state').locator('p').first()).toMatch(/ đã đặt cọc\. Thiết bị được giữ cho người mua đến /);
      await decide.getByRole('button', { name: 'Từ chối và hoàn tiền cọc' }).click();
      await seller.waitForLoadState();
      await textOf(seller.locator('[data-field-error="note"]')).toBe('Vui lòng nhập thông tin này.');
      expect(await seller.getByLabel('Lý do từ chối (gửi cho người mua)').getAttribute('aria-invalid')).toBe('true');
      expect((await server.db.prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('PAID');

      const note = 'Máy đã được bán cho hợp tác xã Thạnh Hóa trước khi nhận cọc.';
      await seller.getByLabel('Lý do từ chối (gửi cho người mua)').fill(note);
      await seller.getByTestId('decide').getByRole('button', { name: 'Từ chối và hoàn tiền cọc' }).click();
      await textOf(seller.getByTestId('flash')).toBe('Đã từ chối đặt cọc. Tiền cọc đang được hoàn lại cho người mua.');
      await countOf(seller.getByTestId('decide')).toBe(0);

      await fake.settled();
      await buyer.goto(`/payments/${orderId}`);
      await textOf(buyer.getByTestId('decline-note')).toBe(note);
      await textOf(buyer.getByTestId('order-state').locator('p').first()).toMatch(/^The seller declined the reservation\. The deposit (refund is on its way|was refunded on )/);
      await countOf(buyer.getByTestId('payment-history').getByText('Refund', { exact: true })).toBe(1);
      // The equipment is free again for other buyers.
      await buyer.goto(`/listings/${listing.slug}`);
      await countOf(buyer.getByTestId('reserved')).toBe(0);
    },
    FLOW_TIMEOUT,
  );

  it(
    'features a listing the seller paid for on the home page',
    async () => {
      const title = 'Quy trình nhân giống chuối cấy mô Bến Lức';
      const listing = await createListing(server.db.prisma, orgId, { titleVi: title, titleEn: null });
      const visitor = await open();
      const visitorFeatured = (page: Page) => page.getByTestId('featured-listings');
      await visitor.goto('/');
      await countOf(visitorFeatured(visitor)).toBe(0);

      const seller = await open();
      await signIn(seller, SELLER);
      await seller.goto(`/workspace/listings/${listing.id}`);
      await seller.getByTestId('feature-box').getByRole('button', { name: `Đưa tin lên mục nổi bật 30 ngày — ${vnd(500_000)}` }).click();
      await seller.waitForURL((url) => url.href.startsWith(`${fake.url}/fake-checkout/`));
      // Stripe's webhook is late this time: the seller is back before the platform knows the payment.
      const webhookUrl = fake.webhookUrl;
      fake.webhookUrl = undefined;
      await seller.getByRole('button', { name: 'Pay' }).click();
      await seller.waitForURL((url) => routeOf(url).startsWith('/payments/'));
      const state = seller.getByTestId('order-state').locator('p').first();
      await textOf(state).toMatch(/^Chúng tôi đang xác nhận khoản thanh toán của bạn với cổng thanh toán\./);
      await visible(seller.getByRole('link', { name: 'Tải lại trang' }));
      await countOf(visitorFeatured(visitor)).toBe(0);
      // Stripe delivers it again; the page reloads by itself and says the listing is featured.
      fake.webhookUrl = webhookUrl;
      expect(await fake.send(fake.sentEvents.at(-1)!.event)).toBe(200);
      await textOf(state).toMatch(/^Đã thanh toán\. Tin đăng được giới thiệu ở mục Nổi bật trên trang chủ đến /);

      await visitor.goto('/');
      const featured = visitor.getByTestId('featured-listings');
      await visible(featured.getByRole('heading', { name: 'Tin nổi bật' }));
      await visible(featured.getByRole('link', { name: title }));

      await seller.goto(`/workspace/listings/${listing.id}`);
      await textOf(seller.getByTestId('featured-until')).toMatch(/^Tin đang nổi bật đến /);
      await visible(seller.getByRole('button', { name: `Gia hạn nổi bật thêm 30 ngày — ${vnd(500_000)}` }));
    },
    FLOW_TIMEOUT,
  );
});

describe('payments on an exchange without Stripe keys', () => {
  const server = useServer({ env: { STRIPE_SECRET_KEY: undefined, STRIPE_WEBHOOK_SECRET: undefined, STRIPE_API_URL: undefined } });

  it(
    'leaves the deposit box out of an equipment offer without a word on the configuration, in both languages',
    async () => {
      const listing = await equipment(server, await sellerOrganisationId(server), 'Máy đóng gói chân không 2 buồng', 90_000_000n);
      const visitor = await openPage(browser, server.url);
      await visitor.goto(`/listings/${listing.slug}`);
      // Operator settings are not the visitor's business: the seller is reached through the inquiry box instead.
      await visible(visitor.getByTestId('inquiry-box'));
      await countOf(visitor.getByTestId('deposit-box')).toBe(0);
      expect(await visitor.locator('main').textContent()).not.toContain('chưa được cấu hình');

      const english = await openPage(browser, server.url, { lang: 'en' });
      await english.goto(`/listings/${listing.slug}`);
      await visible(english.getByTestId('inquiry-box'));
      await countOf(english.getByTestId('deposit-box')).toBe(0);
      expect(await english.locator('main').textContent()).not.toContain('not configured');
    },
    FLOW_TIMEOUT,
  );
});
