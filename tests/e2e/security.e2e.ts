// The web app as an attacker and an unlucky visitor try it, over real HTTP against the built app behind the API
// server with the demo data (issue 10, findings 2, 6, 7, 8): open redirects after URL normalisation, security
// headers and a nonce CSP on pages, compressed pages, 404/400/413 for bad input instead of 500, SvelteKit's own
// cross-site form check, and an internal failure that shows an id instead of its message.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { rawRequest, type RawAnswer } from '../support/raw-http.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';
import { useServer } from '../support/e2e.ts';

const PASSWORD = 'demo-password-2023';
const SELLER = 'seller@demo.sangiaodich.vn';
const MODERATOR = 'moderator@demo.sangiaodich.vn';
const BUYER = 'buyer@demo.sangiaodich.vn';

/** Redirect targets that pass a check made before normalisation and become `//host` after it (finding 2). */
const PAYLOADS = ['/.//evil.example', '/a/..//evil.example', '/%2e//evil.example', '/./\\evil.example', '/\t/evil.example', decodeURIComponent('%2F.%2F%2Fevil.example')];

const server = useServer();
let origin: string;

/** One request exactly as given (see tests/support/raw-http.ts). */
function raw(method: string, path: string, headers: Record<string, string | number> = {}, body?: Buffer | string): Promise<RawAnswer> {
  return rawRequest(`${origin}${path}`, method, headers, body);
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = 'application/x-www-form-urlencoded';

/** A browser's form post from this site (SvelteKit checks the Origin of form posts). */
function postForm(path: string, fields: Record<string, string>, extra: Record<string, string> = {}) {
  const body = form(fields);
  return raw('POST', path, { 'content-type': FORM, 'content-length': Buffer.byteLength(body), accept: 'text/html', origin, ...extra }, body);
}

async function signIn(email: string): Promise<string> {
  const res = await postForm('/sign-in?/signIn', { email, password: PASSWORD, redirectTo: '/' });
  expect(res.status, res.text().slice(0, 300)).toBe(303);
  const sid = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('sid='));
  expect(sid).toBeDefined();
  return sid!.split(';')[0];
}

/** Where a browser goes when it follows this Location from a page of the site. */
function followed(res: RawAnswer): URL {
  expect(res.status).toBe(303);
  return new URL(String(res.headers.location), `${origin}/sign-in`);
}

beforeAll(async () => {
  origin = server.url;
  await server.app.searchWorker.drain(); // the search page lists the indexed demo listings, as in production
});
describe('redirect targets stay on the site after normalisation (finding 2)', () => {
  it('GET /sign-in when signed in', async () => {
    const sid = await signIn(BUYER);
    for (const target of PAYLOADS) {
      const res = await raw('GET', `/sign-in?redirectTo=${encodeURIComponent(target)}`, { cookie: sid });
      expect(followed(res).origin, `${JSON.stringify(target)} → ${res.headers.location}`).toBe(origin);
      expect(String(res.headers.location).startsWith('//'), JSON.stringify(target)).toBe(false);
    }
    // An ordinary target still works.
    expect(followed(await raw('GET', `/sign-in?redirectTo=${encodeURIComponent('/search?q=ca')}`, { cookie: sid })).href).toBe(`${origin}/search?q=ca`);
  });

  it('POST /sign-in?/signIn, POST /lang and the sign-up form', async () => {
    for (const target of PAYLOADS) {
      const lang = await postForm('/lang', { locale: 'en', redirectTo: target });
      expect(followed(lang).origin, `/lang ${JSON.stringify(target)} → ${lang.headers.location}`).toBe(origin);
    }
    for (const target of PAYLOADS.slice(0, 3)) {
      const signedIn = await postForm('/sign-in?/signIn', { email: BUYER, password: PASSWORD, redirectTo: target });
      expect(followed(signedIn).origin, `sign-in ${JSON.stringify(target)} → ${signedIn.headers.location}`).toBe(origin);
    }
    const signedUp = await postForm('/sign-up?/signUp', {
      email: `redirect-${Date.now()}@example.vn`,
      displayName: 'Nguyễn Văn Thử',
      password: 'a long enough password',
      locale: 'vi',
      acceptTerms: 'yes',
      redirectTo: '/.//evil.example',
    });
    expect(followed(signedUp).origin, String(signedUp.headers.location)).toBe(origin);
  });
});

describe('headers on every page (finding 7)', () => {
  it('a page carries a nonce CSP that its own inline scripts satisfy, frame-ancestors, nosniff and Referrer-Policy', async () => {
    const res = await raw('GET', '/');
    expect(res.status).toBe(200);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/object-src 'none'/);
    const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, csp).toBeDefined();
    // Every inline script of the page (SvelteKit's start-up) carries this response's nonce.
    const inline = [...res.text().matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].filter((m) => !/application\/ld\+json/.test(m[1]));
    expect(inline.length).toBeGreaterThan(0);
    for (const [, attributes] of inline) expect(attributes).toContain(`nonce="${nonce}"`);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['strict-transport-security']).toBeUndefined(); // plain http here
    // A fresh nonce per response.
    const again = String((await raw('GET', '/')).headers['content-security-policy']);
    expect(again).not.toContain(nonce);
  });

  it('so do the web’s other answers: a 404 page, a redirect, a static file', async () => {
    for (const path of ['/no-such-page', '/sign-out', '/favicon.svg']) {
      const res = await raw('GET', path);
      expect(res.headers['content-security-policy'], path).toMatch(/frame-ancestors 'none'/);
      expect(res.headers['x-frame-options'], path).toBe('DENY');
      expect(res.headers['x-content-type-options'], path).toBe('nosniff');
    }
  });
});

