// Finding 1 of issue 10: one anonymous request could hold the server for 20–45 s (15,000 aliases) or make it
// render megabytes (1,000 aliases of latestListings → organisation → listings). Each limit is reproduced here
// against a real listening server with the demo data, and must be refused fast while /healthz keeps answering.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ web: false, env: { LOG_LEVEL: 'silent' } });
});
afterAll(async () => {
  await server?.close();
});

interface Answer {
  status: number;
  ms: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const started = performance.now();
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  return { status: res.status, ms: performance.now() - started, body };
}

const aliases = (n: number, field: (i: number) => string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }`;
const FIFTEEN_THOUSAND = aliases(15_000, (i) => `organisations(first: 100, province: "${i}") { totalCount }`);
const THOUSAND_LISTINGS = aliases(1_000, () => 'latestListings { organisation { listings { descriptionHtml } } }');

function refusedAs(answer: Answer, code: string, extra: Record<string, unknown> = {}) {
  expect(answer.body.data ?? null).toBeNull();
  expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code, ...extra });
}

describe('GraphQL limits', () => {
  it('refuses 15,000 aliases (0.8 MB) at once, and /healthz answers meanwhile', async () => {
    expect(FIFTEEN_THOUSAND.length).toBeGreaterThan(700_000);
    const alone = await post(`${FIFTEEN_THOUSAND} # alone`);
    refusedAs(alone, 'QUERY_TOO_COMPLEX', { limit: 'tokens' });
    const idle = performance.now();
    await fetch(`${server.url}/healthz`);
    const idleHealthz = performance.now() - idle;
    const healthz: number[] = [];
    let attacking = true;
    const probe = (async () => {
      while (attacking) {
        const t = performance.now();
        const res = await fetch(`${server.url}/healthz`);
        expect(res.status).toBe(200);
        healthz.push(performance.now() - t);
      }
    })();
    // Five at once, four times, as an attacker would; each is a new text (not in Mercurius's cache of refusals).
    const answers: Answer[] = [];
    for (let round = 0; round < 4; round++) {
      answers.push(...(await Promise.all(Array.from({ length: 5 }, (_, i) => post(`${FIFTEEN_THOUSAND} # ${round}-${i}`)))));
    }
    attacking = false;
    await probe;
    for (const a of answers) refusedAs(a, 'QUERY_TOO_COMPLEX', { limit: 'tokens' });
    const slowest = Math.max(...answers.map((a) => a.ms));
    console.info(`15,000 aliases: one alone refused in ${alone.ms.toFixed(0)} ms (/healthz idle ${idleHealthz.toFixed(0)} ms); five at once ×4: ${answers.map((a) => a.ms.toFixed(0)).join(', ')} ms; /healthz max ${Math.max(...healthz).toFixed(0)} ms over ${healthz.length} probes`);
    expect(slowest).toBeLessThan(2_000);
    expect(Math.max(...healthz)).toBeLessThan(1_000);
  });

  it('refuses 1,000 aliases of latestListings → organisation → listings { descriptionHtml }', async () => {
    const answer = await post(THOUSAND_LISTINGS);
    console.info(`1,000 aliases of latestListings: refused in ${answer.ms.toFixed(0)} ms`);
    refusedAs(answer, 'QUERY_TOO_COMPLEX');
    expect(answer.ms).toBeLessThan(2_000);
    expect(answer.body.errors?.[0]?.message).toMatch(/too large or too complex/);
  });

  it('refuses more aliases than the limit even when the query is small', async () => {
    const slugs = (n: number) => `{ latestListings(first: 1) ${aliases(n, () => 'slug')} }`;
    refusedAs(await post(slugs(31)), 'QUERY_TOO_COMPLEX', { limit: 'aliases', max: 30 });
    expect((await post(slugs(30))).body.data).toBeTruthy();
  });

  it('refuses more root fields than the limit', async () => {
    // Without aliases: repeating a root field is still a root field to resolve; 21 exceed the default of 20.
    refusedAs(await post(`{ ${'ping '.repeat(21)}}`), 'QUERY_TOO_COMPLEX', { limit: 'rootFields', max: 20 });
    expect((await post(`{ ${'ping '.repeat(20)}}`)).body.data).toEqual({ ping: 'pong' });
  });

  it('refuses more directives than the limit', async () => {
    const query = `{ ping ${'@include(if: true) '.repeat(31)} }`;
    refusedAs(await post(query), 'QUERY_TOO_COMPLEX', { limit: 'directives' });
  });

  it('refuses a query deeper than the depth limit', async () => {
    const nest = (levels: number): string => (levels === 0 ? 'slug' : `organisation { listings { nodes { ${nest(levels - 1)} } } }`);
    const deep = `{ latestListings { ${nest(5)} } }`;
    refusedAs(await post(deep), 'QUERY_TOO_COMPLEX', { limit: 'depth' });
  });

  it('counts list sizes multiplied: a single nested query of 100 × 100 listings is refused by cost', async () => {
    const nested = `query($n: Int) { latestListings(first: $n) { organisation { listings(first: $n) { nodes { descriptionHtml } } } } }`;
    // With variables (which graphql-armor's cost rule cannot see) and with literals.
    refusedAs(await post(nested, { n: 100 }), 'QUERY_TOO_COMPLEX', { limit: 'cost' });
    refusedAs(await post(nested.replace('query($n: Int) ', '').replace(/\$n/g, '100')), 'QUERY_TOO_COMPLEX', { limit: 'cost' });
    // The same shape at the web's sizes runs.
    const ok = await post(nested, { n: 12 });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data).toBeTruthy();
  });

  it('refuses a list argument above its cap with BAD_USER_INPUT naming the argument, literal or variable', async () => {
    const viaLiteral = await post(`{ latestListings { organisation { listings(first: 101) { nodes { slug } } } } }`);
    refusedAs(viaLiteral, 'BAD_USER_INPUT', { field: 'first', max: 100 });
    expect(viaLiteral.body.errors?.[0]?.message).toMatch(/first/);
    refusedAs(await post(`query($n: Int) { organisations(first: $n) { totalCount } }`, { n: 1_000_000 }), 'BAD_USER_INPUT', { field: 'first' });
    // A cursor that is not one of the list's: the same code, naming `after`.
    refusedAs(await post(`{ organisations(after: "bm9wZQ") { totalCount } }`), 'BAD_USER_INPUT', { field: 'after' });
    refusedAs(await post(`{ latestListings(first: -5) { slug } }`), 'BAD_USER_INPUT', { field: 'first' });
    refusedAs(await post(`{ search(first: 51) { totalCount } }`), 'BAD_USER_INPUT', { field: 'first', max: 50 });
    // At the cap it runs.
    expect((await post(`{ organisations(first: 100) { totalCount } }`)).body.data).toMatchObject({ organisations: { totalCount: expect.any(Number) } });
  });

  it('refuses a query with more tokens than the limit before building it', async () => {
    const answer = await post(`{ ping ${'__typename '.repeat(5_000)}}`);
    refusedAs(answer, 'QUERY_TOO_COMPLEX', { limit: 'tokens', max: 3_000 });
  });
});

describe('GraphQL time budget', () => {
  let slow: TestServer;
  beforeAll(async () => {
    slow = await startTestServer({ web: false, env: { LOG_LEVEL: 'silent', GRAPHQL_TIMEOUT_MS: '1' } });
  });
  afterAll(async () => {
    await slow?.close();
  });

  it('stops a request that runs past GRAPHQL_TIMEOUT_MS with TIMEOUT and 503', async () => {
    const res = await fetch(`${slow.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ query: '{ latestListings { slug organisation { name listings { nodes { slug } } } } }' }),
    });
    const body = await res.json();
    expect(res.status).toBe(503);
    expect(body.data).toBeNull();
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'TIMEOUT' } });
    expect(body.errors[0].message).toMatch(/ran longer than/);
    expect((await fetch(`${slow.url}/healthz`)).status).toBe(200);
  });
});
