// The plain HTTP routes (uploads, media) and the headers of every API response, over real HTTP, as an attacker and
// an unlucky client would try them (issue 10, findings 6–8): cross-site uploads, broken and oversized bodies,
// malformed ids, internal errors, missing security headers, uncompressed JSON, cookies that are not Secure.
import { brotliDecompressSync } from 'node:zlib';
import { rawRequest, type RawAnswer } from '../support/raw-http.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a0a90000000049454e44ae426082', 'hex');
const EVIL = 'https://evil.example';

let api: ApiApp;
let base: string;
let sellerCookie: string;
let buyerCookie: string;
let listingId: string;
let inquiryId: string;

/** One request exactly as given (see tests/support/raw-http.ts). */
function raw(method: string, path: string, headers: Record<string, string | number> = {}, body?: Buffer | string): Promise<RawAnswer> {
  return rawRequest(`${base}${path}`, method, headers, body);
}

function multipart(parts: { name: string; filename?: string; data: Buffer | string }[], boundary = 'xBoundary42') {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ''}`;
    const type = p.filename ? 'Content-Type: application/octet-stream\r\n' : '';
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`), Buffer.from(p.data), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), type: `multipart/form-data; boundary=${boundary}` };
}

const photo = () => multipart([{ name: 'alt', data: 'Ảnh' }, { name: 'image', filename: 'anh.png', data: PNG }]);
const message = () => multipart([{ name: 'body', data: 'Gửi anh tài liệu.' }, { name: 'file', filename: 'so-do.png', data: PNG }]);

function postUpload(path: string, cookie: string, form: { body: Buffer; type: string }, extra: Record<string, string> = {}) {
  return raw('POST', path, { cookie, 'content-type': form.type, 'content-length': form.body.length, ...extra }, form.body);
}

async function sidOf(email: string) {
  const client = await api.as(email);
  return `sid=${client.cookies.get('sid')}`;
}

beforeAll(async () => {
  api = await startApi();
  // A route that fails the way a bug would, to see what the world is told about it.
  api.app.get('/test/broken', async () => {
    throw new Error('connect ECONNREFUSED at /srv/exchange/server/modules/secret.ts:42 (prisma.listing.findMany)');
  });
  base = await api.app.listen({ host: '127.0.0.1', port: 0 });
  const prisma = api.db.prisma;
  const org = await createOrganisation(prisma);
  const seller = await createUser(prisma);
  const buyer = await createUser(prisma);
  await addMember(prisma, seller.id, org.id);
  listingId = (await createListing(prisma, org.id)).id;
  [sellerCookie, buyerCookie] = await Promise.all([sidOf(seller.email), sidOf(buyer.email)]);
  const buyerClient = await api.as(buyer.email);
  const opened = await buyerClient.request(`mutation($input: OpenInquiryInput!) { openInquiry(input: $input) { ... on Inquiry { id } } }`, {
    input: { listingId, message: 'Xin gửi bảng thông số kỹ thuật của dây chuyền.', intendedUse: 'Nâng cấp dây chuyền sấy', organisationName: 'HTX Dương Xuân' },
  });
  inquiryId = opened.data.openInquiry.id;
});
afterAll(() => api?.close());

