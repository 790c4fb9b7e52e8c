// Rough edges of the walk-through (issue 11), in Debian's Chromium against the whole platform over the demo data:
// - editing a published listing is one step ("save and submit for review"), and what a save answered is said where
//   the eye is (in the viewport, focused), including "saved but not sent yet";
// - the moderator's audit trail reads as sentences in Vietnamese and English: no raw action keys, enum codes or
//   JSON, field comments as a list, content edits as a word-level diff (<del>/<ins>);
// - Markdown is rendered on the seller's review step and the moderator's view, and the review step shows photos;
// - opening an inquiry thread marks its notification read and the bell count drops, without JavaScript too.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { leftSignIn, routeOf, textOf, visible } from '../support/browser.ts';
import { useE2E } from '../support/e2e.ts';

const PASSWORD = 'demo-password-2023';
const SELLER = 'seller@demo.sangiaodich.vn';
const MODERATOR = 'moderator@demo.sangiaodich.vn';
const FLOW_TIMEOUT = 150_000;
// A 1×1 PNG: the photo the seller adds.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a0a90000000049454e44ae426082',
  'hex',
);
const DESCRIPTION = 'Dây chuyền gồm **buồng sấy 500 kg/mẻ**, bơm nhiệt và bộ điều khiển độ ẩm.';
const NEW_DESCRIPTION = 'Dây chuyền gồm **buồng sấy 800 kg/mẻ**, bơm nhiệt và bộ điều khiển độ ẩm từ xa.';
const FIELD_COMMENT = 'Cần biên bản nghiệm thu của buồng sấy 800 kg/mẻ.';
/** What no reader should meet in the trail: stored keys, codes and JSON. */
const RAW = ['listing.', 'organisation.', 'CHANGES_REQUESTED', 'REQUEST_CHANGES', 'PENDING_REVIEW', 'INCOMPLETE', 'TRL_EVIDENCE', 'fieldComments', 'revisionId', 'dossierVi', '{"', '"}'];

const { server, openPage } = useE2E();
let listing: { id: string; slug: string };

beforeAll(async () => {
  const prisma = server.db.prisma;
  // A complete published offer of the seller's organisation, with no edit under way, whose description uses Markdown.
  const published = await prisma.listing.findFirstOrThrow({
    where: {
      kind: 'TECHNOLOGY_OFFER',
      status: 'PUBLISHED',
      organisation: { memberships: { some: { user: { email: SELLER } } } },
      NOT: { id: { in: (await prisma.revision.findMany({ select: { entityId: true } })).map((r) => r.entityId) } },
    },
    orderBy: { createdAt: 'asc' },
    select: { id: true, slug: true },
  });
  await prisma.listing.update({ where: { id: published.id }, data: { descriptionVi: DESCRIPTION } });
  listing = published;
});

async function signIn(page: Page, email: string, labels = { password: 'Mật khẩu', submit: 'Đăng nhập' }) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(labels.password).fill(PASSWORD);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
  await page.waitForURL(leftSignIn);
}

/** The element is on screen (inside the viewport) and holds the keyboard focus, so it is seen and read out. */
async function inViewAndFocused(locator: Locator) {
  await expect
    .poll(() =>
      locator.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return { inView: box.top >= 0 && box.bottom <= window.innerHeight, focused: document.activeElement === el };
      }),
    )
    .toEqual({ inView: true, focused: true });
}

async function trailText(page: Page): Promise<string> {
  return (await page.getByTestId('audit-trail').innerText()).replace(/\s+/g, ' ');
}

