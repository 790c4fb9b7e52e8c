// The department's review of a technology offer, end to end in Debian's Chromium against the real platform (API +
// built web app) over a fresh database with the demo data: a seller submits an offer, a moderator asks for changes
// with a comment on one field, the seller fixes that field and submits again, the moderator approves, and a
// visitor finds the offer on its public page with its structured data. Then the same in English, with a claim
// verified on the way. Also: the moderation pages are closed to everyone but department staff.
//
// Everyone uses the browser: the seller the workspace's multi-step form (/workspace/listings/new → edit/[step] →
// submit), the moderator the review pages, the visitor the public pages.
import { describe, it, expect } from 'vitest';
import { type Page } from 'playwright-core';
import { countOf, routeOf, textOf, visible } from '../support/browser.ts';
import { useE2E } from '../support/e2e.ts';

const PASSWORD = 'demo-password-2023';
const SELLER = 'seller@demo.sangiaodich.vn';
const MODERATOR = 'moderator@demo.sangiaodich.vn';
const BUYER = 'buyer@demo.sangiaodich.vn';
const FLOW_TIMEOUT = 120_000;

const { server, openPage } = useE2E();

const fieldError = (page: Page, field: string) => page.locator(`[data-field-error="${field}"]`);

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

interface Offer {
  titleVi: string;
  titleEn: string;
}

interface SellerLabels {
  password: string;
  signIn: string;
  create: string;
  saveContinue: string;
  save: string;
  submit: string;
  moderatorComment: (comment: string) => string;
}

const SELLER_VI: SellerLabels = {
  password: 'Mật khẩu',
  signIn: 'Đăng nhập',
  create: 'Tạo bản nháp',
  saveContinue: 'Lưu và tiếp tục →',
  save: 'Lưu bản nháp',
  submit: 'Gửi Sở kiểm duyệt',
  moderatorComment: (comment) => `Góp ý của Sở: ${comment}`,
};

const SELLER_EN: SellerLabels = {
  password: 'Password',
  signIn: 'Sign in',
  create: 'Create draft',
  saveContinue: 'Save and continue →',
  save: 'Save draft',
  submit: 'Submit for review',
  moderatorComment: (comment) => `Department’s comment: ${comment}`,
};

/** Sets a workspace input by its name (the API input path): text, select, radio, checkbox group or checkbox. */
async function setField(page: Page, name: string, value: string | string[] | boolean): Promise<void> {
  const inputs = page.locator(`form [name="${name}"]`);
  const kind = await inputs.first().evaluate((el) => `${el.tagName.toLowerCase()}:${el.getAttribute('type') ?? ''}`);
  if (kind.startsWith('select')) await inputs.first().selectOption(String(value));
  else if (kind.endsWith(':radio')) await page.locator(`form [name="${name}"][value="${value}"]`).check();
  else if (kind.endsWith(':checkbox') && typeof value === 'boolean') await inputs.first().setChecked(value);
  else if (kind.endsWith(':checkbox')) {
    for (const item of [value].flat()) await page.locator(`form [name="${name}"][value="${item}"]`).check();
  } else await inputs.first().fill(String(value));
}

async function fillStep(page: Page, values: Record<string, string | string[] | boolean>, next: string, labels: SellerLabels) {
  for (const [name, value] of Object.entries(values)) await setField(page, name, value);
  await page.getByRole('button', { name: labels.saveContinue }).click();
  await page.waitForURL(`**/edit/${next}`);
}

/**
 * The seller drafts a complete technology offer in the workspace, step by step, and submits it; returns its id.
 * Texts in the style of the department's 2023 report.
 */
