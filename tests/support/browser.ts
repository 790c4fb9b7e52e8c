// Debian's Chromium driven by playwright-core, as every browser test uses it.
import { expect } from 'vitest';
import { launchChromium } from '../../server/operations/chromium.ts';
import { type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** Resolves once the SvelteKit app on the page is live (the root layout marks <html data-hydrated>). */
export const hydrated = (page: Page) => page.locator('html[data-hydrated]').waitFor({ state: 'attached' });

export type PageOptions = BrowserContextOptions & { lang?: 'vi' | 'en' };

/**
 * A page in a new context (Vietnamese unless told otherwise, or with the `lang` cookie set) whose page.goto
 * waits until the app is live: typing before hydration is lost, since hydration resets inputs.
 */
export async function openPage(browser: Browser, baseURL: string, options: PageOptions = {}): Promise<Page> {
  const { lang, ...contextOptions } = options;
  const context = await browser.newContext({ baseURL, locale: 'vi-VN', viewport: { width: 1280, height: 900 }, ...contextOptions });
  if (lang) await context.addCookies([{ name: 'lang', value: lang, url: baseURL }]);
  // Fail a step with its own message well before the test's timeout.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  if (contextOptions.javaScriptEnabled !== false) {
    const goto = page.goto.bind(page);
    page.goto = async (url, gotoOptions) => {
      const response = await goto(url, gotoOptions);
      await hydrated(page);
      return response;
    };
  }
  return page;
}

// playwright-core has no web-first assertions, so these wait the way @playwright/test's expect would.
export const textOf = (locator: Locator) => expect.poll(() => locator.textContent().then((t) => t?.trim()), { timeout: 10_000 });
export const countOf = (locator: Locator) => expect.poll(() => locator.count(), { timeout: 10_000 });
export const visible = (locator: Locator) => locator.waitFor({ state: 'visible', timeout: 10_000 });

/** Clicks something that loads a new document (a plain form post or link, as without JavaScript) and waits for it. */
export async function clickAndLoad(page: Page, locator: Locator): Promise<void> {
  const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
  await locator.click();
  await navigated;
  await page.waitForLoadState('load');
}

/** True once a page has left the sign-in page, in either language (`/sign-in`, `/en/sign-in`). */
export const leftSignIn = (url: URL) => !/^(\/en)?\/sign-in(\/|$)/.test(url.pathname);

/** The page a URL shows, whatever its language: `/en/moderation` and `/moderation` are both `/moderation`. */
export const routeOf = (url: URL) => url.pathname.replace(/^\/en(?=\/|$)/, '') || '/';

/** Every demo account's password (prisma/seed/demo/accounts.ts). */
export const DEMO_PASSWORD = 'demo-password-2023';

/** Signs a demo account in through the Vietnamese sign-in page, as a person would, and waits for the signed-in header. */
export async function signInDemo(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await visible(page.getByTestId('user-name'));
}
