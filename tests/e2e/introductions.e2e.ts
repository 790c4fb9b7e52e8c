// A brokered introduction in Debian's Chromium against the real platform (API + built web app) over the demo data.
// The matcher has paired a cooperative's technology request with the demo seller's offer (a ListingMatch row); the
// moderator finds the pair on /moderation/matches, is refused a note that is too short (beside the note), and sends
// the introduction; the seller follows the notification to the introduction, sees the note and why the two fit, and
// answers; the answer opens a proposal thread, where the buyer reads it. The department's list shows the answer and
// its response time; a stranger cannot open the introduction.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { clickAndLoad, countOf, routeOf, signInDemo, textOf, visible } from '../support/browser.ts';
import { useE2E } from '../support/e2e.ts';
import type { MatchReason } from '../../server/modules/matching/match-reasons.ts';

const MODERATOR = 'moderator@demo.sangiaodich.vn';
const SELLER = 'seller@demo.sangiaodich.vn';
const BUYER = 'buyer@demo.sangiaodich.vn';
const REQUEST = 'Cần dây chuyền sấy lạnh thanh long cho hợp tác xã';
const OFFER = 'Hệ thống sấy bơm nhiệt cho nông sản';
const NOTE = 'Hợp tác xã cần sấy 2 tấn thanh long mỗi ngày; hệ thống sấy bơm nhiệt của công ty đã lắp cho 3 cơ sở tương tự.';
const ANSWER = 'Công ty có thể khảo sát kho của hợp tác xã trong tuần tới và gửi báo giá sơ bộ.';
const FLOW_TIMEOUT = 150_000;

const { server, openPage } = useE2E();
let declinable: string;

beforeAll(async () => {
  const { prisma } = server.db;
  const seller = await prisma.user.findUniqueOrThrow({ where: { email: SELLER }, include: { memberships: true } });
  const buyer = await prisma.user.findUniqueOrThrow({ where: { email: BUYER } });
  const cooperative = await createOrganisation(prisma, { nameVi: 'Hợp tác xã Thanh long Châu Thành' });
  await addMember(prisma, buyer.id, cooperative.id, 'OWNER');
  const request = await createListing(prisma, cooperative.id, { kind: 'TECHNOLOGY_REQUEST', titleVi: REQUEST, titleEn: 'Cold drying line for dragon fruit wanted' });
  const offer = await createListing(prisma, seller.memberships[0]!.organisationId, { titleVi: OFFER, titleEn: 'Heat-pump dryer for farm produce', trl: 8 });
  const reasons: MatchReason[] = [{ kind: 'trl', offerTrl: 8, minTrl: 6 }, { kind: 'keywords', shared: ['sấy', 'thanh long'] }];
  // The best score there is, so the pair heads the list.
  await prisma.listingMatch.create({ data: { requestId: request.id, offerId: offer.id, score: 0.99, reasons: reasons as object[], firstShownAt: new Date() } });
  await createUser(prisma, { email: 'nguoi-la@example.vn', password: 'demo-password-2023' });
  // A second introduction, for the buyer to decline.
  const other = await createListing(prisma, seller.memberships[0]!.organisationId, { titleVi: 'Máy rửa trái cây băng chuyền', titleEn: 'Conveyor fruit washer', kind: 'EQUIPMENT_OFFER' });
  const moderator = await prisma.user.findUniqueOrThrow({ where: { email: MODERATOR } });
  declinable = (await prisma.introduction.create({
    data: { requestId: request.id, offerId: other.id, note: 'Máy rửa có thể dùng trước khâu sấy.', brokeredById: moderator.id, openPair: `${request.id}:${other.id}` },
  })).id;
});

const fieldError = (page: Page, field: string) => textOf(page.locator(`[data-field-error="${field}"]`));