async function sellerSubmitsOffer(page: Page, offer: Offer, labels: SellerLabels): Promise<string> {
  await page.goto('/workspace/listings/new?kind=TECHNOLOGY_OFFER');
  await setField(page, 'titleVi', offer.titleVi);
  await page.getByRole('button', { name: labels.create }).click();
  await page.waitForURL('**/edit/basics?created=1');
  const id = routeOf(new URL(page.url())).split('/')[3]!;

  await fillStep(
    page,
    {
      titleEn: offer.titleEn,
      summaryVi: 'Sấy thanh long cắt lát ở 45–50 °C bằng bơm nhiệt: giữ màu đỏ tự nhiên, tiêu hao điện giảm 35% so với sấy điện trở.',
      summaryEn: 'Dries sliced dragon fruit at 45–50 °C with a heat pump: keeps its natural red colour and uses 35% less power.',
      fieldCode: '401',
      keywords: 'thanh long, sấy lạnh, bơm nhiệt',
      commune: 'Châu Thành',
      province: 'Tây Ninh',
      validUntil: inDays(180),
    },
    'details',
    labels,
  );
  await fillStep(
    page,
    {
      'technology.problemSolved': 'Thanh long sấy bằng điện trở bị sẫm màu, mất vitamin C và tốn điện.',
      'technology.advantages': 'Tiêu hao điện giảm 35%\nGiữ trên 80% vitamin C',
      'technology.applications': 'Hợp tác xã thanh long\nCơ sở chế biến nông sản',
      trl: '7',
      'technology.trlEvidence': 'Chạy thử 3 mẻ.',
    },
    'terms',
    labels,
  );
  await fillStep(
    page,
    {
      'technology.transferObjects': ['KNOW_HOW', 'MACHINERY_WITH_TECHNOLOGY'],
      'technology.transferForms': ['STANDALONE_CONTRACT'],
      'technology.transferModes': ['DOCUMENTS', 'TRAINING'],
      'technology.rights.kind': 'RIGHT_OF_USE',
      'technology.rights.territory': 'Tỉnh Tây Ninh',
      'technology.dealTypes': ['LICENSE'],
      'price.type': 'FIXED',
      'price.min': '450000000',
      'technology.support': 'Hướng dẫn vận hành 5 ngày; bảo trì 12 tháng.',
    },
    'description',
    labels,
  );
  await fillStep(
    page,
    {
      descriptionVi: 'Dây chuyền gồm **buồng sấy 500 kg/mẻ**, bơm nhiệt và bộ điều khiển độ ẩm.\n\nĐã chạy thử tại Châu Thành.',
      descriptionEn: 'The line has a **500 kg drying chamber**, a heat pump and a humidity controller.\n\nTrial runs in Châu Thành.',
    },
    'review',
    labels,
  );
  await page.getByRole('button', { name: labels.submit }).click();
  await page.waitForURL(`**/workspace/listings/${id}?done=submitted`);
  return id;
}

/** The seller reads the department's comment next to the TRL evidence, fixes that field and submits again. */
async function sellerFixesAndResubmits(page: Page, id: string, comment: string, evidence: string, labels: SellerLabels) {
  await page.goto(`/workspace/listings/${id}/edit/details`);
  await visible(page.getByText(labels.moderatorComment(comment)));
  await setField(page, 'technology.trlEvidence', evidence);
  await page.getByRole('button', { name: labels.save, exact: true }).click();
  await visible(page.getByTestId('saved'));
  await page.goto(`/workspace/listings/${id}/edit/review`);
  await page.getByRole('button', { name: labels.submit }).click();
  await page.waitForURL(`**/workspace/listings/${id}?done=submitted`);
}

async function signInInBrowser(page: Page, email: string, labels: { password: string; submit: string }) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(labels.password).fill(PASSWORD);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
}

const onQueue = (done: string) => (url: URL) => routeOf(url) === '/moderation' && url.searchParams.get('done') === done;

/** The structured data of a public page, parsed. */
async function jsonLd(page: Page): Promise<Record<string, any>> {
  const text = await page.locator('script[type="application/ld+json"]').textContent();
  return JSON.parse(text ?? 'null');
}

