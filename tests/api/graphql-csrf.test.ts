// Finding 8 (GraphQL half) of issue 10: Mercurius's csrfPrevention was off, so a page on another site could make
// a signed-in visitor's browser post a mutation with a "simple" request (a form or fetch without preflight:
// text/plain, application/x-www-form-urlencoded, multipart/form-data) carrying the session cookie.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';

let api: ApiApp;
let cookie: string;
let userId: string;

beforeAll(async () => {
  api = await startApi();
  const user = await createUser(api.db.prisma, { locale: 'vi' });
  userId = user.id;
  const client = await api.as(user.email);
  cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
});
afterAll(async () => {
  await api?.close();
});

const MUTATION = JSON.stringify({ query: 'mutation { setLocale(locale: en) }' });
const locale = async () => (await api.db.prisma.user.findUniqueOrThrow({ where: { id: userId } })).locale;

describe('csrfPrevention on /graphql', () => {
  it.each([
    ['text/plain', MUTATION],
    ['application/x-www-form-urlencoded', `query=${encodeURIComponent('mutation { setLocale(locale: en) }')}`],
    ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\nmutation { setLocale(locale: en) }\r\n--x--\r\n`],
  ])('refuses a cross-site %s POST with the victim’s cookie, and nothing changes', async (contentType, payload) => {
    const res = await api.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': contentType, cookie, origin: 'https://evil.example', 'accept-language': 'en' },
      payload,
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body).errors[0]).toMatchObject({ extensions: { code: 'CSRF_PREVENTED' }, message: expect.stringMatching(/giả mạo yêu cầu liên trang/) }); // the signed-in person's language
    expect(await locale()).toBe('vi');
  });

  it('refuses a GET a cross-site <img> or link could send', async () => {
    const res = await api.app.inject({ method: 'GET', url: `/graphql?query=${encodeURIComponent('{ me { email } }')}`, headers: { cookie } });
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body).errors[0].extensions.code).toBe('CSRF_PREVENTED');
  });

  it('accepts application/json (a browser must preflight it, and no CORS is granted) and the web’s bridge', async () => {
    const res = await api.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', cookie }, payload: MUTATION });
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body).data).toEqual({ setLocale: 'en' });
    expect(await locale()).toBe('en');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});
