// The department's review of a technology offer, end to end in Debian's Chromium against the real platform (API +
// built web app) over a fresh database with the demo data: a seller submits an offer, a moderator asks for changes
// with a comment on one field, the seller fixes that field and submits again, the moderator approves, and a
// visitor finds the offer on its public page with its structured data. Then the same in English, with a claim
// verified on the way. Also: the moderation pages are closed to everyone but department staff.
//
// The seller's side goes through the GraphQL API, signed in as the demo seller (the `sid` cookie kept like a
// browser would): the seller workspace pages (/workspace/listings/…) were not committed when this test was
// written. The moderator and the visitor use the browser.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { startTestServer } from '../support/server.ts';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PASSWORD = 'demo-password-2023';
const SELLER = 'seller@demo.sangiaodich.vn';
const MODERATOR = 'moderator@demo.sangiaodich.vn';
const BUYER = 'buyer@demo.sangiaodich.vn';
const FLOW_TIMEOUT = 120_000;

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page in a new context (Vietnamese unless told otherwise) whose page.goto waits until the app is live. */
async function openPage(options: BrowserContextOptions & { lang?: 'vi' | 'en' } = {}): Promise<Page> {
  const { lang, ...contextOptions } = options;
  const context = await browser.newContext({
    baseURL: server.url,
    locale: 'vi-VN',
    viewport: { width: 1280, height: 900 },
    ...contextOptions,
  });
  if (lang) await context.addCookies([{ name: 'lang', value: lang, url: server.url }]);
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  if (contextOptions.javaScriptEnabled !== false) {
    // Typing before hydration is lost (hydration resets inputs), so every load waits until the app is live.
    const goto = page.goto.bind(page);
    page.goto = async (url, gotoOptions) => {
      const response = await goto(url, gotoOptions);
      await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
      return response;
    };
  }
  return page;
}

// playwright-core has no web-first assertions, so these wait the way @playwright/test's expect would.
const textOf = (locator: Locator) => expect.poll(() => locator.textContent().then((t) => t?.trim()), { timeout: 10_000 });
const countOf = (locator: Locator) => expect.poll(() => locator.count(), { timeout: 10_000 });
const visible = (locator: Locator) => locator.waitFor({ state: 'visible', timeout: 10_000 });
const fieldError = (page: Page, field: string) => page.locator(`[data-field-error="${field}"]`);

/** The GraphQL API as one signed-in person, keeping the session cookie the way a browser does. */
class ApiSession {
  private cookie = '';

  private constructor(private readonly language: 'vi' | 'en') {}

  static async signIn(email: string, language: 'vi' | 'en' = 'vi'): Promise<ApiSession> {
    const session = new ApiSession(language);
    const result = await session.call<{ signIn: { __typename: string } }>(
      'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }',
      { input: { email, password: PASSWORD } },
    );
    expect(result.signIn.__typename).toBe('AuthSuccess');
    expect(session.cookie).toMatch(/^sid=/);
    return session;
  }

  async call<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': this.language,
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const sid = res.headers.getSetCookie().find((c) => c.startsWith('sid='));
    if (sid) this.cookie = sid.split(';')[0]!;
    const body = (await res.json()) as { data: T; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  }
}

const RESULT = `__typename
  ... on Listing { id slug status missingForSubmission }
  ... on InputError { code message fieldErrors { field code message } }`;