describe('editing a published listing', () => {
  it(
    'saves an edit with the message in view, sends it with one press, and the department reads a readable trail',
    async () => {
      const prisma = server.db.prisma;
      const seller = await openPage();
      await signIn(seller, SELLER);

      // The form says what its buttons do; "save without submitting" keeps the edit and says it is not sent yet.
      await seller.goto(`/workspace/listings/${listing.id}/edit/basics`);
      await visible(seller.getByText('Sửa xong, bấm “Lưu và gửi Sở duyệt”', { exact: false }));
      const summary = seller.locator('form [name="summaryVi"]');
      const oldSummary = await summary.inputValue();
      await summary.fill(`${oldSummary} Đã chạy thử tại Châu Thành.`);
      await seller.getByRole('button', { name: 'Lưu, chưa gửi duyệt' }).click();
      const saved = seller.getByTestId('saved');
      await textOf(saved.locator('p')).toBe(
        'Đã lưu bản chỉnh sửa nhưng chưa gửi Sở. Tin đang công bố vẫn hiển thị bản cũ; Sở chỉ xem xét bản chỉnh sửa sau khi bạn gửi duyệt.',
      );
      await inViewAndFocused(saved);
      await visible(saved.getByRole('button', { name: 'Gửi bản chỉnh sửa để Sở duyệt' }));
      expect((await prisma.revision.findFirstOrThrow({ where: { entityId: listing.id } })).status).toBe('DRAFT');

      // A photo, then the description, and "save and submit" sends the whole edit at once.
      await seller.goto(`/workspace/listings/${listing.id}/edit/description`);
      await seller.getByLabel('Tệp ảnh').setInputFiles({ name: 'lo-say.png', mimeType: 'image/png', buffer: PNG });
      await seller.getByLabel('Mô tả ảnh').fill('Lò sấy đang vận hành');
      await seller.getByRole('button', { name: 'Thêm ảnh' }).click();
      await visible(seller.getByRole('img', { name: 'Lò sấy đang vận hành' }));
      await seller.locator('form [name="descriptionVi"]').fill(NEW_DESCRIPTION);
      await seller.getByRole('button', { name: 'Lưu và gửi Sở duyệt' }).click();
      await seller.waitForURL(`**/workspace/listings/${listing.id}?done=submittedRevision`);
      const flash = seller.getByTestId('flash');
      await textOf(flash).toBe(
        'Đã gửi bản chỉnh sửa để Sở duyệt. Tin đang công bố vẫn hiển thị bản cũ cho đến khi Sở duyệt; Sở sẽ báo kết quả qua thông báo.',
      );
      await inViewAndFocused(flash);
      expect((await prisma.revision.findFirstOrThrow({ where: { entityId: listing.id } })).status).toBe('PENDING_REVIEW');

      // The moderator reads the published description rendered, and asks for changes with a reason and a field comment.
      const moderator = await openPage();
      await signIn(moderator, MODERATOR);
      await moderator.goto(`/moderation/listings/${listing.id}`);
      await textOf(moderator.locator('.markdown[lang="vi"] strong')).toBe('buồng sấy 500 kg/mẻ');
      expect(await moderator.locator('section[aria-labelledby="content-title"]').innerText()).not.toContain('**');
      await moderator.getByRole('radio', { name: 'Yêu cầu chỉnh sửa' }).check();
      await moderator.locator('#review-reason').selectOption('INCOMPLETE');
      await moderator.getByText('Nhận xét theo từng trường').click();
      await moderator.getByLabel('Minh chứng TRL', { exact: true }).fill(FIELD_COMMENT);
      await moderator.locator('#review-comment').fill('Bổ sung minh chứng cho công suất mới.');
      await moderator.getByRole('button', { name: 'Gửi quyết định' }).click();
      await moderator.waitForURL((url) => routeOf(url) === '/moderation');

      // Events the trail must also read well: a verified claim, and an action this web does not know yet.
      const moderatorId = (await prisma.user.findUniqueOrThrow({ where: { email: MODERATOR } })).id;
      await prisma.auditEvent.createMany({
        data: [
          { actorId: moderatorId, action: 'listing.verifyClaim', entityType: 'listing', entityId: listing.id, data: { claim: 'TRL_EVIDENCE', note: 'Đã đối chiếu biên bản' } },
          { actorId: null, action: 'listing.fastTrack', entityType: 'listing', entityId: listing.id, data: { newOwnerId: moderatorId, reason: 'OTHER' } },
        ],
      });

      await moderator.goto(`/moderation/listings/${listing.id}`);
      const vi = await trailText(moderator);
      for (const raw of RAW) expect(vi, raw).not.toContain(raw);
      for (const sentence of [
        'đã lưu một bản chỉnh sửa của nội dung đang công bố.',
        'đã thêm một ảnh.',
        'đã gửi bản chỉnh sửa để kiểm duyệt.',
        'đã yêu cầu sửa bản chỉnh sửa.',
        'Lý do: Thông tin chưa đầy đủ',
        'Nhận xét: Bổ sung minh chứng cho công suất mới.',
        `Minh chứng TRL: ${FIELD_COMMENT}`,
        'đã xác minh một thông tin.', 'Thông tin: Minh chứng mức độ sẵn sàng công nghệ (TRL)',
        'Hệ thống đã thực hiện thao tác “fast track”.',
      ]) {
        expect(vi).toContain(sentence);
      }
      // The description's edit as a word-level diff: the old words struck through, the new ones marked, as text.
      const edit = moderator.getByTestId('audit-changes').filter({ hasText: 'Mô tả' }).first();
      await edit.locator('summary').click();
      await textOf(edit.locator('del').first()).toBe('500');
      expect(await edit.locator('ins').allInnerTexts()).toEqual(['800', ' từ xa']);
      expect(await edit.locator('dd strong').count()).toBe(0);
      await moderator.screenshot({ path: '/tmp/rough-edges-audit-vi.png', fullPage: true });

      // The same trail in English.
      const moderatorEn = await openPage({ lang: 'en', locale: 'en-US' });
      await signIn(moderatorEn, MODERATOR, { password: 'Password', submit: 'Sign in' });
      await moderatorEn.goto(`/moderation/listings/${listing.id}`);
      const en = await trailText(moderatorEn);
      for (const raw of RAW) expect(en, raw).not.toContain(raw);
      for (const sentence of [
        'saved an edit of the published content.',
        'submitted the edit for review.',
        'asked for changes to the edit.',
        'Reason: Information is incomplete',
        `TRL evidence: ${FIELD_COMMENT}`,
        'System did “fast track”.',
      ]) {
        expect(en).toContain(sentence);
      }

      // The seller's review step shows the description as the public page does, and the photos.
      await seller.goto(`/workspace/listings/${listing.id}/edit/review`);
      await textOf(seller.locator('.markdown[lang="vi"] strong')).toBe('buồng sấy 500 kg/mẻ');
      expect(await seller.locator('.editor__form').innerText()).not.toContain('**');
      await visible(seller.getByTestId('review-photos').getByRole('img', { name: 'Lò sấy đang vận hành' }));
      await seller.screenshot({ path: '/tmp/rough-edges-review-step.png', fullPage: true });
      for (const page of [seller, moderator, moderatorEn]) await page.context().close();
    },
    FLOW_TIMEOUT,
  );

  it('says so when "save and submit" has nothing to send', async () => {
    const other = await server.db.prisma.listing.findFirstOrThrow({
      where: {
        status: 'PUBLISHED',
        id: { not: listing.id },
        organisation: { memberships: { some: { user: { email: SELLER } } } },
        NOT: { id: { in: (await server.db.prisma.revision.findMany({ select: { entityId: true } })).map((r) => r.entityId) } },
      },
      select: { id: true },
    });
    const seller = await openPage();
    await signIn(seller, SELLER);
    await seller.goto(`/workspace/listings/${other.id}/edit/basics`);
    await seller.getByRole('button', { name: 'Lưu và gửi Sở duyệt' }).click();
    const summary = seller.getByTestId('error-summary');
    await textOf(summary.locator('p').first()).toBe('Chưa có thay đổi nào để gửi duyệt: tin đang công bố vẫn giữ nguyên.');
    await inViewAndFocused(summary);
    expect(await server.db.prisma.revision.count({ where: { entityId: other.id } })).toBe(0);
    await seller.context().close();
  });
});