describe('moderation of a technology offer', () => {
  it(
    'goes from submission through a request for changes to publication, in Vietnamese',
    async () => {
      const title = 'Công nghệ sấy lạnh thanh long bằng bơm nhiệt 500 kg/mẻ';
      const seller = await openPage();
      await seller.goto('/sign-in?redirectTo=/workspace');
      await signInInBrowser(seller, SELLER, { password: SELLER_VI.password, submit: SELLER_VI.signIn });
      await seller.waitForURL((url) => routeOf(url) === '/workspace');
      const id = await sellerSubmitsOffer(seller, { titleVi: title, titleEn: 'Heat-pump cold drying of dragon fruit, 500 kg per batch' }, SELLER_VI);

      // The moderator signs in and finds the offer in the queue, narrowed to technology offers.
      const moderator = await openPage();
      await moderator.goto('/moderation');
      await moderator.waitForURL('**/sign-in?redirectTo=%2Fmoderation');
      await signInInBrowser(moderator, MODERATOR, { password: 'Mật khẩu', submit: 'Đăng nhập' });
      await moderator.waitForURL((url) => routeOf(url) === '/moderation');
      await visible(moderator.getByRole('heading', { level: 1, name: 'Hàng chờ kiểm duyệt' }));
      await moderator.getByLabel('Loại tin').selectOption('TECHNOLOGY_OFFER');
      await moderator.getByRole('button', { name: 'Lọc', exact: true }).click();
      await moderator.waitForURL((url) => url.searchParams.get('kind') === 'TECHNOLOGY_OFFER');
      const item = moderator.getByTestId('queue-item').filter({ hasText: title });
      await visible(item);
      expect(await moderator.getByTestId('queue-item').locator('.badge--technology-offer').count()).toBe(
        await moderator.getByTestId('queue-item').count(),
      );
      await moderator.screenshot({ path: '/tmp/mod-queue.png', fullPage: true });

      await item.getByRole('link', { name: title }).click();
      await moderator.waitForURL(`**/moderation/listings/${id}`);
      await textOf(moderator.getByRole('heading', { level: 1 })).toBe(title);
      await textOf(moderator.getByTestId('listing-status')).toBe('Chờ kiểm duyệt');
      await visible(moderator.getByText('Chạy thử 3 mẻ.').first());

      // A rejection needs a reason and a comment: the form says so next to each input and keeps the choice.
      await moderator.getByRole('radio', { name: 'Từ chối' }).check();
      await moderator.getByRole('button', { name: 'Gửi quyết định' }).click();
      await textOf(fieldError(moderator, 'reason')).toBe('Vui lòng chọn lý do.');
      await textOf(fieldError(moderator, 'comment')).toBe('Vui lòng ghi nhận xét để người đăng biết cần làm gì.');
      expect(await moderator.getByLabel('Lý do').getAttribute('aria-invalid')).toBe('true');
      expect(await moderator.getByRole('radio', { name: 'Từ chối' }).isChecked()).toBe(true);

      // Instead: ask for changes, with a comment on the TRL evidence only.
      const fieldComment = 'Cần biên bản nghiệm thu hoặc kết quả phân tích của 3 mẻ chạy thử (độ ẩm, màu, vitamin C).';
      await moderator.getByRole('radio', { name: 'Yêu cầu chỉnh sửa' }).check();
      await moderator.getByText('Nhận xét theo từng trường').click();
      await moderator.getByLabel('Minh chứng TRL', { exact: true }).fill(fieldComment);
      await moderator.getByLabel('Nhận xét chung').fill('Tin đăng rõ ràng; chỉ cần bổ sung minh chứng TRL.');
      await moderator.screenshot({ path: '/tmp/mod-review.png', fullPage: true });
      await moderator.getByRole('button', { name: 'Gửi quyết định' }).click();
      await moderator.waitForURL(onQueue('REQUEST_CHANGES'));
      await textOf(moderator.locator('.alert[role="status"]')).toBe('Đã gửi yêu cầu chỉnh sửa cho người đăng.');
      await countOf(moderator.getByTestId('queue-item').filter({ hasText: title })).toBe(0);

      // The seller sees the comment next to that very field, fixes the field and submits again.
      await sellerFixesAndResubmits(
        seller,
        id,
        fieldComment,
        'Biên bản nghiệm thu ngày 12/9/2025: 3 mẻ 500 kg, độ ẩm 14%, giữ 82% vitamin C (phiếu phân tích kèm theo).',
        SELLER_VI,
      );

      // The moderator sees the earlier request in the history and approves.
      await moderator.goto('/moderation');
      await moderator.getByTestId('queue-item').filter({ hasText: title }).getByRole('link', { name: title }).click();
      await moderator.waitForURL(`**/moderation/listings/${id}`);
      const history = moderator.getByTestId('decision-history');
      await visible(history.getByText(fieldComment));
      await visible(moderator.getByTestId('audit-trail'));
      await visible(moderator.getByText('Biên bản nghiệm thu ngày 12/9/2025', { exact: false }).first());
      await moderator.getByRole('radio', { name: 'Duyệt và công bố' }).check();
      await moderator.getByRole('button', { name: 'Gửi quyết định' }).click();
      await moderator.waitForURL(onQueue('APPROVE'));
      await textOf(moderator.locator('.alert[role="status"]')).toBe('Đã duyệt và công bố.');

      // A visitor finds the offer among the latest listings and opens its public page.
      const visitor = await openPage();
      await visitor.goto('/');
      await visitor.getByRole('link', { name: title }).click();
      await visitor.waitForURL('**/listings/**');
      await textOf(visitor.getByRole('heading', { level: 1 })).toBe(title);
      expect((await visitor.title()).startsWith(title)).toBe(true);
      await visible(visitor.getByText('Biên bản nghiệm thu ngày 12/9/2025', { exact: false }));
      // The description is the API's sanitised HTML.
      await textOf(visitor.locator('.description strong')).toBe('buồng sấy 500 kg/mẻ');
      const data = await jsonLd(visitor);
      expect(data).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Offer',
        name: title,
        price: 450_000_000,
        priceCurrency: 'VND',
        itemOffered: { '@type': 'Service', name: title },
      });
      const canonical = await visitor.locator('link[rel="canonical"]').getAttribute('href');
      expect(canonical).toBe(`${server.url}${new URL(visitor.url()).pathname}`);
      expect(await visitor.locator('meta[property="og:title"]').getAttribute('content')).toBe(title);
      await visitor.screenshot({ path: '/tmp/mod-listing.png', fullPage: true });
    },
    FLOW_TIMEOUT,
  );

  it(
    'works the same in English, and a verified claim shows a badge on the public page',
    async () => {
      const titleVi = 'Quy trình nhân giống nấm bào ngư xám trên giá thể rơm';
      const titleEn = 'Grey oyster mushroom spawn on rice-straw substrate';
      const seller = await openPage({ lang: 'en', locale: 'en-US' });
      await seller.goto('/sign-in?redirectTo=/workspace');
      await signInInBrowser(seller, SELLER, { password: SELLER_EN.password, submit: SELLER_EN.signIn });
      await seller.waitForURL((url) => routeOf(url) === '/workspace');
      const id = await sellerSubmitsOffer(seller, { titleVi, titleEn }, SELLER_EN);

      const moderator = await openPage({ lang: 'en', locale: 'en-US' });
      await moderator.goto('/sign-in?redirectTo=/moderation');
      await signInInBrowser(moderator, MODERATOR, { password: 'Password', submit: 'Sign in' });
      await moderator.waitForURL((url) => routeOf(url) === '/moderation');
      await visible(moderator.getByRole('heading', { level: 1, name: 'Review queue' }));
      await moderator.getByRole('link', { name: titleEn }).click();
      await moderator.waitForURL(`**/moderation/listings/${id}`);
      await textOf(moderator.getByRole('heading', { level: 1 })).toBe(titleEn);
      await textOf(moderator.getByTestId('listing-status')).toBe('Pending review');

      const fieldComment = 'Please attach the acceptance record of the trial batches.';
      await moderator.getByRole('radio', { name: 'Request changes' }).check();
      await moderator.getByText('Comments per field').click();
      await moderator.getByLabel('TRL evidence', { exact: true }).fill(fieldComment);
      await moderator.getByRole('button', { name: 'Send decision' }).click();
      await moderator.waitForURL(onQueue('REQUEST_CHANGES'));
      await textOf(moderator.locator('.alert[role="status"]')).toBe('The change request was sent to the seller.');

      await sellerFixesAndResubmits(seller, id, fieldComment, 'Acceptance record of 12 September 2025, three batches of 500 kg.', SELLER_EN);

      await moderator.goto(`/moderation/listings/${id}`);
      // The department vouches for the TRL evidence before approving.
      const trlClaim = moderator.getByTestId('claim-TRL_EVIDENCE');
      await trlClaim.getByLabel('Verification note').fill('Acceptance record seen at the department on 15 September 2025.');
      await trlClaim.getByRole('button', { name: 'Verify' }).click();
      await visible(moderator.getByText('Verification recorded: Technology readiness level (TRL) evidence.'));
      await visible(trlClaim.getByRole('button', { name: 'Withdraw verification' }));
      await moderator.getByRole('radio', { name: 'Approve and publish' }).check();
      await moderator.getByRole('button', { name: 'Send decision' }).click();
      await moderator.waitForURL(onQueue('APPROVE'));
      await textOf(moderator.locator('.alert[role="status"]')).toBe('Approved and published.');

      const visitor = await openPage({ lang: 'en', locale: 'en-US' });
      await visitor.goto('/');
      await visitor.getByRole('link', { name: titleEn }).click();
      await visitor.waitForURL('**/listings/**');
      await textOf(visitor.getByRole('heading', { level: 1 })).toBe(titleEn);
      await visible(visitor.getByTestId('verified-claims').getByText('TRL verified'));
      const data = await jsonLd(visitor);
      expect(data).toMatchObject({ '@type': 'Offer', name: titleEn, price: 450_000_000, priceCurrency: 'VND', itemOffered: { '@type': 'Service', name: titleEn } });
      expect(await visitor.locator('meta[property="og:locale"]').getAttribute('content')).toBe('en_US');
    },
    FLOW_TIMEOUT,
  );
});

