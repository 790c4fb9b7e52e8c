// Saved-search alerts in Debian's Chromium against the real platform, with a real SMTP server in the test: the buyer
// saves a search from the search page, the department approves a seller's new offer through the review page, the
// publication job runs, and the buyer finds the alert in the bell and in their inbox, saying which search matched and
// on what; the e-mail's unsubscribe link (also its List-Unsubscribe header) opens a page whose button ends the alerts.
import { describe, expect, it } from 'vitest';
import { createListing } from '../support/factories.ts';
import { routeOf, signInDemo, textOf, visible } from '../support/browser.ts';
import { useE2EWithMail } from '../support/e2e.ts';
import { linkIn, SmtpInbox } from '../support/smtp-inbox.ts';
import { TASK } from '../../server/modules/jobs/tasks.ts';

const BUYER = 'buyer@demo.sangiaodich.vn';
const SELLER = 'seller@demo.sangiaodich.vn';
const MODERATOR = 'moderator@demo.sangiaodich.vn';
const SEARCH_NAME = 'Máy bóc vỏ hạt điều';

const { server, openPage, mail: smtp } = useE2EWithMail();

describe('a saved search', () => {
  it('alerts the buyer in-app and by e-mail when a matching offer is approved, and the e-mail’s link unsubscribes', async () => {
    const buyer = await openPage();
    await signInDemo(buyer, BUYER);
    await buyer.goto('/search?q=b%C3%B3c+v%E1%BB%8F+h%E1%BA%A1t+%C4%91i%E1%BB%81u&kind=EQUIPMENT_OFFER');
    await buyer.getByTestId('save-search').getByText('Lưu tìm kiếm này').click();
    await buyer.getByLabel('Tên tìm kiếm').fill(SEARCH_NAME);
    await buyer.getByLabel('Gửi email').selectOption('IMMEDIATE');
    await buyer.getByRole('button', { name: 'Lưu tìm kiếm', exact: true }).click();
    await buyer.waitForURL((url) => routeOf(url) === '/account/alerts');
    await textOf(buyer.getByTestId('flash')).toBe(`Đã lưu tìm kiếm “${SEARCH_NAME}”.`);
    const saved = buyer.getByTestId('saved-search').filter({ hasText: SEARCH_NAME });
    await visible(saved);
    expect(await saved.getByRole('link', { name: SEARCH_NAME }).getAttribute('href')).toBe('/search?q=b%C3%B3c+v%E1%BB%8F+h%E1%BA%A1t+%C4%91i%E1%BB%81u&kind=EQUIPMENT_OFFER');

    // The seller's new offer waits for the department, which approves it on the review page.
    const seller = await server.db.prisma.user.findUniqueOrThrow({ where: { email: SELLER }, include: { memberships: true } });
    const title = 'Máy bóc vỏ hạt điều bán tự động Đức Hòa';
    const listing = await createListing(server.db.prisma, seller.memberships[0]!.organisationId, {
      kind: 'EQUIPMENT_OFFER', status: 'PENDING_REVIEW', publishedAt: null, submittedAt: new Date(), titleVi: title, titleEn: 'Semi-automatic cashew shelling machine',
    });
    const moderator = await openPage();
    await signInDemo(moderator, MODERATOR);
    await moderator.goto(`/moderation/listings/${listing.id}`);
    await moderator.getByRole('radio', { name: 'Duyệt và công bố' }).check();
    await moderator.getByRole('button', { name: 'Gửi quyết định' }).click();
    await moderator.waitForURL((url) => routeOf(url) === '/moderation' && url.searchParams.get('done') === 'APPROVE');

    // The publication job (queued by the approval's transaction) runs; nothing runs jobs by itself in tests.
    await server.app.jobs.runDue([TASK.published]);
    await buyer.goto('/notifications');
    const alert = buyer.getByTestId('notification').filter({ hasText: `Tin mới phù hợp tìm kiếm “${SEARCH_NAME}”: ${title}` });
    await visible(alert);
    await visible(alert.getByText('Phù hợp vì từ khóa: “bóc vỏ hạt điều” · loại: chào bán thiết bị.'));

    // The demo buyer reads e-mail in English.
    const mail = await smtp.inbox.waitFor(BUYER, () => server.app.mailWorker!.drain(), (m) => m.subject.startsWith(`New match for your search “${SEARCH_NAME}”`));
    expect(mail.subject).toBe(`New match for your search “${SEARCH_NAME}”: Semi-automatic cashew shelling machine`);
    expect(mail.text).toContain('Matched on words: “bóc vỏ hạt điều” · kind: equipment offer.');
    const unsubscribe = linkIn(mail, '/en/unsubscribe/');
    expect(mail.rawHeaders.get('list-unsubscribe')).toBe(`<${unsubscribe.href}>`);
    expect(mail.rawHeaders.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');

    // Opening the link changes nothing; the button does, signed out.
    const visitor = await openPage({ lang: 'en' });
    await visitor.goto(unsubscribe.href);
    await visible(visitor.getByText(`You will no longer be told about new matches of your saved search “${SEARCH_NAME}”`));
    expect(await server.db.prisma.savedSearch.count({ where: { name: SEARCH_NAME } })).toBe(1);
    await visitor.getByRole('button', { name: 'Unsubscribe' }).click();
    await textOf(visitor.getByTestId('unsubscribed')).toBe('Done: you will no longer receive these e-mails.');
    expect(await server.db.prisma.savedSearch.count({ where: { name: SEARCH_NAME } })).toBe(0);
  });
});
