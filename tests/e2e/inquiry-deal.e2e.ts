// Inquiries, the NDA and the deal in Debian's Chromium against the real platform (API + built web app) over the demo
// data. A buyer opens an inquiry on a published technology offer from its page; the seller finds it in the
// organisation's inbox and answers with a file, which the buyer downloads (and a stranger cannot); the buyer asks for
// the NDA and both sides accept it; the confidential dossier then shows on the listing page to that buyer only; the
// seller records the contract (state-funded, so it must be registered), both sides read the deal page, and the buyer
// answers the follow-up survey when it comes.
// The seller writes a listing's dossier in the workspace form. Then, in English and without JavaScript, the seller answers a second buyer with a file and declines with a reason:
// "other" without a note is refused beside the note, and the buyer reads the reason.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createListing, createUser } from '../support/factories.ts';
import { countOf, leftSignIn, routeOf, textOf, visible } from '../support/browser.ts';
import { useE2E } from '../support/e2e.ts';
import { systemContext } from '../../server/lib/request-context.ts';

const PASSWORD = 'demo-password-2023';
const SELLER = 'seller@demo.sangiaodich.vn';
const BUYER = { email: 'buyer@demo.sangiaodich.vn', name: 'Phạm Quốc Bảo' };
const SECOND_BUYER = { email: 'nguyen.thu@hoptac.vn', name: 'Nguyễn Thị Thu', password: 'mat-khau-hop-tac-xa' };
const FLOW_TIMEOUT = 150_000;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1');
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a0a90000000049454e44ae426082',
  'hex',
);
const SECRET = 'Nhiệt độ mạ kẽm nhúng nóng 455 °C, thời gian nhúng 90 giây';

const { server, openPage } = useE2E();
let organisationId: string;
let listingSlug: string;

beforeAll(async () => {
  const seller = await server.db.prisma.user.findUniqueOrThrow({ where: { email: SELLER }, include: { memberships: true } });
  organisationId = seller.memberships[0]!.organisationId;
  await createUser(server.db.prisma, { email: SECOND_BUYER.email, displayName: SECOND_BUYER.name, password: SECOND_BUYER.password, locale: 'en' });
  const listing = await createListing(server.db.prisma, organisationId, {
    titleVi: 'Khung giàn mạ kẽm lắp ghép cho nhà kho nông sản',
    titleEn: 'Bolted galvanised frame for farm-produce warehouses',
    details: {
      transferObjects: ['KNOW_HOW', 'PROCESS_DESIGN_SOFTWARE'],
      transferForms: ['STANDALONE_CONTRACT'],
      transferModes: ['DOCUMENTS', 'TRAINING'],
      rights: { kind: 'RIGHT_OF_USE', exclusive: false, territory: 'Tỉnh Tây Ninh', sublicensing: false },
    },
    dossierVi: `## Quy trình mạ\n\n${SECRET}.\n\n<script>alert('x')</script>`,
  });
  listingSlug = listing.slug;
});

async function signIn(page: Page, email: string, password = PASSWORD, labels = { password: 'Mật khẩu', submit: 'Đăng nhập' }) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(labels.password).fill(password);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
  await page.waitForURL(leftSignIn);
}

const status = (page: Page) => textOf(page.locator('header [data-testid="inquiry-status"]'));
const flash = (page: Page) => textOf(page.getByTestId('flash'));

/** The seller opens an inquiry from the organisation's inbox. */
async function openFromInbox(seller: Page, title: string, awaiting: string) {
  await seller.goto(`/workspace/organisations/${organisationId}/inquiries`);
  const row = seller.getByTestId('inquiry-row').filter({ hasText: title }).first();
  await textOf(row.getByTestId('awaiting')).toBe(awaiting);
  await row.getByRole('link', { name: title }).click();
  await seller.waitForURL((url) => routeOf(url).startsWith('/inquiries/'));
}

