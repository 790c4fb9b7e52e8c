// Password recovery as people meet it: ask for a link (the same answer whether or not the address has an account),
// receive it over real SMTP in the account's language, set a new password once with it, and find every old session
// ended. Links work once and for a short time, requests are throttled per address and per network address, and the
// tokens never reach the request log.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../support/factories.ts';
import { PASSWORD, startApi, type ApiApp } from '../support/api-app.ts';
import { GraphQLClient } from '../support/graphql-client.ts';
import { linkIn, SmtpInbox } from '../support/smtp-inbox.ts';

const PUBLIC_URL = 'https://san.example.vn';
const NEW_PASSWORD = 'mot mat khau moi that dai';
const REQUEST = `mutation($e: String!) { requestPasswordReset(email: $e) { __typename ... on LinkSent { email }
  ... on InputError { code message fieldErrors { field code message } } } }`;
const RESET = `mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, password: $p }) { __typename
  ... on PasswordReset { email } ... on InputError { code message fieldErrors { field code message } } } }`;
const LINK = `query($t: String!) { passwordResetLink(token: $t) { state email } }`;
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { __typename } }`;
const ME = `{ me { email } }`;

let inbox: SmtpInbox;
let api: ApiApp;
const log: string[] = [];
let ip = 0;

/** A visitor from an address of its own, so the per-address limit is met only where a test means to meet it. */
function visitor(lang: 'vi' | 'en' = 'vi'): GraphQLClient {
  const client = new GraphQLClient(api.app);
  client.remoteAddress = `198.51.100.${++ip}`;
  client.cookies.set('lang', lang);
  return client;
}

/** Asks for a reset link as a visitor and returns the token of the link that arrives by e-mail. */
async function resetToken(email: string): Promise<string> {
  const before = inbox.to(email).length;
  expect((await visitor().request(REQUEST, { e: email })).data.requestPasswordReset.__typename).toBe('LinkSent');
  await api.app.services.accountLinks.settled();
  const mail = await inbox.waitFor(email, () => api.app.mailWorker!.drain(), (m) => inbox.to(email).indexOf(m) >= before);
  return linkIn(mail, '/reset-password/').pathname.split('/').pop()!;
}

beforeAll(async () => {
  inbox = await SmtpInbox.start();
  api = await startApi(
    { SMTP_URL: inbox.url, PUBLIC_URL, LOG_LEVEL: 'info', PASSWORD_RESET_PER_EMAIL_PER_HOUR: '3', PASSWORD_RESET_PER_ADDRESS_PER_HOUR: '6' },
    { logStream: { write: (line) => void log.push(line) } },
  );
});
afterAll(async () => {
  await api.close();
  await inbox.close();
});

describe('asking for a reset link', () => {
  it('answers the same for an unknown address, and only an account’s address receives a link, in its language', async () => {
    const user = await createUser(api.db.prisma, { locale: 'en', displayName: 'Jane Buyer' });
    const known = await visitor().request(REQUEST, { e: user.email.toUpperCase() });
    const unknown = await visitor().request(REQUEST, { e: 'nobody-here@example.vn' });
    expect(known.data.requestPasswordReset).toEqual({ __typename: 'LinkSent', email: user.email });
    expect(unknown.data.requestPasswordReset).toEqual({ __typename: 'LinkSent', email: 'nobody-here@example.vn' });
    expect(known.status).toBe(unknown.status);

    await api.app.services.accountLinks.settled();
    await api.app.mailWorker!.drain();
    expect(inbox.to('nobody-here@example.vn')).toEqual([]);
    const [mail] = inbox.to(user.email);
    expect(mail!.subject).toBe('Reset your password');
    expect(mail!.text).toContain('Hello Jane Buyer,');
    expect(mail!.text).toContain('The link below works once, for 30 minutes.');
    const link = linkIn(mail!, '/reset-password/');
    expect(link.origin).toBe(PUBLIC_URL);

    // Only the token's SHA-256 is kept: the link's token is nowhere in the database.
    const token = link.pathname.split('/').pop()!;
    const rows = await api.db.prisma.accountToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: createHash('sha256').update(token).digest('hex'), purpose: 'PASSWORD_RESET', usedAt: null });
    expect(JSON.stringify(rows)).not.toContain(token);
    const minutes = (rows[0]!.expiresAt.getTime() - rows[0]!.createdAt.getTime()) / 60_000;
    expect(minutes).toBeCloseTo(30, 0);
  });

  it('refuses a malformed address on its field, in the caller’s language', async () => {
    const res = await visitor('en').request(REQUEST, { e: 'not-an-address' });
    expect(res.data.requestPasswordReset.fieldErrors).toEqual([{ field: 'email', code: 'INVALID_EMAIL', message: 'This email address is not valid.' }]);
  });
});

describe('throttling', () => {
  it('limits the links sent to one address, from any network address, saying how long to wait', async () => {
    const user = await createUser(api.db.prisma);
    for (let i = 0; i < 3; i++) expect((await visitor().request(REQUEST, { e: user.email })).data.requestPasswordReset.__typename).toBe('LinkSent');
    const refused = (await visitor().request(REQUEST, { e: user.email })).data.requestPasswordReset;
    expect(refused.code).toBe('RATE_LIMITED');
    expect(refused.fieldErrors[0].message).toMatch(/^Đã có quá nhiều yêu cầu đặt lại mật khẩu\. Vui lòng thử lại sau (\d+ phút|1 giờ)\.$/);
    // An unknown address is counted alike: being refused tells nothing either.
    for (let i = 0; i < 3; i++) await visitor().request(REQUEST, { e: 'also-nobody@example.vn' });
    expect((await visitor().request(REQUEST, { e: 'also-nobody@example.vn' })).data.requestPasswordReset.code).toBe('RATE_LIMITED');
    await api.app.services.accountLinks.settled();
    await api.app.mailWorker!.drain();
    expect(inbox.to(user.email)).toHaveLength(3);
  });

  it('limits one network address asking for many addresses', async () => {
    const one = visitor('en');
    for (let i = 0; i < 6; i++) expect((await one.request(REQUEST, { e: `probe-${i}@example.vn` })).data.requestPasswordReset.__typename).toBe('LinkSent');
    const refused = (await one.request(REQUEST, { e: 'probe-7@example.vn' })).data.requestPasswordReset;
    expect(refused.code).toBe('RATE_LIMITED');
    expect(refused.message).toMatch(/^Too many password resets were asked for\. Please try again in (\d+ minutes|1 hour)\.$/);
    // The refused request did not use up that address's own allowance elsewhere.
    expect((await visitor().request(REQUEST, { e: 'probe-7@example.vn' })).data.requestPasswordReset.__typename).toBe('LinkSent');
  });
});

describe('setting a new password with the link', () => {
  it('ends every session of the account, lets the new password in and the old one not, and says so by e-mail', async () => {
    const user = await createUser(api.db.prisma, { emailVerifiedAt: null });
    const [laptop, phone] = [await api.as(user.email), await api.as(user.email)];
    expect((await laptop.request(ME)).data.me.email).toBe(user.email);
    const token = await resetToken(user.email);

    const page = visitor();
    expect((await page.request(LINK, { t: token })).data.passwordResetLink).toEqual({ state: 'VALID', email: user.email });
    const res = await page.request(RESET, { t: token, p: NEW_PASSWORD });
    expect(res.data.resetPassword).toEqual({ __typename: 'PasswordReset', email: user.email });
    // It opens no session: the person signs in with the new password.
    expect(page.cookies.has('sid')).toBe(false);

    expect((await laptop.request(ME)).data.me).toBeNull();
    expect((await phone.request(ME)).data.me).toBeNull();
    expect(await api.db.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await visitor().request(SIGN_IN, { e: user.email, p: PASSWORD })).data.signIn.__typename).toBe('InputError');
    expect((await visitor().request(SIGN_IN, { e: user.email, p: NEW_PASSWORD })).data.signIn.__typename).toBe('AuthSuccess');

    const after = await api.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    // The link reached the address: the address is proven too.
    expect(after.emailVerifiedAt).not.toBeNull();
    const audit = await api.db.prisma.auditEvent.findMany({ where: { entityId: user.id, action: 'account.passwordReset' } });
    expect(audit).toHaveLength(1);
    const notice = await inbox.waitFor(user.email, () => api.app.mailWorker!.drain(), (m) => m.subject === 'Mật khẩu của bạn đã được đặt lại');
    expect(notice.text).toContain('mọi phiên đăng nhập cũ đã kết thúc');
  });

  it('works once: a used link is refused, and so is every other link of the account', async () => {
    const user = await createUser(api.db.prisma);
    const first = await resetToken(user.email);
    const second = await resetToken(user.email);
    expect((await visitor().request(RESET, { t: second, p: NEW_PASSWORD })).data.resetPassword.__typename).toBe('PasswordReset');

    for (const token of [second, first]) {
      const again = (await visitor('en').request(RESET, { t: token, p: 'yet another long password' })).data.resetPassword;
      expect(again).toMatchObject({ code: 'LINK_USED', fieldErrors: [{ field: 'token', code: 'LINK_USED', message: 'This link has already been used. Ask for a new one if you need to.' }] });
      expect((await visitor().request(LINK, { t: token })).data.passwordResetLink).toEqual({ state: 'USED', email: null });
    }
    expect((await visitor().request(SIGN_IN, { e: user.email, p: NEW_PASSWORD })).data.signIn.__typename).toBe('AuthSuccess');
  });

  it('two uses at once: exactly one sets the password', async () => {
    const user = await createUser(api.db.prisma);
    const token = await resetToken(user.email);
    const answers = await Promise.all(['first long password', 'second long password'].map((p) => visitor().request(RESET, { t: token, p })));
    const kinds = answers.map((a) => a.data.resetPassword.__typename ?? a.data.resetPassword.code).sort();
    expect(kinds).toEqual(['InputError', 'PasswordReset']);
  });

  it('refuses an expired link and an unknown one, and changes nothing', async () => {
    const user = await createUser(api.db.prisma);
    const token = await resetToken(user.email);
    // Time passing: the link's 30 minutes are over.
    await api.db.prisma.accountToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await visitor().request(LINK, { t: token })).data.passwordResetLink.state).toBe('EXPIRED');
    const expired = (await visitor().request(RESET, { t: token, p: NEW_PASSWORD })).data.resetPassword;
    expect(expired).toMatchObject({ code: 'LINK_EXPIRED', message: 'Liên kết đã hết hạn. Hãy yêu cầu một liên kết mới.' });
    expect((await visitor().request(LINK, { t: 'made-up-token' })).data.passwordResetLink).toEqual({ state: 'INVALID', email: null });
    expect((await visitor().request(RESET, { t: 'made-up-token', p: NEW_PASSWORD })).data.resetPassword.code).toBe('LINK_INVALID');
    expect((await visitor().request(SIGN_IN, { e: user.email, p: PASSWORD })).data.signIn.__typename).toBe('AuthSuccess');
  });

  it('checks the new password as sign-up does, keeping the link usable', async () => {
    const user = await createUser(api.db.prisma);
    const token = await resetToken(user.email);
    const short = (await visitor('en').request(RESET, { t: token, p: 'short' })).data.resetPassword;
    expect(short.fieldErrors).toEqual([{ field: 'password', code: 'TOO_SHORT', message: 'Password needs at least 10 characters.' }]);
    const same = (await visitor().request(RESET, { t: token, p: user.email })).data.resetPassword;
    expect(same.fieldErrors).toEqual([{ field: 'password', code: 'WEAK_PASSWORD', message: 'Mật khẩu không được trùng với email.' }]);
    expect((await visitor().request(LINK, { t: token })).data.passwordResetLink.state).toBe('VALID');
  });
});

describe('the request log', () => {
  it('never holds the token of a reset or verification link, though it names the path', async () => {
    const user = await createUser(api.db.prisma);
    const token = await resetToken(user.email);
    const verification = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcdefg';
    // What a browser sends for the pages and their forms (the web app is not mounted here: the log line is the point).
    for (const [method, url] of [
      ['GET', `/reset-password/${token}`],
      ['POST', `/reset-password/${token}?/reset`],
      ['GET', `/verify-email/${verification}`],
      ['GET', `/graphql?query=%7B__typename%7D&token=${token}`],
    ] as const) {
      await api.app.inject({ method, url });
    }
    const written = log.join('');
    expect(written).not.toContain(token);
    expect(written).not.toContain(verification);
    expect(written).toContain('"url":"/reset-password/[redacted]?/reset"');
    expect(written).toContain('"url":"/verify-email/[redacted]"');
  });
});