describe('opening an inquiry thread', () => {
  async function inquiryWithNotification() {
    const prisma = server.db.prisma;
    const seller = await prisma.user.findUniqueOrThrow({ where: { email: SELLER }, include: { memberships: true } });
    const inquiry = await prisma.inquiry.findFirstOrThrow({
      where: { ownerOrganisationId: { in: seller.memberships.map((m) => m.organisationId) } },
      orderBy: { updatedAt: 'desc' },
      include: { listing: { select: { titleVi: true } } },
    });
    const link = `/inquiries/${inquiry.id}`;
    await prisma.notification.updateMany({ where: { userId: seller.id, link }, data: { readAt: new Date() } });
    const notification = await prisma.notification.create({
      data: { userId: seller.id, type: 'inquiry.new', data: { listingTitle: inquiry.listing.titleVi, fromName: 'Phạm Quốc Bảo' }, link },
    });
    return { link, notificationId: notification.id, userId: seller.id, organisationId: inquiry.ownerOrganisationId };
  }

  const unreadOf = (userId: string) => server.db.prisma.notification.count({ where: { userId, readAt: null } });
  const bell = (page: Page) => page.getByTestId('unread-count');

  it('marks its notification read and the bell count drops, without JavaScript', async () => {
    const { link, notificationId, userId } = await inquiryWithNotification();
    const page = await openPage({ javaScriptEnabled: false });
    await signIn(page, SELLER);
    await page.goto('/workspace');
    const before = await unreadOf(userId);
    await textOf(bell(page)).toBe(String(before));

    await page.goto(link);
    expect((await server.db.prisma.notification.findUniqueOrThrow({ where: { id: notificationId } })).readAt).not.toBeNull();
    if (before > 1) await textOf(bell(page)).toBe(String(before - 1));
    else expect(await bell(page).count()).toBe(0);
    await page.context().close();
  });

  it('keeps the lower count on the next pages when the thread is reached by a link', async () => {
    const { link, userId, organisationId } = await inquiryWithNotification();
    const page = await openPage();
    await signIn(page, SELLER);
    // The organisation's inbox, not the notification itself, leads to the thread.
    await page.goto(`/workspace/organisations/${organisationId}/inquiries`);
    const before = await unreadOf(userId);
    await page.locator(`a[href="${link}"]`).first().click();
    await page.waitForURL(`**${link}`);
    const after = before > 1 ? String(before - 1) : null;
    const count = () => bell(page).count().then(async (n) => (n ? (await bell(page).textContent())?.trim() : null));
    await expect.poll(count).toBe(after);
    // Client-side navigation elsewhere: the layout's count was refreshed too.
    await page.locator('header a[href="/"]').first().click();
    await page.waitForURL((url) => routeOf(url) === '/');
    await expect.poll(count).toBe(after);
    await page.context().close();
  });
});