describe('an inquiry, its NDA and the deal', () => {
  it(
    'goes from the listing page to a recorded deal, with the dossier shown to the NDA party only',
    async () => {
      const title = 'Khung giàn mạ kẽm lắp ghép cho nhà kho nông sản';

      // A visitor is asked to sign in and comes back to the listing. (The demo buyer prefers English; the
      // language switch's cookie keeps this walk in Vietnamese.)
      const buyer = await openPage({ lang: 'vi' });
      await buyer.goto(`/listings/${listingSlug}`);
      await buyer.getByRole('link', { name: 'Đăng nhập để gửi yêu cầu' }).click();
      await buyer.getByLabel('Email').fill(BUYER.email);
      await buyer.getByLabel('Mật khẩu').fill(PASSWORD);
      await buyer.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
      await buyer.waitForURL((url) => routeOf(url) === `/listings/${listingSlug}`);
      await countOf(buyer.getByTestId('dossier')).toBe(0);

      const box = buyer.getByTestId('inquiry-box');
      await box.getByLabel('Tên tổ chức, doanh nghiệp của bạn').fill('Công ty TNHH Kho vận Bến Lức');
      await box.getByLabel('Nội dung', { exact: true }).fill('Chúng tôi cần khung giàn cho 2 nhà kho lúa 1.200 m² tại Bến Lức.');
      await box.getByLabel('Mục đích sử dụng').fill('Tự chế tạo khung giàn cho kho lúa của công ty.');
      await box.getByRole('button', { name: 'Gửi yêu cầu' }).click();
      await buyer.waitForURL((url) => routeOf(url).startsWith('/inquiries/'));
      const inquiryPath = routeOf(new URL(buyer.url()));
      await flash(buyer).toBe('Đã gửi. Bạn sẽ nhận thông báo khi bên kia trả lời.');
      await status(buyer).toBe('Mới gửi');

      // The listing now links to the inquiry instead of offering a second one.
      await buyer.goto(`/listings/${listingSlug}`);
      await textOf(buyer.getByTestId('my-inquiry')).toBe('Yêu cầu của bạn (Mới gửi)');
      await countOf(buyer.getByRole('button', { name: 'Gửi yêu cầu' })).toBe(0);

      // The seller answers from the inbox, with a file.
      const seller = await openPage();
      await signIn(seller, SELLER);
      await openFromInbox(seller, title, 'Chờ bạn trả lời');
      await visible(seller.getByText('Chúng tôi cần khung giàn cho 2 nhà kho lúa 1.200 m² tại Bến Lức.'));
      await seller.getByLabel('Tin nhắn', { exact: true }).fill('Gửi anh bảng giá sơ bộ.\nBản vẽ chi tiết gửi sau khi ký NDA.');
      await seller.getByLabel('Tệp đính kèm (không bắt buộc)').setInputFiles({ name: 'bang-gia-so-bo.pdf', mimeType: 'application/pdf', buffer: PDF });
      await seller.getByRole('button', { name: 'Gửi tin nhắn' }).click();
      await flash(seller).toBe('Đã gửi tin nhắn.');
      await status(seller).toBe('Đang trao đổi');
      await visible(seller.getByTestId('attachment').filter({ hasText: 'bang-gia-so-bo.pdf' }));

      // The buyer downloads it; a stranger cannot, nor read the thread.
      await buyer.goto(inquiryPath);
      await status(buyer).toBe('Đang trao đổi');
      const reply = buyer.getByTestId('message').filter({ hasText: 'Gửi anh bảng giá sơ bộ.' });
      await visible(reply.getByText('Bản vẽ chi tiết gửi sau khi ký NDA.'));
      const link = reply.getByTestId('attachment');
      await textOf(link).toBe(`bang-gia-so-bo.pdf (${PDF.length} byte)`);
      const [download] = await Promise.all([buyer.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe('bang-gia-so-bo.pdf');
      expect(await readFile((await download.path())!)).toEqual(PDF);
      const fileUrl = await link.getAttribute('href');

      const stranger = await openPage({ lang: 'vi' });
      await signIn(stranger, SECOND_BUYER.email, SECOND_BUYER.password);
      expect((await stranger.request.get(fileUrl!)).status()).toBe(404);
      expect((await stranger.goto(inquiryPath))?.status()).toBe(404);

      // The NDA: the buyer asks and accepts the version shown, then the seller accepts.
      await buyer.getByRole('button', { name: 'Đề nghị ký thỏa thuận bảo mật' }).click();
      await flash(buyer).toBe('Đã gửi đề nghị ký thỏa thuận bảo mật.');
      await status(buyer).toBe('Chờ ký thỏa thuận bảo mật');
      const nda = buyer.getByTestId('nda-panel');
      await visible(nda.getByText('Thỏa thuận bảo mật thông tin hai chiều'));
      await nda.getByRole('button', { name: 'Tôi đã đọc và chấp nhận thỏa thuận bảo mật phiên bản 1' }).click();
      await flash(buyer).toBe('Bạn đã chấp nhận thỏa thuận bảo mật.');
      const acceptances = buyer.getByTestId('nda-acceptances');
      await expect.poll(() => acceptances.textContent()).toContain(`Bên mua: ${BUYER.name} đã chấp nhận phiên bản 1 lúc`);
      expect(await acceptances.textContent()).toContain('Bên bán: chưa chấp nhận');
      await buyer.goto(`/listings/${listingSlug}`);
      await countOf(buyer.getByTestId('dossier')).toBe(0);

      await seller.goto(inquiryPath);
      await seller.getByRole('button', { name: 'Tôi đã đọc và chấp nhận thỏa thuận bảo mật phiên bản 1' }).click();
      await flash(seller).toBe('Bạn đã chấp nhận thỏa thuận bảo mật.');
      await status(seller).toBe('Đã ký thỏa thuận bảo mật');

      // The dossier shows to this buyer, inert, and not to another signed-in reader.
      await buyer.goto(`/listings/${listingSlug}`);
      const dossier = buyer.getByTestId('dossier');
      await visible(dossier.getByText('Bảo mật — hiển thị cho bạn theo thỏa thuận bảo mật (NDA) đã ký trên sàn.'));
      await visible(dossier.getByText(SECRET));
      await countOf(dossier.locator('script')).toBe(0);
      await stranger.goto(`/listings/${listingSlug}`);
      await visible(stranger.getByTestId('inquiry-box'));
      await countOf(stranger.getByTestId('dossier')).toBe(0);
      expect(await stranger.content()).not.toContain(SECRET);

      // The seller records the contract; the form starts from the offer's terms.
      await seller.reload();
      const deal = seller.getByTestId('deal-form');
      expect(await deal.getByLabel('Bí quyết kỹ thuật').isChecked()).toBe(true);
      expect(await deal.getByLabel('Hợp đồng chuyển giao công nghệ độc lập').isChecked()).toBe(true);
      expect(await deal.getByLabel('Phạm vi lãnh thổ', { exact: true }).inputValue()).toBe('Tỉnh Tây Ninh');
      await deal.getByLabel('Giá trị hợp đồng (đồng)').fill('250.000.000');
      await deal.getByLabel('Chuyển giao trong nước có sử dụng vốn ngân sách nhà nước').check();
      await deal.getByRole('button', { name: 'Ghi nhận hợp đồng' }).click();
      await flash(seller).toBe('Đã ghi nhận hợp đồng.');
      await status(seller).toBe('Đã thỏa thuận');
      await expect
        .poll(() => seller.getByTestId('registration').textContent())
        .toContain('Phải đăng ký: Phải đăng ký chuyển giao công nghệ vì đây là chuyển giao công nghệ trong nước có sử dụng vốn ngân sách nhà nước');

      // Both sides read the deal.
      await seller.getByRole('link', { name: 'Xem hồ sơ giao dịch →' }).click();
      await seller.waitForURL((url) => routeOf(url).startsWith('/deals/'));
      const dealPath = routeOf(new URL(seller.url()));
      await textOf(seller.getByTestId('deal-value')).toBe(new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' }).format(250_000_000));
      await textOf(seller.getByTestId('deal-side')).toBe('Bên của bạn: Bên chuyển giao');
      await expect.poll(() => seller.getByTestId('deal-registration').textContent()).toContain('(điểm c khoản 1 Điều 31');

      await buyer.goto(dealPath);
      await textOf(buyer.getByTestId('deal-side')).toBe('Bên của bạn: Bên nhận chuyển giao');
      await textOf(buyer.getByTestId('deal-buyer')).toBe(`${BUYER.name} · Công ty TNHH Kho vận Bến Lức`);
      await visible(buyer.getByText('Bí quyết kỹ thuật'));
      await visible(buyer.getByText('Có vốn ngân sách nhà nước'));
      expect((await stranger.goto(dealPath))?.status()).toBe(404);

      // Months later the follow-up survey is sent, and the buyer answers it on the deal page.
      await textOf(buyer.getByTestId('survey-later')).toMatch(/^Sở sẽ gửi khảo sát vào khoảng/);
      await server.app.services.deal.sendDueSurveys(systemContext(), new Date(Date.now() + 400 * 86_400_000));
      await buyer.reload();
      const survey = buyer.getByTestId('survey');
      await survey.getByLabel('Đã sử dụng').check();
      await survey.getByLabel('4 — Hài lòng').check();
      await survey.getByLabel('Nhận xét (không bắt buộc)').fill('Đã dựng khung cho kho thứ nhất.');
      await survey.getByRole('button', { name: 'Gửi khảo sát' }).click();
      await flash(buyer).toBe('Cảm ơn bạn, Sở đã nhận khảo sát.');
      await countOf(buyer.getByTestId('survey')).toBe(0);
      await visible(buyer.getByText('Đã dựng khung cho kho thứ nhất.'));

      // The buyer's list says how it ended.
      await buyer.goto('/inquiries?status=AGREED');
      await visible(buyer.getByTestId('inquiry-row').filter({ hasText: title }).getByText('Đã thỏa thuận'));

      for (const page of [buyer, seller, stranger]) await page.context().close();
    },
    FLOW_TIMEOUT,
  );

  it(
    'lets the seller write the dossier of a published listing with the description, saved at once without review',
    async () => {
      const listing = await createListing(server.db.prisma, organisationId, { titleVi: 'Máy ép viên phân hữu cơ vi sinh' });
      const seller = await openPage();
      await signIn(seller, SELLER);
      await seller.goto(`/workspace/listings/${listing.id}/edit/description`);
      await visible(seller.getByText('Phần này không bao giờ công khai', { exact: false }));
      await seller.getByLabel('Hồ sơ mật (tiếng Việt)').fill('## Công thức phối trộn\n\nTỷ lệ phân chuồng 60 %, than bùn 30 %.');
      await seller.getByRole('button', { name: 'Lưu, chưa gửi duyệt' }).click();
      await textOf(seller.getByTestId('saved')).toBe('Đã lưu.');
      const saved = await server.db.prisma.listing.findUniqueOrThrow({ where: { id: listing.id } });
      // Browsers send a textarea's line breaks as CRLF.
      expect(saved.dossierVi?.replace(/\r\n/g, '\n')).toBe('## Công thức phối trộn\n\nTỷ lệ phân chuồng 60 %, than bùn 30 %.');
      expect(await server.db.prisma.revision.count({ where: { entityId: listing.id } })).toBe(0);

      await seller.goto(`/listings/${listing.slug}`);
      const dossier = seller.getByTestId('dossier');
      await visible(dossier.getByText('Bảo mật — chỉ tổ chức của bạn, Sở và các bên đã ký thỏa thuận bảo mật (NDA) thấy phần này.'));
      await visible(dossier.getByText('Tỷ lệ phân chuồng 60 %, than bùn 30 %.'));
      await visible(seller.getByText('Yêu cầu và đề xuất về tin này nằm trong hộp thư của tổ chức bạn.'));
      await seller.context().close();
    },
    FLOW_TIMEOUT,
  );

  it(
    'works without JavaScript, in English: a reply with a file, then a decline with a reason the buyer reads',
    async () => {
      const englishLabels = { password: 'Password', submit: 'Sign in' };
      const buyer = await openPage({ lang: 'en' });
      await signIn(buyer, SECOND_BUYER.email, SECOND_BUYER.password, englishLabels);
      await buyer.goto(`/listings/${listingSlug}`);
      const box = buyer.getByTestId('inquiry-box');
      await box.getByLabel('Your organisation or company').fill('Thu Hà cooperative');
      await box.getByLabel('Message', { exact: true }).fill('Short.');
      await box.getByLabel('Intended use').fill('Warehouses for the cooperative’s rice.');
      await box.getByRole('button', { name: 'Send inquiry' }).click();
      // The API's rule comes back beside the field, in English; what was typed stays.
      await expect.poll(() => box.locator('[data-field-error="message"]').textContent()).toMatch(/at least 20 characters/);
      expect(await box.getByLabel('Intended use').inputValue()).toBe('Warehouses for the cooperative’s rice.');
      await box.getByLabel('Message', { exact: true }).fill('We would like frames for two 800 m² rice warehouses.');
      await box.getByRole('button', { name: 'Send inquiry' }).click();
      await buyer.waitForURL((url) => routeOf(url).startsWith('/inquiries/'));
      const inquiryPath = routeOf(new URL(buyer.url()));

      const seller = await openPage({ javaScriptEnabled: false, lang: 'en' });
      await signIn(seller, SELLER, PASSWORD, englishLabels);
      await seller.goto(`/workspace/organisations/${organisationId}/inquiries`);
      const row = seller.getByTestId('inquiry-row').filter({ hasText: SECOND_BUYER.name });
      await textOf(row.getByTestId('awaiting')).toBe('Waiting for your answer');
      await row.getByRole('link', { name: 'Bolted galvanised frame for farm-produce warehouses' }).click();
      await seller.waitForURL((url) => routeOf(url) === inquiryPath);

      await seller.getByLabel('Message', { exact: true }).fill('Here is a photo of a finished frame.');
      await seller.getByLabel('Attachments (optional)').setInputFiles({ name: 'khung-mau.png', mimeType: 'image/png', buffer: PNG });
      await seller.getByRole('button', { name: 'Send message' }).click();
      await flash(seller).toBe('Message sent.');
      await visible(seller.getByTestId('attachment').filter({ hasText: 'khung-mau.png' }));

      const decline = seller.getByTestId('decline');
      await decline.getByLabel('Reason').selectOption({ label: 'Other reason' });
      await decline.getByRole('button', { name: 'Decline' }).click();
      await textOf(seller.locator('[data-testid="decline"] [data-field-error="note"]')).toBe('Please say why when the reason is “Other reason”.');
      await status(seller).toBe('In discussion');
      expect(await seller.getByTestId('decline').getByLabel('Reason').inputValue()).toBe('OTHER');
      await seller.getByTestId('decline').getByLabel('Note').fill('Our next production slot is in six months.');
      await seller.getByTestId('decline').getByRole('button', { name: 'Decline' }).click();
      await flash(seller).toBe('Declined.');
      await status(seller).toBe('Declined');

      await buyer.reload();
      await status(buyer).toBe('Declined');
      await expect.poll(() => buyer.getByTestId('decline-reason').textContent()).toContain('Seller declined: Other reason');
      await visible(buyer.getByTestId('decline-reason').getByText('Our next production slot is in six months.'));
      await visible(buyer.getByText('This conversation is closed; no more messages can be sent.'));
      await countOf(buyer.getByTestId('reply-form')).toBe(0);

      // The department's figures count both conversations and the recorded contract.
      const moderator = await openPage({ lang: 'en' });
      await signIn(moderator, 'moderator@demo.sangiaodich.vn', PASSWORD, englishLabels);
      await moderator.goto('/moderation');
      await moderator.getByRole('link', { name: 'Deal figures →' }).click();
      await moderator.waitForURL((url) => routeOf(url) === '/moderation/stats');
      const declines = moderator.getByTestId('declines-by-reason');
      await expect.poll(() => declines.getByRole('row', { name: /Other reason/ }).textContent()).toMatch(/Other reason\s*1$/);

      for (const page of [buyer, seller, moderator]) await page.context().close();
    },
    FLOW_TIMEOUT,
  );
});