describe('compressed pages (finding 7)', () => {
  it('home and search are sent with brotli or gzip, far smaller than the HTML they decode to', async () => {
    const sizes: Record<string, number> = {};
    for (const path of ['/', '/search']) {
      const plain = await raw('GET', path);
      const br = await raw('GET', path, { 'accept-encoding': 'gzip, deflate, br' });
      const gzip = await raw('GET', path, { 'accept-encoding': 'gzip' });
      expect(plain.status, path).toBe(200);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(br.headers['content-encoding'], path).toBe('br');
      expect(gzip.headers['content-encoding'], path).toBe('gzip');
      expect(br.headers.vary, path).toMatch(/accept-encoding/i);
      // Nonces differ per response, so compare the decoded page's size, not its bytes.
      const decoded = brotliDecompressSync(br.body);
      expect(decoded.toString(), path).toMatch(/^<!doctype html>/);
      expect(Math.abs(decoded.length - plain.body.length), path).toBeLessThan(200);
      expect(gunzipSync(gzip.body).toString(), path).toMatch(/<\/html>\s*$/);
      expect(br.body.length, path).toBeLessThan(plain.body.length / 3);
      Object.assign(sizes, { [`${path} html`]: plain.body.length, [`${path} br`]: br.body.length, [`${path} gzip`]: gzip.body.length });
    }
    console.log('[figures] page sizes in bytes', sizes);
  });
});

describe('bad input never answers 500 (finding 6)', () => {
  it('a listing slug with NUL characters is a 404 page', async () => {
    const res = await raw('GET', '/listings/%00%00%00');
    expect(res.status).toBe(404);
    expect(res.text()).toMatch(/Không tìm thấy trang/);
  });

  it('a malformed id in the seller’s workspace and in moderation is a 404 page', async () => {
    const seller = await signIn(SELLER);
    const moderator = await signIn(MODERATOR);
    for (const [path, cookie] of [
      ['/workspace/listings/not-a-uuid', seller],
      ['/workspace/listings/not-a-uuid/edit/basics', seller],
      ['/workspace/organisations/1', seller],
      ['/moderation/listings/not-a-uuid', moderator],
      ['/inquiries/%00', seller],
      ['/deals/1', seller],
      ['/payments/x', seller],
      ['/organisations/%00', seller],
    ] as const) {
      const res = await raw('GET', path, { cookie });
      expect(res.status, `${path}: ${res.text().slice(0, 200)}`).toBe(404);
    }
  });

  it('a 2 MB sign-in form is 413 and a broken multipart one 400', async () => {
    const big = await postForm('/sign-in?/signIn', { email: 'a'.repeat(2_000_000), password: 'x' });
    expect(big.status).toBe(413);
    expect(big.text()).toMatch(/Nội dung gửi lên quá lớn/);
    const chunkedBig = await raw('POST', '/sign-in?/signIn', { 'content-type': FORM, 'transfer-encoding': 'chunked', origin }, form({ email: 'a'.repeat(2_000_000), password: 'x' }));
    expect(chunkedBig.status).toBe(413);
    const broken = await raw('POST', '/sign-in?/signIn', { 'content-type': 'multipart/form-data; boundary=zzz', origin }, '--zzz\r\nContent-Disposition: form-data; name="email"\r\n\r\nabc');
    expect(broken.status).toBe(400);
    const noBoundary = await raw('POST', '/sign-in?/signIn', { 'content-type': 'multipart/form-data', origin }, 'email=x');
    expect(noBoundary.status).toBe(400);
  });
});

describe('cross-site form posts (finding 8)', () => {
  it('SvelteKit refuses a form action posted from another origin', async () => {
    const res = await postForm('/sign-in?/signIn', { email: BUYER, password: PASSWORD }, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(res.headers['set-cookie']).toBeUndefined();
    const lang = await postForm('/lang', { locale: 'en', redirectTo: '/' }, { origin: 'https://evil.example' });
    expect(lang.status).toBe(403);
  });
});

describe('an internal failure (one error policy)', () => {
  it('shows a generic page with the logged request id, never the internal message', async () => {
    const bridge = globalThis.__exchangeApi!;
    const real = bridge.graphql;
    bridge.graphql = async () => {
      throw new Error('connect ECONNREFUSED /srv/exchange/node_modules/.prisma/client secret-detail');
    };
    try {
      const res = await raw('GET', '/en');
      expect(res.status).toBe(500);
      expect(res.text()).not.toMatch(/ECONNREFUSED|secret-detail|\/srv\/|prisma/);
      // The id the log has it under, also sent back in X-Request-Id.
      expect(res.text()).toContain(`data-testid="error-reference">Request id: ${res.headers['x-request-id']}.`);
    } finally {
      bridge.graphql = real;
    }
  });
});

describe('the CSP in a browser', () => {
  it('lets every page of the tour run (hydrated, no violation reported)', async () => {
    const browser = await launchBrowser();
    try {
      const page = await openPage(browser, origin);
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`));
      });
      const listing = await server.db.prisma.listing.findFirstOrThrow({ where: { status: 'PUBLISHED' }, select: { slug: true } });
      for (const path of ['/', '/search?q=m%C3%A1y', `/listings/${listing.slug}`, '/sign-in', '/no-such-page']) {
        await page.goto(path); // waits until the app has hydrated: SvelteKit's inline start-up script ran
      }
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