describe('access to the moderation pages', () => {
  it('sends visitors to sign in and shows people without the role a 403 page', async () => {
    const res = await fetch(`${server.url}/moderation`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/sign-in?redirectTo=%2Fmoderation');

    const buyer = await openPage({ lang: 'en' });
    await buyer.goto('/sign-in?redirectTo=/moderation');
    await signInInBrowser(buyer, BUYER, { password: 'Password', submit: 'Sign in' });
    await buyer.waitForURL((url) => routeOf(url) === '/moderation');
    // Browsing in English, signed in or not.
    await textOf(buyer.getByRole('heading', { level: 1 })).toBe('You do not have access');
    await countOf(buyer.getByRole('link', { name: 'Moderation' })).toBe(0);
    const forbidden = await buyer.goto('/moderation');
    expect(forbidden?.status()).toBe(403);
  });

  it('pages the queue with plain links, without JavaScript', async () => {
    const prisma = server.db.prisma;
    const org = await prisma.organisation.findFirstOrThrow({ where: { status: 'PUBLISHED' } });
    await prisma.listing.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({
        slug: `cho-duyet-${i}`, kind: 'TECHNOLOGY_OFFER' as const, status: 'PENDING_REVIEW' as const, organisationId: org.id,
        titleVi: `Công nghệ chờ duyệt số ${i}`, summaryVi: 'Tóm tắt.', fieldCode: '401', province: 'Tây Ninh', submittedAt: new Date(Date.now() - i * 60_000),
      })),
    });
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto('/sign-in?redirectTo=/moderation');
    await signInInBrowser(page, MODERATOR, { password: 'Mật khẩu', submit: 'Đăng nhập' });
    await page.waitForURL((url) => routeOf(url) === '/moderation');
    const total = Number((await page.locator('.queue__count').textContent())!.match(/^(\d+)/)![1]);
    expect(total).toBeGreaterThan(25);
    const items = page.getByTestId('queue-item');
    await countOf(items).toBe(20);
    const links = async () => items.locator('.queue-item__title a').evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
    const seen = await links();
    while (await page.getByTestId('next-page').count()) {
      const before = page.url();
      await page.getByTestId('next-page').click();
      await page.waitForURL((url) => url.href !== before);
      await textOf(page.locator('.queue__count')).toBe(`${total} mục đang chờ`);
      seen.push(...(await links()));
    }
    // Every waiting item once, oldest first across the pages.
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    await page.getByRole('link', { name: '← Trang đầu' }).click();
    await countOf(items).toBe(20);
  });
});

