// Rate limits as an attacker meets them: password guesses sent in parallel, spread over several server processes or
// a restart, mass sign-up from one address, and floods of GraphQL operations; and as their victim does: the owner of
// a guessed account signs in from elsewhere at once, and from the attacker's own address after a short block.
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { startApi, type ApiApp } from '../support/api-app.ts';
import { createUser } from '../support/factories.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';

const PASSWORD = 'a long enough password';
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) {
  __typename ... on InputError { code message fieldErrors { field code message } } } }`;
const SIGN_UP = `mutation($e: String!) { signUp(input: { email: $e, password: "${PASSWORD}", displayName: "Người thử", acceptTerms: true }) {
  __typename ... on InputError { code message fieldErrors { field code message } } } }`;
const SEARCH = `query { search(query: "máy sấy") { totalCount } }`;

interface Answer {
  status: number;
  headers: Record<string, unknown>;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  cookie: string | null;
}

/** One GraphQL request from `ip`, as a browser there would send it (optionally with a session cookie). */
async function gql(app: FastifyInstance, query: string, variables: Record<string, unknown> = {}, opts: { ip?: string; cookie?: string; lang?: string } = {}): Promise<Answer> {
  const res = await app.inject({
    method: 'POST',
    url: '/graphql',
    remoteAddress: opts.ip ?? '203.0.113.1',
    headers: { 'content-type': 'application/json', 'accept-language': opts.lang ?? 'en', ...(opts.cookie ? { cookie: opts.cookie } : {}) },
    payload: JSON.stringify({ query, variables }),
  });
  const sid = (res.cookies as { name: string; value: string }[]).find((c) => c.name === 'sid');
  return { status: res.statusCode, headers: res.headers, body: JSON.parse(res.body), cookie: sid ? `sid=${sid.value}` : null };
}

const signIn = (app: FastifyInstance, email: string, password: string, ip?: string) =>
  gql(app, SIGN_IN, { e: email, p: password }, { ip }).then((a) => a.body.data.signIn as { __typename: string; code?: string; message?: string; fieldErrors?: { message: string }[] });

const count = <T>(items: T[], pick: (t: T) => unknown, value: unknown) => items.filter((i) => pick(i) === value).length;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Apps over one database, as `WEB_CONCURRENCY` processes (or hosts) share it; closed after each test.
const open: ApiApp[] = [];
const dbs: TestDatabase[] = [];
async function database() {
  const db = await freshDatabase();
  dbs.push(db);
  return db;
}
async function server(db: TestDatabase, env: Record<string, string> = {}): Promise<FastifyInstance> {
  const api = await startApi(env, { db });
  open.push(api);
  return api.app;
}
afterAll(async () => {
  for (const api of open) await api.close();
  for (const db of dbs) await db.drop();
});

describe('password guessing', () => {
  it('checks at most the limit of 50 wrong passwords sent at once for one account (counted before checking)', async () => {
    const db = await database();
    const app = await server(db); // the defaults: 10 consecutive failures per e-mail and address
    const victim = await createUser(db.prisma);
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => signIn(app, victim.email, `wrong guess ${i}`)));
    // Every attempt let through is checked against the password hash and answers INVALID_CREDENTIALS.
    const checked = count(answers, (a) => a.code, 'INVALID_CREDENTIALS');
    expect(checked).toBeLessThanOrEqual(10);
    expect(count(answers, (a) => a.code, 'RATE_LIMITED')).toBe(50 - checked);
    // Every refusal says how long the block lasts (not the day-long window of consecutive failures).
    for (const refused of answers.filter((a) => a.code === 'RATE_LIMITED')) {
      expect(refused.message).toMatch(/^Too many attempts\. Please try again in 1[45] minutes\.$/);
      expect(refused.fieldErrors![0]!.message).toBe(refused.message);
    }
  });

  it('counts across server processes, in parallel, and keeps counting after a restart', async () => {
    const db = await database();
    const env = { SIGN_IN_MAX_FAILURES_PER_PAIR: '4' };
    const [one, two] = [await server(db, env), await server(db, env)];
    const victim = await createUser(db.prisma);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(i % 2 ? one : two, victim.email, `wrong ${i}`)));
    expect(count(answers, (a) => a.code, 'INVALID_CREDENTIALS')).toBeLessThanOrEqual(4);

    const other = await createUser(db.prisma);
    for (const app of [one, one, two, two]) expect((await signIn(app, other.email, 'wrong again')).code).toBe('INVALID_CREDENTIALS');
    expect((await signIn(one, other.email, PASSWORD)).code).toBe('RATE_LIMITED');
    // A restart (a new process over the same database) remembers.
    await two.close();
    const restarted = await server(db, env);
    expect((await signIn(restarted, other.email, PASSWORD)).code).toBe('RATE_LIMITED');
  });

  it('does not lock the owner out: elsewhere at once, at the attacker’s address after the short block', async () => {
    const db = await database();
    const app = await server(db, { SIGN_IN_MAX_FAILURES_PER_PAIR: '3', SIGN_IN_PAIR_BLOCK_SECONDS: '3' });
    const victim = await createUser(db.prisma);
    const attacker = '198.51.100.66';
    // The attacker keeps guessing long after being refused.
    for (let i = 0; i < 15; i++) await signIn(app, victim.email, `guess ${i}`, attacker);
    expect((await signIn(app, victim.email, PASSWORD, attacker)).code).toBe('RATE_LIMITED');
    expect((await signIn(app, victim.email, PASSWORD, '192.0.2.7')).__typename).toBe('AuthSuccess');
    await sleep(3100);
    expect((await signIn(app, victim.email, PASSWORD, attacker)).__typename).toBe('AuthSuccess');
  });

  it('stops one address trying many accounts (failures per address per day)', async () => {
    const db = await database();
    const app = await server(db, { SIGN_IN_MAX_FAILURES_PER_ADDRESS: '5' });
    const stuffer = '198.51.100.99';
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => signIn(app, `someone-${i}@example.vn`, 'leaked password 1', stuffer)));
    expect(count(answers, (a) => a.code, 'INVALID_CREDENTIALS')).toBeLessThanOrEqual(5);
    const user = await createUser(db.prisma);
    expect((await signIn(app, user.email, PASSWORD, stuffer)).code).toBe('RATE_LIMITED');
    expect((await signIn(app, user.email, PASSWORD, '192.0.2.70')).__typename).toBe('AuthSuccess');
  });

  it('caps guesses at one account from many addresses, with a short block for its owner too', async () => {
    const db = await database();
    const app = await server(db, { SIGN_IN_MAX_FAILURES_PER_PAIR: '3', SIGN_IN_MAX_FAILURES_PER_EMAIL: '6', SIGN_IN_EMAIL_BLOCK_SECONDS: '4' });
    const victim = await createUser(db.prisma);
    const botnet = Array.from({ length: 5 }, (_, i) => `198.51.100.${10 + i}`);
    const answers = await Promise.all(botnet.flatMap((ip) => [1, 2, 3].map((n) => signIn(app, victim.email, `guess ${n}`, ip))));
    expect(count(answers, (a) => a.code, 'INVALID_CREDENTIALS')).toBeLessThanOrEqual(6);
    const owner = await signIn(app, victim.email, PASSWORD, '192.0.2.7');
    expect(owner.code).toBe('RATE_LIMITED');
    expect(owner.message).toMatch(/^Too many attempts\. Please try again in [1-4] seconds?\.$/);
    await sleep(4100);
    expect((await signIn(app, victim.email, PASSWORD, '192.0.2.7')).__typename).toBe('AuthSuccess');
  });
});

describe('sign-up', () => {
  it('creates at most the limit of accounts per address, however fast they are asked for', async () => {
    const db = await database();
    const app = await server(db, { SIGN_UP_PER_ADDRESS_PER_HOUR: '3' });
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => gql(app, SIGN_UP, { e: `mass-${i}@example.vn` }, { lang: 'vi' })));
    const results = answers.map((a) => a.body.data.signUp);
    expect(count(results, (r) => r.__typename, 'AuthSuccess')).toBe(3);
    expect(await db.prisma.user.count()).toBe(3);
    const refused = results.find((r) => r.code === 'RATE_LIMITED');
    expect(refused.message).toMatch(/^Đã có quá nhiều tài khoản được tạo từ địa chỉ mạng này\. Vui lòng thử lại sau (59 phút|60 phút|1 giờ)\.$/);
    expect((await gql(app, SIGN_UP, { e: 'elsewhere@example.vn' }, { ip: '192.0.2.8' })).body.data.signUp.__typename).toBe('AuthSuccess');
    // One IPv6 subscriber picking a fresh address of its /64 for every request is still one address.
    const rotating = await Promise.all(Array.from({ length: 6 }, (_, i) => gql(app, SIGN_UP, { e: `v6-${i}@example.vn` }, { ip: `2001:db8:5:6::${i + 1}` })));
    expect(count(rotating, (a) => a.body.data.signUp.__typename, 'AuthSuccess')).toBe(3);
  });
});

describe('GraphQL operations', () => {
  it('refuses a caller over the limit of a kind of operation with 429, RATE_LIMITED and when to retry', async () => {
    const db = await database();
    const env = { RATE_LIMIT_SEARCHES_PER_MINUTE: '3', RATE_LIMIT_QUERIES_PER_MINUTE: '5' };
    const [one, two] = [await server(db, env), await server(db, env)];
    // Searches from one address, spread over two processes.
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => gql(i % 2 ? one : two, SEARCH, {}, { lang: 'vi' })));
    expect(count(answers, (a) => a.status, 200)).toBe(3);
    const refused = answers.find((a) => a.status === 429)!;
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body.errors).toEqual([
      { message: expect.stringMatching(/^Bạn đã gửi quá nhiều yêu cầu\. Vui lòng thử lại sau (\d+ giây|1 phút)\.$/), extensions: { code: 'RATE_LIMITED', retryAfter } },
    ]);
    // Other kinds of operation, and other addresses, have their own allowance.
    expect((await gql(one, `{ ping }`)).status).toBe(200);
    expect((await gql(one, SEARCH, {}, { ip: '192.0.2.9' })).status).toBe(200);
  });

  it('counts a signed-in person by account, not by address', async () => {
    const db = await database();
    const app = await server(db, { RATE_LIMIT_MUTATIONS_PER_MINUTE: '3' });
    const [alice, bob] = [await createUser(db.prisma), await createUser(db.prisma)];
    // Signing in is a mutation of an anonymous caller: each from its own address.
    const aliceCookie = (await gql(app, SIGN_IN, { e: alice.email, p: PASSWORD }, { ip: '192.0.2.1' })).cookie!;
    const bobCookie = (await gql(app, SIGN_IN, { e: bob.email, p: PASSWORD }, { ip: '192.0.2.2' })).cookie!;
    const setLocale = (cookie: string) => gql(app, `mutation { setLocale(locale: en) }`, {}, { ip: '192.0.2.50', cookie });
    for (let i = 0; i < 3; i++) expect((await setLocale(aliceCookie)).status).toBe(200);
    const refused = await setLocale(aliceCookie);
    expect(refused.status).toBe(429);
    expect(refused.body.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    expect((await setLocale(bobCookie)).status).toBe(200); // same address, another account
  });

  it('offers the upload routes a per-account limit (answered 429 with Retry-After)', async () => {
    const db = await database();
    const app = await server(db, { RATE_LIMIT_UPLOADS_PER_MINUTE: '2' });
    app.post('/probe-upload', async (request, reply) => {
      const ctx = { user: null, sessionId: null, locale: 'en' as const, userAgent: null, ip: request.ip, cookies: { start() {}, end() {}, setLocale() {} } };
      if (await app.rateLimits.refuseUpload(ctx, reply)) return reply;
      return { ok: true };
    });
    const post = () => app.inject({ method: 'POST', url: '/probe-upload', remoteAddress: '192.0.2.77' });
    expect([(await post()).statusCode, (await post()).statusCode]).toEqual([200, 200]);
    const refused = await post();
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json()).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/^Too many requests\. Please try again in (\d+ seconds?|1 minute)\.$/) });
  });
});
