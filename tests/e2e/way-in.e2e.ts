// A visible way in (issue 11), in Debian's Chromium against the whole platform over the demo data: a new person,
// in Vietnamese and in English, signs up from the home page, is shown "what next", finds in the header how to post
// a need, posts a technology request as an individual and sees it waiting for the department; and the header
// stays compact on a 390 px phone, with the two post links in reach and the rest behind a menu that needs no script.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hydrated, routeOf, textOf, visible } from '../support/browser.ts';
import { useE2E } from '../support/e2e.ts';

const BUYER = { email: 'buyer@demo.sangiaodich.vn', password: 'demo-password-2023' };
const MODERATOR = { email: 'moderator@demo.sangiaodich.vn', password: 'demo-password-2023' };

// What a person reads, written out here (not looked up) for the words the journey is about.
const WORDS = {
  vi: { join: 'Tạo tài khoản miễn phí', welcome: 'Chào mừng', postNeed: 'Đăng nhu cầu', postOffer: 'Đăng tin', taxCode: 'mã số thuế', individual: 'Đăng với tư cách cá nhân' },
  en: { join: 'Create a free account', welcome: 'Welcome', postNeed: 'Post a need', postOffer: 'List something', taxCode: 'tax code', individual: 'Post as an individual' },
} as const;
// The web's own dictionaries, loaded at run time: they use the bundler's extensionless imports, which the server's
// NodeNext type-check cannot follow.
type Dictionary = Record<string, string>;
const dictionary = async (lang: 'vi' | 'en') => ((await import(`../../web/src/lib/i18n/${lang}.ts`)) as Record<string, Dictionary>)[lang]!;
const DICTIONARIES = { vi: await dictionary('vi'), en: await dictionary('en') };

const { server, openPage } = useE2E();

/** A text box, select or text area by its label (labels may carry a "required to submit" note, hence not exact). */
const field = (page: Page, label: string) =>
  // The first: a field's English version is labelled with its label and "(tiếng Anh)", and comes after it.
  page.getByLabel(label).and(page.locator('input:not([type=checkbox]):not([type=radio]), textarea, select')).first();

async function next(page: Page, label: string, step: string): Promise<void> {
  await page.getByRole('button', { name: label }).click();
  await page.waitForURL((url) => url.pathname.endsWith(`/edit/${step}`));
  await hydrated(page);
}

async function signIn(page: Page, email: string, password: string, redirectTo: string): Promise<void> {
  await page.goto(`/sign-in?redirectTo=${encodeURIComponent(redirectTo)}`);
  await page.getByLabel('Email').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('main').getByRole('button', { name: /^(Đăng nhập|Sign in)$/ }).click();
  await page.waitForURL((url) => routeOf(url) === redirectTo);
}