describe('directory of S&T organisations and enterprises', () => {
  it('filters by kind and field with plain links and forms', async () => {
    const page = await openPage();
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tổ chức KH&CN' }).click();
    await page.waitForURL((url) => routeOf(url) === '/organisations');
    await visible(page.getByRole('heading', { level: 1, name: 'Danh bạ tổ chức và doanh nghiệp khoa học và công nghệ' }));
    const all = await page.getByTestId('organisation-card').count();
    expect(all).toBeGreaterThan(1);

    await page.getByRole('link', { name: 'Doanh nghiệp khoa học và công nghệ', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('kind') === 'ST_ENTERPRISE');
    const enterprises = page.getByTestId('organisation-card');
    expect(await enterprises.count()).toBeGreaterThan(0);
    expect(await enterprises.count()).toBeLessThan(all);
    for (const kind of await enterprises.locator('.org-card__kind').allTextContents()) {
      expect(kind.trim()).toBe('Doanh nghiệp khoa học và công nghệ');
    }

    // The field filter keeps the chosen kind; an organisation page links back to the directory.
    await page.getByLabel('Lĩnh vực').selectOption('2');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('field') === '2' && url.searchParams.get('kind') === 'ST_ENTERPRISE');
    await page.getByTestId('organisation-card').first().getByRole('link').first().click();
    await page.waitForURL('**/organisations/**');
    await visible(page.getByRole('link', { name: '← Danh bạ tổ chức' }));
    const data = await jsonLd(page);
    expect(data).toMatchObject({ '@type': 'Organization', address: { addressCountry: 'VN' } });
  });
});
