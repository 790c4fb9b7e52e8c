// A visitor over the per-minute limits sees a "too many requests" page that says how long to wait, in their
// language, not the generic error page; the upload routes count too. The address counted is the socket's unless
// TRUST_PROXY names the proxy in front: a client cannot pick its own address with X-Forwarded-For. The pages here are
// searches, a new one each time: a visitor's copy of a cached page (server/plugins/page-cache.ts), the same search
// again included, runs no query, so it costs no allowance.
import { describe, expect, it } from 'vitest';
import { useServer } from '../support/e2e.ts';

const LIMITS = { RATE_LIMIT_QUERIES_PER_MINUTE: '3', RATE_LIMIT_SEARCHES_PER_MINUTE: '3', RATE_LIMIT_UPLOADS_PER_MINUTE: '1' };
const server = useServer({ env: LIMITS });
const behindProxy = useServer({ env: { ...LIMITS, TRUST_PROXY: '127.0.0.1' } });

/** Searches up to eight times (`máy 0`, `máy 1`, …) and answers the statuses, stopping at the first refusal. */
async function loadUntilRefused(base: string, headers: () => Record<string, string>) {
  const statuses: number[] = [];
  let refused: Response | undefined;
  for (let i = 0; i < 8 && !refused; i++) {
    const res = await fetch(`${base}/search?q=m%C3%A1y+${i}`, { headers: headers() });
    statuses.push(res.status);
    if (res.status === 429) refused = res;
    else await res.arrayBuffer();
  }
  return { statuses, refused };
}

describe('per-minute limits as a person meets them', () => {
  it('a page past the limit is 429 with the wait in Vietnamese, and English for an English browser', async () => {
    // A new X-Forwarded-For on every request changes nothing: no proxy is trusted.
    let n = 0;
    const { statuses, refused } = await loadUntilRefused(server.url, () => ({ 'accept-language': 'vi', 'x-forwarded-for': `198.51.100.${++n}` }));
    expect(statuses[0]).toBe(200);
    expect(refused, `statuses: ${statuses.join(', ')}`).toBeDefined();
    expect(await refused!.text()).toMatch(/\d+ (giây|phút)/);
    const english = await fetch(`${server.url}/en/search?q=machine`);
    expect(english.status).toBe(429);
    expect(await english.text()).toMatch(/\d+ (seconds?|minutes?)/);
  });

  it('the same search again and again is refused past the allowance too, though its copies come from the page cache', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8 && statuses.at(-1) !== 429; i++) {
      const res = await fetch(`${behindProxy.url}/search?q=thanh+long`, { headers: { 'x-forwarded-for': '203.0.113.20' } });
      statuses.push(res.status);
      await res.arrayBuffer();
    }
    // Rendered, then two copies (three looked up: the minute's allowance), then rendered: the limit's two left, refused.
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
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

  it('behind a trusted proxy, each forwarded address has its own allowance, pages included', async () => {
    const first = await loadUntilRefused(behindProxy.url, () => ({ 'x-forwarded-for': '203.0.113.7' }));
    expect(first.refused, `statuses: ${first.statuses.join(', ')}`).toBeDefined();
    const other = await fetch(`${behindProxy.url}/search?q=m%C3%A1y`, { headers: { 'x-forwarded-for': '203.0.113.8' } });
    expect(other.status).toBe(200);
  });
});
