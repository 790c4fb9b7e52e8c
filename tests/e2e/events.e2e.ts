// B2B meetings at an event in Debian's Chromium against the real platform over the demo data, with a real SMTP server
// in the test: the buyer finds the demo techmart under Events, books a free slot of an exhibitor; the exhibitor's
// member confirms the request in the workspace without JavaScript; both receive the confirmation e-mail with the
// meeting's calendar file (each in their own language), both download it from the site, and a third person cannot.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { clickAndLoad, signInDemo, textOf, visible } from '../support/browser.ts';
import { useE2EWithMail } from '../support/e2e.ts';
import { icsInstant, vevent } from '../support/ics.ts';
import { SmtpInbox, type ReceivedMail } from '../support/smtp-inbox.ts';

const BUYER = 'buyer@demo.sangiaodich.vn'; // prefers English
const SELLER = 'seller@demo.sangiaodich.vn'; // Cơ khí Xây dựng Long An, prefers Vietnamese
const EDITOR = 'editor@demo.sangiaodich.vn'; // another organisation's member
const TECHMART = 'Chợ công nghệ và thiết bị tỉnh Tây Ninh (Techmart)';
const EXHIBITOR = 'Công ty Cổ phần Cơ khí Xây dựng Long An';
const MESSAGE = 'Chúng tôi cần thanh giằng băng tải cho 3 tuyến ở bến Bến Lức; xin gặp để xem mẫu.';

const { server, openPage, mail: smtp } = useE2EWithMail();

/** The newest e-mail to `email` whose subject starts so, once the outbox has been sent. */
const received = (email: string, subject: string) => smtp.inbox.waitFor(email, () => server.app.mailWorker!.drain(), (m) => m.subject.startsWith(subject));

function calendarOf(mail: ReceivedMail) {
  const file = mail.attachments.find((a) => a.filename.endsWith('.ics'));
  expect(file, `no .ics in “${mail.subject}”`).toBeDefined();
  expect(file!.contentType).toBe('text/calendar');
  return vevent(file!.content);
}