describe('a brokered introduction', () => {
  it(
    'goes from the department matches page to a proposal thread the buyer reads',
    async () => {
      const moderator = await openPage();
      await signInDemo(moderator, MODERATOR);
      await moderator.goto('/moderation');
      await clickAndLoad(moderator, moderator.getByRole('link', { name: 'Kết nối cung – cầu' }));
      const match = moderator.getByTestId('match').filter({ hasText: REQUEST });
      await visible(match.getByText('TRL 8 ≥ 6'));
      await visible(match.getByText('Đã hiển thị cho các bên', { exact: false }));
      await clickAndLoad(moderator, match.getByTestId('prefill'));
      const form = moderator.getByTestId('introduce-form');
      await form.getByLabel('Lời giới thiệu gửi cả hai bên').fill('Nên gặp');
      await form.getByRole('button', { name: 'Gửi lời giới thiệu' }).click();
      await fieldError(moderator, 'note').toMatch(/10 ký tự/);
      await form.getByLabel('Lời giới thiệu gửi cả hai bên').fill(NOTE);
      await form.getByRole('button', { name: 'Gửi lời giới thiệu' }).click();
      await textOf(moderator.getByRole('status').filter({ hasText: 'Đã gửi lời giới thiệu' })).toBe('Đã gửi lời giới thiệu cho cả hai bên.');
      // The pair left the list of matches to introduce and heads the introductions sent.
      await countOf(moderator.getByTestId('match').filter({ hasText: REQUEST })).toBe(0);
      const sent = moderator.getByTestId('introduction').filter({ hasText: REQUEST }).filter({ hasText: OFFER });
      await textOf(sent.getByTestId('introduction-status')).toBe('Chờ trả lời');

      // The seller follows the notification and answers.
      const seller = await openPage();
      await signInDemo(seller, SELLER);
      await seller.goto('/notifications');
      await seller.getByRole('button', { name: `Sở KH&CN giới thiệu: “${REQUEST}”` }).click();
      await seller.waitForURL((url) => routeOf(url).startsWith('/introductions/'));
      const introductionPath = routeOf(new URL(seller.url()));
      await textOf(seller.getByTestId('introduction-note')).toBe(NOTE);
      await visible(seller.getByText('2 từ khóa chung (sấy, thanh long)'));
      await seller.getByTestId('answer-form').getByLabel('Câu trả lời của bạn').fill(ANSWER);
      await seller.getByRole('button', { name: 'Gửi trả lời' }).click();
      await seller.waitForURL((url) => routeOf(url).startsWith('/inquiries/'));
      const threadPath = routeOf(new URL(seller.url()));

      // The buyer reads the answer in the thread, reached from the introduction.
      const buyer = await openPage({ lang: 'vi' });
      await signInDemo(buyer, BUYER);
      await buyer.goto(introductionPath);
      await textOf(buyer.getByTestId('introduction-status')).toBe('Đã trả lời');
      await clickAndLoad(buyer, buyer.getByTestId('thread-link'));
      expect(routeOf(new URL(buyer.url()))).toBe(threadPath);
      await visible(buyer.getByText(ANSWER));

      // The department sees the answer and how long it took; a stranger cannot open the introduction.
      await moderator.goto('/moderation/matches');
      await textOf(sent.getByTestId('introduction-status')).toBe('Đã trả lời');
      await visible(sent.getByText(/Trả lời sau [\d,]+ giờ/));
      const stranger = await openPage();
      await signInDemo(stranger, 'nguoi-la@example.vn');
      expect((await stranger.goto(introductionPath))?.status()).toBe(404);
    },
    FLOW_TIMEOUT,
  );

  it('can be declined politely in English without JavaScript, after an empty answer is refused beside its field', async () => {
    // Signed in on the Vietnamese page; the /en address then asks for English.
    const buyer = await openPage({ javaScriptEnabled: false });
    await signInDemo(buyer, BUYER);
    await buyer.goto(`/en/introductions/${declinable}`);
    await textOf(buyer.getByTestId('introduction-status')).toBe('Waiting for an answer');
    await clickAndLoad(buyer, buyer.getByRole('button', { name: 'Send the answer' }));
    await fieldError(buyer, 'body').toBe('Please fill in this field.');
    await buyer.getByLabel('A polite note to the other side (optional)').fill('We bought a washer last month, thank you.');
    await clickAndLoad(buyer, buyer.getByRole('button', { name: 'Decline the introduction' }));
    await textOf(buyer.getByRole('status')).toBe('You declined the introduction; the other side and the department were told.');
    await textOf(buyer.getByTestId('introduction-status')).toBe('Declined');
    await countOf(buyer.getByTestId('answer-form')).toBe(0);
    const seller = await server.db.prisma.user.findUniqueOrThrow({ where: { email: SELLER } });
    await countOf(buyer.getByText('Their note: We bought a washer last month, thank you.')).toBe(1);
    expect(await server.db.prisma.notification.count({ where: { userId: seller.id, type: 'introduction.declined' } })).toBe(1);
  });
});
