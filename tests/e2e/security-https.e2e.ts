// A platform whose PUBLIC_URL is https (TLS ends at a proxy in front of it, so the requests themselves arrive over
// http): every cookie it sets, the API's session and the web's own language cookie, is Secure without COOKIE_SECURE,
// and pages promise browsers https (HSTS) (issue 10, finding 7).
import { describe, expect, it } from 'vitest';
import { useServer } from '../support/e2e.ts';

const server = useServer({ env: { PUBLIC_URL: 'https://sangiaodich.example', COOKIE_SECURE: undefined } });

function postForm(path: string, fields: Record<string, string>) {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: server.url },
    body: new URLSearchParams(fields).toString(),
  });
}

describe('behind https', () => {
  it('marks the session cookie and the language cookie Secure', async () => {
    const signedIn = await postForm('/sign-in?/signIn', { email: 'buyer@demo.sangiaodich.vn', password: 'demo-password-2023', redirectTo: '/' });
    expect(signedIn.status).toBe(303);
    const sid = signedIn.headers.getSetCookie().find((c) => c.startsWith('sid='));
    expect(sid).toMatch(/;\s*Secure/i);
    const lang = await postForm('/lang', { locale: 'en', redirectTo: '/' });
    expect(lang.status).toBe(303);
    const cookie = lang.headers.getSetCookie().find((c) => c.startsWith('lang='));
    expect(cookie).toMatch(/;\s*Secure/i);
  });

  it('sends HSTS on pages and on the API', async () => {
    for (const res of [await fetch(`${server.url}/`), await fetch(`${server.url}/graphql?query=%7B__typename%7D`)]) {
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
      await res.arrayBuffer();
    }
  });
});