describe('a visible way in', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`${lang}: signs up from the home page, sees what next, finds "post a need" in the header and posts one as an individual`, async () => {
      const w = WORDS[lang];
      const T = DICTIONARIES[lang];
      const name = lang === 'vi' ? 'Trần Văn Nông' : 'Tran Van Nong';
      const email = `way-in-${lang}-${Date.now()}@example.vn`;
      const title = lang === 'vi' ? 'Cần công nghệ sấy chuối giữ màu tự nhiên' : 'Seeking a banana drying process that keeps the colour';
      const page = await openPage({ lang });

      // The home page invites the visitor to sign up.
      await page.goto('/');
      await page.getByRole('link', { name: w.join }).click();
      await page.waitForURL('**/sign-up');
      await hydrated(page);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel(T['form.displayName']).fill(name);
      await page.getByLabel(T['form.password']).fill('mot-cum-tu-de-nho');
      await page.getByLabel(T['signUp.accept.before']).check();
      await page.getByRole('button', { name: T['signUp.submit'] }).click();

      // "What next", by intent, each part linking to real places.
      await page.waitForURL('**/welcome');
      await hydrated(page);
      await visible(page.getByRole('heading', { level: 1, name: `${w.welcome}` }));
      for (const intent of ['buy', 'sell', 'research']) await visible(page.getByTestId(`intent-${intent}`));
      // In the page's language: English pages link to English addresses.
      const prefix = lang === 'en' ? '/en' : '';
      expect(await page.getByTestId('intent-buy').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
        `${prefix}/search`,
        `${prefix}/post/need`,
        `${prefix}/organisations`,
      ]);
      await page.screenshot({ path: `/tmp/way-in-welcome-${lang}.png`, fullPage: true });

      // The header shows where to go next; someone without an organisation learns the ways in.
      const nav = page.getByRole('navigation', { name: T['nav.label'] });
      await visible(nav.getByRole('link', { name: w.postOffer, exact: true }));
      await nav.getByRole('link', { name: w.postNeed, exact: true }).click();
      await page.waitForURL('**/post/need');
      await hydrated(page);
      await visible(page.getByRole('heading', { level: 2, name: w.individual }));
      await visible(page.getByTestId('way-household').getByRole('link', { name: T['way.household.link'] }));
      expect(await page.getByTestId('way-register').textContent()).toContain(w.taxCode);
      expect(await page.getByTestId('way-join').textContent()).toContain(email);
      await page.screenshot({ path: `/tmp/way-in-post-need-${lang}.png`, fullPage: true });

      // Posting as an individual: a title, then the workspace's steps.
      await field(page, T['way.individual.titleLabel']).fill(title);
      await page.getByRole('button', { name: T['way.individual.submit'] }).click();
      await page.waitForURL('**/edit/basics?created=1');
      await hydrated(page);
      await visible(page.getByRole('heading', { level: 1, name: title }));

      await field(page, T['ws.field.summaryVi']).fill('Cần quy trình sấy chuối quy mô hộ gia đình, giữ màu vàng tự nhiên, công suất 50 kg/mẻ.');
      await field(page, T['ws.field.fieldCode']).selectOption('211');
      await field(page, T['ws.field.keywords']).fill('sấy chuối, hộ gia đình');
      await field(page, T['ws.field.validUntil']).fill(`${new Date().getFullYear() + 1}-06-30`);
      await next(page, T['ws.form.saveContinue'], 'details');
      await field(page, T['ws.field.request.problem']).fill('Chuối phơi nắng bị thâm, không đều màu, tốn công đảo trở.');
      await field(page, T['ws.field.request.currentSolution']).fill('Phơi trên giàn tre ba ngày mỗi mẻ.');
      await field(page, T['ws.field.request.requiredSpecs']).fill('Công suất 50 kg tươi mỗi mẻ\nĐiện một pha');
      await next(page, T['ws.form.saveContinue'], 'terms');
      // A person's request never shows their name, so the form says so instead of offering a choice.
      await visible(page.getByTestId('personal-name-hidden'));
      await field(page, T['ws.field.request.responseDeadline']).fill(`${new Date().getFullYear() + 1}-03-31`);
      await page.getByLabel(T['ws.partnerType.ANY']).check();
      await next(page, T['ws.form.saveContinue'], 'description');
      await next(page, T['ws.form.saveContinue'], 'review');
      await page.getByRole('button', { name: T['ws.review.submit'] }).click();

      // It waits for the department, and the department has it in its queue.
      await page.waitForURL('**/workspace/listings/*?done=submitted');
      await textOf(page.getByTestId('status-help')).toBe(T['ws.listing.statusHelp.PENDING_REVIEW']);
      await page.screenshot({ path: `/tmp/way-in-submitted-${lang}.png`, fullPage: true });

      const moderator = await openPage({ lang });
      await signIn(moderator, MODERATOR.email, MODERATOR.password, '/moderation');
      await visible(moderator.getByTestId('queue-item').filter({ hasText: title }));
      await moderator.context().close();
      await page.context().close();
    });
  }

  it('keeps the header under 120 px on a 390 px phone, the post links in view and the rest behind a menu', async () => {
    const page = await openPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, BUYER.email, BUYER.password, '/search');
    const header = page.locator('header.site-header');
    const height = (await header.boundingBox())!.height;
    expect(height).toBeLessThan(120);
    await page.screenshot({ path: '/tmp/way-in-header-390.png' });

    // The two post links are on screen without opening anything.
    // (Signing in may switch to the account's language, so the links are found by their place, not their words.)
    for (const testId of ['post-offer', 'post-need']) {
      const box = (await page.getByTestId(testId).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
    }
    // The account and the language are in the menu, which opens without a script of ours (a <details>).
    const signOut = page.getByRole('button', { name: /^(Đăng xuất|Sign out)$/ });
    expect(await signOut.isVisible()).toBe(false);
    await page.locator('summary.site-menu__toggle').click();
    await visible(signOut);
    await visible(page.getByRole('button', { name: 'Tiếng Việt' }));
    await page.screenshot({ path: '/tmp/way-in-header-390-menu.png' });

    // Without JavaScript too.
    const noScript = await openPage({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    await noScript.goto('/');
    expect((await noScript.locator('header.site-header').boundingBox())!.height).toBeLessThan(120);
    await noScript.locator('summary.site-menu__toggle').click();
    await visible(noScript.getByRole('link', { name: 'Đăng ký', exact: true }));
  });
});