describe('a B2B meeting at an event', () => {
  it('is booked by a buyer, confirmed by the exhibitor, and both receive and download the .ics; a third person cannot', { timeout: 120_000 }, async () => {
    const prisma = server.db.prisma;

    // The buyer browses the events and books the exhibitor's first free slot.
    const buyer = await openPage();
    await signInDemo(buyer, BUYER);
    await buyer.goto('/');
    await clickAndLoad(buyer, buyer.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Sự kiện' }));
    await clickAndLoad(buyer, buyer.getByRole('link', { name: TECHMART }));
    const booth = buyer.getByTestId('exhibitor').filter({ hasText: EXHIBITOR });
    // The booth shows the listings the exhibitor brings.
    await visible(booth.locator('a[href^="/listings/"]').first());
    await booth.getByRole('radio').first().check();
    // Too short first: the message is beside the field, and the chosen slot stays chosen.
    await booth.getByLabel('Lời nhắn cho bên trưng bày').fill('Xin gặp');
    await booth.getByRole('button', { name: 'Đặt lịch gặp' }).click();
    await textOf(booth.locator('[data-field-error="message"]')).toContain('10 ký tự');
    await booth.getByRole('radio').first().check();
    await booth.getByLabel('Lời nhắn cho bên trưng bày').fill(MESSAGE);
    await booth.getByRole('button', { name: 'Đặt lịch gặp' }).click();
    await visible(buyer.getByTestId('flash'));
    await buyer.screenshot({ path: '/tmp/events-booked.png', fullPage: true });
    const meeting = await prisma.meeting.findFirstOrThrow({ where: { message: MESSAGE }, include: { slot: true } });
    expect(meeting.status).toBe('REQUESTED');
    await received(SELLER, 'Yêu cầu gặp B2B');

    // The exhibitor confirms it in the workspace, without JavaScript.
    const seller = await openPage({ javaScriptEnabled: false });
    await seller.goto('/sign-in');
    await seller.getByLabel('Email').fill(SELLER);
    await seller.getByLabel('Mật khẩu').fill('demo-password-2023');
    await clickAndLoad(seller, seller.getByRole('button', { name: 'Đăng nhập', exact: true }));
    await seller.goto('/workspace/events');
    const request = seller.getByTestId('meeting').filter({ hasText: MESSAGE });
    await textOf(request.getByTestId('meeting-status')).toBe('Chờ bên trưng bày xác nhận');
    await clickAndLoad(seller, request.getByRole('button', { name: 'Xác nhận' }));
    await textOf(seller.getByTestId('meeting').filter({ hasText: MESSAGE }).getByTestId('meeting-status')).toBe('Đã xác nhận');

    // Both sides get the confirmation with the calendar file, each in their language.
    const start = icsInstant(meeting.slot.startsAt);
    const buyerCal = calendarOf(await received(BUYER, 'B2B meeting confirmed'));
    expect(buyerCal.get('DTSTART')).toBe(start);
    expect(buyerCal.get('SUMMARY')).toBe('B2B meeting with Long An Construction Mechanical Joint Stock Company – Tây Ninh Technology and Equipment Market (Techmart)');
    const sellerCal = calendarOf(await received(SELLER, 'Đã xác nhận cuộc gặp B2B'));
    expect(sellerCal.get('DTSTART')).toBe(start);
    expect(sellerCal.get('SUMMARY')).toBe(`Gặp B2B với ${EXHIBITOR} – ${TECHMART}`);
    expect(sellerCal.get('UID')).toBe(buyerCal.get('UID'));

    // Both download it from the site.
    await buyer.goto('/meetings');
    const mine = buyer.getByTestId('meeting').filter({ hasText: MESSAGE });
    await textOf(mine.getByTestId('meeting-status')).toBe('Đã xác nhận');
    const [download] = await Promise.all([buyer.waitForEvent('download'), mine.getByTestId('ics-link').click()]);
    expect(download.suggestedFilename()).toBe(`meeting-${meeting.id}.ics`);
    expect(vevent(await readFile((await download.path())!, 'utf8')).get('DTSTART')).toBe(start);
    const sellerFile = await seller.request.get(`/meetings/${meeting.id}.ics`);
    expect(sellerFile.status()).toBe(200);
    expect(sellerFile.headers()['content-type']).toContain('text/calendar');
    expect(vevent(await sellerFile.text()).get('SUMMARY')).toBe(`Gặp B2B với ${EXHIBITOR} – ${TECHMART}`);

    // A third person, signed in, gets the same 404 as for a meeting that does not exist.
    const editor = await openPage();
    await signInDemo(editor, EDITOR);
    expect((await editor.request.get(`/meetings/${meeting.id}.ics`)).status()).toBe(404);
    await buyer.screenshot({ path: '/tmp/events-my-meetings.png', fullPage: true });
  });
});

describe('an event from its creation', () => {
  /** `days` from today in Vietnam, as a date input's value. */
  const day = (days: number) => new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

  it('is created and published by the department, an organisation registers, is approved and opens slots; visitors read it in English', { timeout: 120_000 }, async () => {
    const moderator = await openPage();
    await signInDemo(moderator, 'moderator@demo.sangiaodich.vn');
    await moderator.goto('/moderation');
    await clickAndLoad(moderator, moderator.getByRole('link', { name: 'Sự kiện →' }));
    const form = moderator.getByTestId('event-form');
    await form.getByLabel('Tên sự kiện (tiếng Việt)').fill('Hội chợ thiết bị nông nghiệp Tây Ninh');
    await form.getByLabel('Tên sự kiện (tiếng Anh)').fill('Tây Ninh Farm Equipment Fair');
    await form.getByLabel('Giới thiệu (tiếng Việt)').fill('Máy sấy, máy tưới và cảm biến cho hợp tác xã thanh long, lúa và rau.');
    await form.getByLabel('Bắt đầu').fill(`${day(30)}T08:00`);
    await form.getByLabel('Kết thúc').fill(`${day(30)}T17:00`);
    await form.getByLabel('Hạn đăng ký trưng bày').fill(`${day(25)}T17:00`);
    // No place and not online: the message is beside the place.
    await form.getByRole('button', { name: 'Tạo bản nháp' }).click();
    await textOf(form.locator('[data-field-error="place"]')).toBe('Hãy nhập địa điểm, hoặc chọn trực tuyến và nhập đường dẫn phòng họp.');
    await form.getByLabel('Địa điểm').fill('Trung tâm Khuyến nông, phường Long An');
    await form.getByRole('button', { name: 'Tạo bản nháp' }).click();
    await textOf(moderator.getByTestId('event-status')).toBe('Bản nháp');
    await moderator.getByRole('button', { name: 'Công bố' }).click();
    await textOf(moderator.getByTestId('event-status')).toBe('Đã công bố');
    const manageUrl = moderator.url();

    // The seller registers the organisation with one of its listings.
    const seller = await openPage();
    await signInDemo(seller, SELLER);
    await seller.goto('/events');
    await clickAndLoad(seller, seller.getByRole('link', { name: 'Hội chợ thiết bị nông nghiệp Tây Ninh' }));
    await clickAndLoad(seller, seller.getByRole('link', { name: 'Đăng ký trưng bày' }));
    await seller.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await textOf(seller.locator('[data-field-error="listingIds"]')).toBe('Vui lòng nhập thông tin này.');
    await seller.getByRole('checkbox').first().check();
    await seller.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await visible(seller.getByTestId('flash'));
    const booth = seller.getByTestId('my-exhibitor').filter({ hasText: 'Hội chợ thiết bị nông nghiệp Tây Ninh' });
    await textOf(booth.getByTestId('exhibitor-status')).toBe('Chờ Sở duyệt');

    // The department approves it.
    await moderator.goto(manageUrl);
    await moderator.getByTestId('manage-exhibitor').filter({ hasText: EXHIBITOR }).getByRole('button', { name: 'Duyệt', exact: true }).click();
    await visible(moderator.getByTestId('flash'));
    expect(await server.db.prisma.notification.count({ where: { type: 'exhibitor.decided' } })).toBe(1);

    // The exhibitor opens two half-hour slots; an overlapping opening is refused beside the times.
    await seller.goto('/workspace/events');
    await textOf(booth.getByTestId('exhibitor-status')).toBe('Đã duyệt');
    const slots = booth.getByTestId('slot-form');
    await slots.getByLabel('Từ').fill('09:00');
    await slots.getByLabel('Đến').fill('10:00');
    await slots.getByRole('button', { name: 'Mở khung giờ' }).click();
    await expect.poll(() => booth.getByRole('button', { name: 'Xóa' }).count(), { timeout: 10_000 }).toBe(2);
    await slots.getByLabel('Từ').fill('09:30');
    await slots.getByLabel('Đến').fill('10:30');
    await slots.getByRole('button', { name: 'Mở khung giờ' }).click();
    await textOf(slots.locator('[data-field-error="from"]')).toBe('Khung giờ trùng với một khung giờ đã mở.');

    // A visitor reads the event in English, with the exhibitor and its free slots behind a sign-in.
    const visitor = await openPage({ lang: 'en' });
    await visitor.goto('/en/events');
    await clickAndLoad(visitor, visitor.getByRole('link', { name: 'Tây Ninh Farm Equipment Fair' }));
    await visible(visitor.getByRole('heading', { name: 'Tây Ninh Farm Equipment Fair' }));
    await visible(visitor.getByTestId('exhibitor').getByRole('link', { name: 'Sign in to book a B2B meeting' }));

    // The department reads what came of Techfest 2023.
    await moderator.goto('/moderation/events');
    await clickAndLoad(moderator, moderator.getByRole('link', { name: 'Techfest Long An 2023 – Ngày hội khởi nghiệp đổi mới sáng tạo' }));
    await textOf(moderator.locator('[data-figure="exhibitors"]')).toBe('3');
    await moderator.screenshot({ path: '/tmp/events-manage.png', fullPage: true });
  });
});
