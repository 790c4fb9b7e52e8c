// The start and stop every e2e file shares: the platform (API and built web app) over a fresh database seeded with
// the demo data, and Debian's Chromium, started before the tests of the file (or of the describe that calls these)
// and closed after them. What they return stands in for what beforeAll makes, so a file writes `server.db.prisma`
// or `openPage()` at its top level and uses them in its tests and later hooks.
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage as openBrowserPage, type PageOptions } from './browser.ts';
import { freePort, startTestServer, type TestServer, type TestServerOptions } from './server.ts';
import { SmtpInbox } from './smtp-inbox.ts';

/** Options, or a function that prepares what the server must know first (a fake's address, a fixed port). */
export type ServerSetup = TestServerOptions | (() => Promise<TestServerOptions>);

export interface E2E {
  server: TestServer;
  browser: Browser;
  /** A page on this server (see browser.ts's openPage: Vietnamese unless told otherwise, waits for hydration). */
  openPage(options?: PageOptions): Promise<Page>;
}

/** A stand-in for an object made in beforeAll; used before then, it says so instead of failing on `undefined`. */
function later<T extends object>(what: string): { stand: T; set(value: T): void; get(): T | undefined } {
  let value: T | undefined;
  const stand = new Proxy({} as T, {
    get(_, key) {
      if (!value) throw new Error(`${what} is not started yet: use it in a test or in a hook after the one that starts it`);
      const member = Reflect.get(value, key, value);
      return typeof member === 'function' ? member.bind(value) : member;
    },
  });
  return { stand, set: (v) => void (value = v), get: () => value };
}

/** The platform over a fresh database (demo data unless `seed: false`). */
export function useServer(setup: ServerSetup = {}): TestServer {
  const server = later<TestServer>('the test server');
  beforeAll(async () => server.set(await startTestServer(typeof setup === 'function' ? await setup() : setup)));
  afterAll(() => server.get()?.close());
  return server.stand;
}

export function useBrowser(): Browser {
  const browser = later<Browser>('the browser');
  beforeAll(async () => browser.set(await launchBrowser()));
  afterAll(() => browser.get()?.close());
  return browser.stand;
}

/** The platform and a browser, and pages of the one in the other. */
export function useE2E(setup: ServerSetup = {}): E2E {
  const server = useServer(setup);
  const browser = useBrowser();
  return { server, browser, openPage: (options = {}) => openBrowserPage(browser, server.url, options) };
}

/**
 * useE2E with a real SMTP server in the test: the platform sends its outbox there (SMTP_URL) and the links in its
 * e-mails lead to this server (PUBLIC_URL), so a test follows them as a person would.
 */
export function useE2EWithMail(): E2E & { mail: { inbox: SmtpInbox } } {
  const mail = {} as { inbox: SmtpInbox };
  const e2e = useE2E(async () => {
    mail.inbox = await SmtpInbox.start();
    const port = await freePort();
    return { port, env: { SMTP_URL: mail.inbox.url, PUBLIC_URL: `http://127.0.0.1:${port}` } };
  });
  afterAll(() => mail.inbox?.close());
  return { ...e2e, mail };
}
