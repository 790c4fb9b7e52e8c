import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { startApi, type ApiApp } from '../support/api-app.ts';
import type { TestDatabase } from '../support/database.ts';
import { GraphQLClient } from '../support/graphql-client.ts';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) {
  __typename
  ... on AuthSuccess { user { id email displayName role locale isSeller } }
  ... on InputError { code message fieldErrors { field code message } } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) {
  __typename
  ... on AuthSuccess { user { email } }
  ... on InputError { code fieldErrors { field code message } } } }`;
const ME = `{ me { email displayName role } }`;

let api: ApiApp;
let db: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  api = await startApi();
  ({ db, app } = api);
});
afterAll(() => api?.close());

const alice = { email: 'Alice@Example.vn', password: 'correct horse battery', displayName: 'Nguyễn Thị An', acceptTerms: true };

describe('sign up, sign in, sign out through GraphQL', () => {
  it('signs up a buyer, stores an argon2id hash and sets an HttpOnly SameSite session cookie', async () => {
    const client = new GraphQLClient(app);
    const res = await client.request(SIGN_UP, { input: alice });
    expect(res.data.signUp).toMatchObject({
      __typename: 'AuthSuccess',
      user: { email: 'alice@example.vn', displayName: 'Nguyễn Thị An', role: 'BUYER', locale: 'vi', isSeller: false },
    });
    const cookie = res.setCookies.find((c) => c.startsWith('sid='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const stored = await db.prisma.user.findUniqueOrThrow({ where: { email: 'alice@example.vn' } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(alice.password);
    expect((await client.request(ME)).data.me).toMatchObject({ email: 'alice@example.vn', role: 'BUYER' });
    const audit = await db.prisma.auditEvent.findMany({ where: { entityId: stored.id } });
    expect(audit.map((a) => a.action)).toContain('account.signUp');
  });

  it('refuses a taken email, field by field, and creates nothing', async () => {
    const before = await db.prisma.user.count();
    const res = await new GraphQLClient(app).request(SIGN_UP, { input: { ...alice, email: 'alice@example.vn' } });
    expect(res.data.signUp.__typename).toBe('InputError');
    expect(res.data.signUp.fieldErrors).toEqual([
      { field: 'email', code: 'TAKEN', message: 'Email này đã được đăng ký.' },
    ]);
    expect(await db.prisma.user.count()).toBe(before);
  });

  it('answers bad input with a message per field in the caller’s language', async () => {
    const client = new GraphQLClient(app);
    client.headers['accept-language'] = 'en-GB,en;q=0.9';
    const res = await client.request(SIGN_UP, { input: { email: 'not-an-email', password: 'short', displayName: ' ', acceptTerms: true } });
    const errors = res.data.signUp.fieldErrors;
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'email', code: 'INVALID_EMAIL', message: 'This email address is not valid.' },
        { field: 'password', code: 'TOO_SHORT', message: 'Password needs at least 10 characters.' },
        { field: 'displayName', code: 'REQUIRED', message: 'Please enter full name.' },
      ]),
    );
    expect(res.setCookies.some((c) => c.startsWith('sid='))).toBe(false);
  });

  it('signs in with the right password only, with the same answer for an unknown email', async () => {
    const wrong = await new GraphQLClient(app).request(SIGN_IN, { input: { email: alice.email, password: 'wrong password!' } });
    const unknown = await new GraphQLClient(app).request(SIGN_IN, { input: { email: 'nobody@example.vn', password: 'whatever12345' } });
    expect(wrong.data.signIn).toEqual(unknown.data.signIn);
    expect(wrong.data.signIn).toMatchObject({ __typename: 'InputError', code: 'INVALID_CREDENTIALS' });

    const client = new GraphQLClient(app);
    const ok = await client.request(SIGN_IN, { input: { email: ' ALICE@example.vn ', password: alice.password } });
    expect(ok.data.signIn).toEqual({ __typename: 'AuthSuccess', user: { email: 'alice@example.vn' } });
    expect((await client.request(ME)).data.me.email).toBe('alice@example.vn');
  });

  it('signs out: the session is deleted on the server, so the old cookie opens nothing', async () => {
    const client = new GraphQLClient(app);
    await client.request(SIGN_IN, { input: { email: alice.email, password: alice.password } });
    const token = client.cookies.get('sid')!;
    const out = await client.request(`mutation { signOut }`);
    expect(out.data.signOut).toBe(true);
    expect(client.cookies.has('sid')).toBe(false);
    const replay = new GraphQLClient(app);
    replay.cookies.set('sid', token);
    expect((await replay.request(ME)).data.me).toBeNull();
  });

  it('treats a forged or expired session cookie as a visitor', async () => {
    const forged = new GraphQLClient(app);
    forged.cookies.set('sid', 'forged-token');
    expect((await forged.request(ME)).data.me).toBeNull();

    const client = new GraphQLClient(app);
    await client.request(SIGN_IN, { input: { email: alice.email, password: alice.password } });
    await db.prisma.session.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await client.request(ME)).data.me).toBeNull();
  });

  it('remembers the chosen language for the user and through a cookie', async () => {
    const client = new GraphQLClient(app);
    await client.request(SIGN_IN, { input: { email: alice.email, password: alice.password } });
    const res = await client.request(`mutation { setLocale(locale: en) }`);
    expect(res.data.setLocale).toBe('en');
    expect(client.cookies.get('lang')).toBe('en');
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: 'alice@example.vn' } });
    expect(user.locale).toBe('en');
  });
});

describe('limits', () => {
  it('refuses a query deeper than the configured limit', async () => {
    const deep = `{ fieldsOfScience { children { parent { children { parent { children { parent { children { parent { children { code } } } } } } } } } } }`;
    const res = await new GraphQLClient(app).request(deep);
    expect(res.errors?.[0].message).toMatch(/depth/i);
  });

  it('refuses a body over the size limit without crashing', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ query: `{ ping }`, padding: 'x'.repeat(2_000_000) }),
    });
    expect(res.statusCode).toBe(413);
    expect((await new GraphQLClient(app).request(`{ ping }`)).data.ping).toBe('pong');
  });
});

describe('password guessing', () => {
  it('is refused for a while after ten wrong passwords, with the wait in the message', async () => {
    const client = new GraphQLClient(app);
    client.headers['accept-language'] = 'vi';
    const guess = () => client.request(SIGN_IN, { input: { email: 'guess-target@example.vn', password: 'wrong guess 123' } });
    for (let i = 0; i < 10; i++) expect((await guess()).data.signIn.code).toBe('INVALID_CREDENTIALS');
    const refused = (await guess()).data.signIn;
    expect(refused.code).toBe('RATE_LIMITED');
    expect(refused.fieldErrors[0].message).toMatch(/^Bạn đã thử quá nhiều lần\. Vui lòng thử lại sau 1[45] phút\.$/);
  });
});
