// A visitor over the per-minute limits sees a "too many requests" page that says how long to wait, in their
// language, not the generic error page; the upload routes count too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { RATE_LIMIT_QUERIES_PER_MINUTE: '3', RATE_LIMIT_UPLOADS_PER_MINUTE: '1' } });
});
afterAll(() => server?.close());

describe('per-minute limits as a person meets them', () => {
  it('a page past the limit is 429 with the wait in Vietnamese, and English for an English browser', async () => {
    const statuses: number[] = [];
    let refused: Response | undefined;
    for (let i = 0; i < 8 && !refused; i++) {
      const res = await fetch(`${server.url}/organisations`, { headers: { 'accept-language': 'vi' } });
      statuses.push(res.status);
      if (res.status === 429) refused = res;
      else await res.arrayBuffer();
    }
    expect(statuses[0]).toBe(200);
    expect(refused, `statuses: ${statuses.join(', ')}`).toBeDefined();
    expect(await refused!.text()).toMatch(/\d+ (giây|phút)/);
    const english = await fetch(`${server.url}/organisations`, { headers: { 'accept-language': 'en', cookie: 'lang=en' } });
    expect(english.status).toBe(429);
    expect(await english.text()).toMatch(/\d+ (seconds?|minutes?)/);
  });

  it('an upload past the limit is 429 RATE_LIMITED with Retry-After', async () => {
    const post = () =>
      fetch(`${server.url}/api/listings/00000000-0000-4000-8000-000000000000/images`, {
        method: 'POST',
        headers: { 'content-type': 'multipart/form-data; boundary=x' },
        body: '--x--\r\n',
      });
    expect((await post()).status).toBe(400); // no photo in the form: refused, and counted
    const second = await post();
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await second.json()).toMatchObject({ code: 'RATE_LIMITED' });
  });
});