interface ListingResult {
  __typename: string;
  id: string;
  slug: string;
  status: string;
  missingForSubmission: string[];
  fieldErrors?: { field: string; code: string }[];
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** A complete technology offer, in the style of the department's 2023 report. */
function offer(titleVi: string, titleEn: string) {
  return {
    titleVi,
    titleEn,
    summaryVi: 'Sấy thanh long cắt lát ở 45–50 °C bằng bơm nhiệt: giữ màu đỏ tự nhiên, tiêu hao điện giảm 35% so với sấy điện trở.',
    summaryEn: 'Dries sliced dragon fruit at 45–50 °C with a heat pump: keeps its natural red colour and uses 35% less power than resistive drying.',
    descriptionVi: 'Dây chuyền gồm **buồng sấy 500 kg/mẻ**, bơm nhiệt và bộ điều khiển độ ẩm.\n\nĐã chạy thử tại Châu Thành.',
    descriptionEn: 'The line has a **500 kg drying chamber**, a heat pump and a humidity controller.\n\nTrial runs in Châu Thành.',
    fieldCode: '401',
    keywords: ['thanh long', 'sấy lạnh', 'bơm nhiệt'],
    trl: 7,
    price: { type: 'FIXED', min: 450_000_000 },
    validUntil: inDays(180),
    technology: {
      problemSolved: 'Thanh long sấy bằng điện trở bị sẫm màu, mất vitamin C và tốn điện.',
      advantages: ['Tiêu hao điện giảm 35%', 'Giữ trên 80% vitamin C'],
      applications: ['Hợp tác xã thanh long', 'Cơ sở chế biến nông sản'],
      trlEvidence: 'Chạy thử 3 mẻ.',
      transferObjects: ['KNOW_HOW', 'MACHINERY_WITH_TECHNOLOGY'],
      transferForms: ['STANDALONE_CONTRACT'],
      transferModes: ['DOCUMENTS', 'TRAINING'],
      rights: { kind: 'RIGHT_OF_USE', exclusive: false, territory: 'Tỉnh Tây Ninh', sublicensing: false },
      dealTypes: ['LICENSE'],
      support: 'Hướng dẫn vận hành 5 ngày; bảo trì 12 tháng.',
      dossierPublic: false,
    },
  };
}

/** The seller drafts a complete offer for their organisation and submits it (through the API, see the top). */
async function sellerSubmitsOffer(seller: ApiSession, titleVi: string, titleEn: string): Promise<string> {
  const { me } = await seller.call<{ me: { memberships: { organisation: { id: string } }[] } }>(
    '{ me { memberships { organisation { id } } } }',
  );
  const organisationId = me.memberships[0]!.organisation.id;
  const { createListing } = await seller.call<{ createListing: ListingResult }>(
    `mutation($org: ID!, $input: ListingInput!) { createListing(organisationId: $org, kind: TECHNOLOGY_OFFER, input: $input) { ${RESULT} } }`,
    { org: organisationId, input: offer(titleVi, titleEn) },
  );
  expect(createListing).toMatchObject({ __typename: 'Listing', status: 'DRAFT', missingForSubmission: [] });
  const { submitListing } = await seller.call<{ submitListing: ListingResult }>(
    `mutation($id: ID!) { submitListing(id: $id) { ${RESULT} } }`,
    { id: createListing.id },
  );
  expect(submitListing.status).toBe('PENDING_REVIEW');
  return createListing.id;
}

interface SellerView {
  status: string;
  decisions: { action: string; comment: string | null; fieldComments: { field: string; comment: string }[] }[];
}

/** What the seller sees of the department's decision, then the fixed field and a new submission. */
async function sellerFixesAndResubmits(seller: ApiSession, id: string, fixedEvidence: string): Promise<SellerView> {
  const { listingById } = await seller.call<{ listingById: SellerView }>(
    'query($id: ID!) { listingById(id: $id) { status decisions { action comment fieldComments { field comment } } } }',
    { id },
  );
  const { updateListing } = await seller.call<{ updateListing: ListingResult }>(
    `mutation($id: ID!, $input: ListingInput!) { updateListing(id: $id, input: $input) { ${RESULT} } }`,
    { id, input: { technology: { trlEvidence: fixedEvidence } } },
  );
  expect(updateListing.__typename).toBe('Listing');
  const { submitListing } = await seller.call<{ submitListing: ListingResult }>(
    `mutation($id: ID!) { submitListing(id: $id) { ${RESULT} } }`,
    { id },
  );
  expect(submitListing.status).toBe('PENDING_REVIEW');
  return listingById;
}

async function signInInBrowser(page: Page, email: string, labels: { password: string; submit: string }) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(labels.password).fill(PASSWORD);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
}

const onQueue = (done: string) => (url: URL) => url.pathname === '/moderation' && url.searchParams.get('done') === done;

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
      const seller = await ApiSession.signIn(SELLER);
      const id = await sellerSubmitsOffer(seller, title, 'Heat-pump cold drying of dragon fruit, 500 kg per batch');

      // The moderator signs in and finds the offer in the queue, narrowed to technology offers.
      const moderator = await openPage();
      await moderator.goto('/moderation');
      await moderator.waitForURL('**/sign-in?redirectTo=%2Fmoderation');
      await signInInBrowser(moderator, MODERATOR, { password: 'Mật khẩu', submit: 'Đăng nhập' });
      await moderator.waitForURL((url) => url.pathname === '/moderation');
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

      // The seller sees the comment on that very field, fixes the field and submits again.
      const seen = await sellerFixesAndResubmits(
        seller,
        id,
        'Biên bản nghiệm thu ngày 12/9/2025: 3 mẻ 500 kg, độ ẩm 14%, giữ 82% vitamin C (phiếu phân tích kèm theo).',
      );
      expect(seen.status).toBe('CHANGES_REQUESTED');
      expect(seen.decisions[0]).toMatchObject({
        action: 'REQUEST_CHANGES',
        comment: 'Tin đăng rõ ràng; chỉ cần bổ sung minh chứng TRL.',
        fieldComments: [{ field: 'technology.trlEvidence', comment: fieldComment }],
      });

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
        '@type': 'Service',
        name: title,
        offers: { '@type': 'Offer', price: 450_000_000, priceCurrency: 'VND' },
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
      const seller = await ApiSession.signIn(SELLER, 'en');
      const id = await sellerSubmitsOffer(seller, titleVi, titleEn);

      const moderator = await openPage({ lang: 'en', locale: 'en-US' });
      await moderator.goto('/sign-in?redirectTo=/moderation');
      await signInInBrowser(moderator, MODERATOR, { password: 'Password', submit: 'Sign in' });
      await moderator.waitForURL((url) => url.pathname === '/moderation');
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

      const seen = await sellerFixesAndResubmits(seller, id, 'Acceptance record of 12 September 2025, three batches of 500 kg.');
      expect(seen.decisions[0]!.fieldComments).toEqual([{ field: 'technology.trlEvidence', comment: fieldComment }]);

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
      expect(data).toMatchObject({ '@type': 'Service', name: titleEn, offers: { price: 450_000_000, priceCurrency: 'VND' } });
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

    const buyer = await openPage();
    await buyer.goto('/sign-in?redirectTo=/moderation');
    await signInInBrowser(buyer, BUYER, { password: 'Mật khẩu', submit: 'Đăng nhập' });
    await buyer.waitForURL((url) => url.pathname === '/moderation');
    // The demo buyer prefers English.
    await textOf(buyer.getByRole('heading', { level: 1 })).toBe('You do not have access');
    await countOf(buyer.getByRole('link', { name: 'Moderation' })).toBe(0);
    const forbidden = await buyer.goto('/moderation');
    expect(forbidden?.status()).toBe(403);
  });
});