describe('cross-site uploads (finding 8)', () => {
  it('refuses a photo upload with the seller’s cookie from a foreign Origin, before storing anything', async () => {
    const res = await postUpload(`/api/listings/${listingId}/images`, sellerCookie, photo(), { origin: EVIL });
    expect(res.status).toBe(403);
    expect(res.json()).toMatchObject({ code: 'CROSS_ORIGIN' });
    expect(res.json().message).toMatch(/trang web khác/);
    expect(await api.db.prisma.listingImage.count({ where: { listingId } })).toBe(0);
  });

  it('refuses what a browser marks as cross-site (Sec-Fetch-Site), and a null Origin', async () => {
    const site = await postUpload(`/api/listings/${listingId}/images`, sellerCookie, photo(), { 'sec-fetch-site': 'cross-site', 'accept-language': 'en' });
    expect(site.status).toBe(403);
    expect(site.json()).toEqual({ code: 'CROSS_ORIGIN', message: 'A request sent from another website was refused.' });
    const sameSite = await postUpload(`/api/listings/${listingId}/images`, sellerCookie, photo(), { 'sec-fetch-site': 'same-site' });
    expect(sameSite.status).toBe(403);
    const sandboxed = await postUpload(`/api/listings/${listingId}/images`, sellerCookie, photo(), { origin: 'null' });
    expect(sandboxed.status).toBe(403);
  });

  it('refuses a message with files to an inquiry from a foreign Origin', async () => {
    const res = await postUpload(`/api/inquiries/${inquiryId}/messages`, sellerCookie, message(), { origin: EVIL });
    expect(res.status).toBe(403);
    expect(res.json().code).toBe('CROSS_ORIGIN');
    expect(await api.db.prisma.inquiryMessage.count({ where: { inquiryId, body: 'Gửi anh tài liệu.' } })).toBe(0);
  });

  it('accepts the same uploads from the site itself and from clients that are not browsers (no Origin)', async () => {
    const sameOrigin = await postUpload(`/api/listings/${listingId}/images`, sellerCookie, photo(), { origin: base, 'sec-fetch-site': 'same-origin' });
    expect(sameOrigin.status, sameOrigin.body.toString()).toBe(201);
    const noOrigin = await postUpload(`/api/listings/${listingId}/images`, sellerCookie, photo());
    expect(noOrigin.status).toBe(201);
    const reply = await postUpload(`/api/inquiries/${inquiryId}/messages`, sellerCookie, message(), { origin: base });
    expect(reply.status).toBe(201);
  });
});

describe('bad input to the plain routes is a 4xx, never a 500 (finding 6)', () => {
  it('answers 404 for a photo to a malformed listing id, however valid the photo', async () => {
    for (const id of ['1', 'not-a-uuid', '%00%00', 'a'.repeat(90)]) {
      const res = await postUpload(`/api/listings/${id}/images`, sellerCookie, photo());
      expect(res.status, id).toBe(404);
      expect(res.json().code).toBe('NOT_FOUND');
    }
  });

  it('answers 400 for a multipart body cut short, on both upload routes', async () => {
    const cut = (form: { body: Buffer; type: string }) => ({ body: form.body.subarray(0, form.body.length - 40), type: form.type });
    for (const path of [`/api/listings/${listingId}/images`, `/api/inquiries/${inquiryId}/messages`]) {
      const res = await postUpload(path, path.includes('inquiries') ? buyerCookie : sellerCookie, cut(path.includes('inquiries') ? message() : photo()));
      expect(res.status, path).toBe(400);
      expect(res.json().code, path).toMatch(/^(MALFORMED_BODY|VALIDATION)$/);
      expect(res.body.toString()).not.toMatch(/Unexpected end|busboy|node_modules/);
    }
  });

  it('answers 400 for a multipart content type without a boundary, on both upload routes', async () => {
    for (const path of [`/api/listings/${listingId}/images`, `/api/inquiries/${inquiryId}/messages`]) {
      const res = await raw('POST', path, { cookie: path.includes('inquiries') ? buyerCookie : sellerCookie, 'content-type': 'multipart/form-data' }, photo().body);
      expect(res.status, path).toBe(400);
      expect(res.json().code, path).toMatch(/^(MALFORMED_BODY|VALIDATION)$/);
    }
  });

  it('answers an unexpected failure with 500, a generic message and the request id, never the internal message', async () => {
    const res = await raw('GET', '/test/broken', { 'accept-language': 'en' });
    expect(res.status).toBe(500);
    const body = res.json();
    expect(body.code).toBe('INTERNAL_SERVER_ERROR');
    expect(body.requestId).toEqual(expect.any(String));
    expect(body.message).toContain(body.requestId);
    expect(res.body.toString()).not.toMatch(/ECONNREFUSED|secret|\/srv\/|prisma/);
  });
});

