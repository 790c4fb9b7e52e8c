// JavaScript shipped per page, as a browser gets it: Debian's Chromium loads the page until the network is idle, and
// every script it fetched is counted as it came over the wire (compressed as the server sent it) and gzipped.
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../chromium.ts';

export interface PageWeight {
  scripts: number;
  /** Bytes as transferred (the server's encoding: brotli or gzip). */
  transferred: number;
  gzip: number;
  raw: number;
}

/** `cookies`: the `name=value; …` header a signed-in page needs. */
export async function javascriptOf(base: string, pages: { path: string; cookies?: string }[]): Promise<PageWeight[]> {
  const browser = await launchChromium();
  try {
    const weights: PageWeight[] = [];
    for (const { path, cookies } of pages) {
      const context = await browser.newContext({ baseURL: base, locale: 'vi-VN' });
      if (cookies) {
        await context.addCookies(cookies.split('; ').map((c) => {
          const [name, ...value] = c.split('=');
          return { name: name!, value: value.join('='), url: base };
        }));
      }
      const page = await context.newPage();
      const loads: Promise<{ transferred: number; gzip: number; raw: number }>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() !== 'script') return;
        loads.push(
          Promise.all([response.body(), response.request().sizes()]).then(([body, sizes]) => ({
            transferred: sizes.responseBodySize,
            gzip: gzipSync(body).length,
            raw: body.length,
          })),
        );
      });
      const answer = await page.goto(path, { waitUntil: 'networkidle' });
      if (answer?.status() !== 200) throw new Error(`${path} answered ${answer?.status()} in Chromium`);
      const scripts = await Promise.all(loads);
      weights.push({
        scripts: scripts.length,
        transferred: scripts.reduce((sum, s) => sum + s.transferred, 0),
        gzip: scripts.reduce((sum, s) => sum + s.gzip, 0),
        raw: scripts.reduce((sum, s) => sum + s.raw, 0),
      });
      await context.close();
    }
    return weights;
  } finally {
    await browser.close();
  }
}