describe('headers on every API response (finding 7)', () => {
  it('sends CSP, frame-ancestors, X-Frame-Options, nosniff and Referrer-Policy on GraphQL, media and errors', async () => {
    const graphql = await raw('POST', '/graphql', { 'content-type': 'application/json' }, JSON.stringify({ query: '{ __typename }' }));
    const notFound = await raw('GET', '/media/listing-images/nothing.png', {});
    for (const res of [graphql, notFound]) {
      expect(res.headers['content-security-policy']).toMatch(/default-src 'none'/);
      expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      // Served over plain http here: no promise to come back over https.
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('compresses large GraphQL answers with brotli or gzip as the client accepts', async () => {
    const query = JSON.stringify({ query: '{ __schema { types { name description fields { name description } } } }' });
    const plain = await raw('POST', '/graphql', { 'content-type': 'application/json' }, query);
    const br = await raw('POST', '/graphql', { 'content-type': 'application/json', 'accept-encoding': 'br' }, query);
    const gzip = await raw('POST', '/graphql', { 'content-type': 'application/json', 'accept-encoding': 'gzip' }, query);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(2000);
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
  });
});

describe('Secure cookies and HSTS when PUBLIC_URL is https (finding 7)', () => {
  it('are off over plain http', async () => {
    const res = await raw('POST', '/graphql', { 'content-type': 'application/json' }, JSON.stringify({ query: 'mutation { setLocale(locale: "en") }' }));
    expect(String(res.headers['set-cookie'])).not.toMatch(/;\s*Secure/i);
  });

  it('are on without COOKIE_SECURE once PUBLIC_URL is https', async () => {
    const https = await startApi({ PUBLIC_URL: 'https://sangiaodich.example' });
    try {
      const user = await createUser(https.db.prisma);
      const res = await https.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload: { query: 'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { __typename } }', variables: { e: user.email, p: 'a long enough password' } },
      });
      expect(res.json().data.signIn.__typename).toBe('AuthSuccess');
      const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('sid='));
      expect(cookie).toMatch(/;\s*Secure/i);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
    } finally {
      await https.close();
    }
  });
});

describe('addresses no route takes, and malformed addresses (fuzz findings)', () => {
  it('answers an unknown path 404 NOT_FOUND in the caller’s language', async () => {
    const vi = await raw('GET', '/no/such/page', {});
    expect(vi.status).toBe(404);
    expect(vi.json()).toEqual({ code: 'NOT_FOUND', message: 'Không tìm thấy.' });
    const en = await raw('DELETE', '/no/such/page', { 'accept-language': 'en-GB,en;q=0.8' });
    expect(en.status).toBe(404);
    expect(en.json()).toEqual({ code: 'NOT_FOUND', message: 'Not found.' });
  });

  it('answers a known path with another method 405 METHOD_NOT_ALLOWED naming the methods it takes in Allow', async () => {
    for (const [method, path, allow] of [
      ['PATCH', '/healthz', 'GET, HEAD'],
      ['PUT', '/graphql', 'GET, HEAD, POST'],
      ['GET', '/webhooks/stripe', 'POST'],
      ['DELETE', `/api/listings/${listingId}/images`, 'POST'],
    ] as const) {
      const res = await raw(method, path, { 'accept-language': 'en' });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.allow).toBe(allow);
      expect(res.json()).toEqual({ code: 'METHOD_NOT_ALLOWED', message: `This address does not take ${method} requests; it takes ${allow}.` });
    }
  });

  it('answers a broken %-escape 400 BAD_URL and an overlong path segment 414 URI_TOO_LONG, in the language of the cookie', async () => {
    const bad = await raw('GET', '/media/listing-images/%', { cookie: 'lang=en' });
    expect(bad.status).toBe(400);
    expect(bad.json()).toEqual({ code: 'BAD_URL', message: 'The address is malformed (for example, a broken %-escape).' });
    const long = await raw('GET', `/media/listing-images/${'a'.repeat(200)}.png`, {});
    expect(long.status).toBe(414);
    expect(long.json()).toEqual({ code: 'URI_TOO_LONG', message: 'Một phần của địa chỉ yêu cầu quá dài.' });
  });
});
