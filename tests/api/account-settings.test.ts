// Account settings through GraphQL on a fresh database: profile, password, and the sessions of an account.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startApi, type ApiApp } from '../support/api-app.ts';
import { createUser } from '../support/factories.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';

const SETTINGS = `{ accountSettings { email displayName phone locale } }`;
const SESSIONS = `{ mySessions { nodes { id browser system signedInAt lastSeenAt current } pageInfo { hasNextPage endCursor } } }`;
const ME = `{ me { email } }`;
const UPDATE_PROFILE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) {
  __typename
  ... on AccountSettings { displayName phone locale }
  ... on InputError { code fieldErrors { field code message } } } }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) {
  __typename
  ... on PasswordChanged { endedSessions }
  ... on InputError { code fieldErrors { field code message } } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { __typename } }`;

const CHROME_ON_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SAFARI_ON_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

let api: ApiApp;

beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
});

/** A new person with `devices` signed-in clients, each with its own user agent. */
async function personWithDevices(...userAgents: string[]) {
  const user = await createUser(api.db.prisma, { password: PASSWORD });
  const clients: GraphQLClient[] = [];
  for (const ua of userAgents) {
    const client = await signedIn(user.email, ua);
    clients.push(client);
  }
  return { user, clients };
}

async function signedIn(email: string, userAgent: string, password = PASSWORD): Promise<GraphQLClient> {
  const client = await api.as(null);
  client.headers['user-agent'] = userAgent;
  const res = await client.request(SIGN_IN, { input: { email, password } });
  expect(res.data.signIn.__typename).toBe('AuthSuccess');
  return client;
}

const auditActions = async (userId: string) =>
  (await api.db.prisma.auditEvent.findMany({ where: { entityId: userId }, orderBy: { id: 'asc' } })).map((a) => a.action);

describe('profile', () => {
  it('changes name, phone (stored as E.164) and language; the language becomes this browser’s too', async () => {
    const { user, clients: [client] } = await personWithDevices(CHROME_ON_WINDOWS);
    const res = await client.request(UPDATE_PROFILE, { input: { displayName: '  Trần Văn Bình ', phone: '0912 345 678', locale: 'en' } });
    expect(res.data.updateProfile).toEqual({ __typename: 'AccountSettings', displayName: 'Trần Văn Bình', phone: '+84912345678', locale: 'en' });
    expect(client.cookies.get('lang')).toBe('en');
    expect((await client.request(SETTINGS)).data.accountSettings).toEqual({
      email: user.email,
      displayName: 'Trần Văn Bình',
      phone: '+84912345678',
      locale: 'en',
    });
    const audit = await api.db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: 'account.updateProfile' } });
    // The log names what changed, not the values (the phone number is not copied into it).
    expect(audit.data).toEqual({ changed: ['displayName', 'phone', 'locale'] });

    // A blank phone removes it.
    const cleared = await client.request(UPDATE_PROFILE, { input: { displayName: 'Trần Văn Bình', phone: '  ', locale: 'en' } });
    expect(cleared.data.updateProfile.phone).toBeNull();
  });

  it('refuses bad input field by field, in the caller’s language, and changes nothing', async () => {
    const { user, clients: [client] } = await personWithDevices(CHROME_ON_WINDOWS);
    const english = await client.request(UPDATE_PROFILE, { input: { displayName: ' ', phone: '12345', locale: 'en' } });
    expect(english.data.updateProfile.__typename).toBe('InputError');
    // This client browses in Vietnamese (no cookie, no Accept-Language): the messages are Vietnamese.
    expect(english.data.updateProfile.fieldErrors).toEqual([
      { field: 'displayName', code: 'REQUIRED', message: 'Vui lòng nhập họ tên.' },
      {
        field: 'phone',
        code: 'INVALID_PHONE',
        message: 'Số điện thoại không hợp lệ: nhập số Việt Nam (0912 345 678) hoặc số quốc tế bắt đầu bằng + (+33 1 23 45 67 89).',
      },
    ]);
    client.cookies.set('lang', 'en');
    const res = await client.request(UPDATE_PROFILE, { input: { displayName: 'A', phone: '+84 112 345 678', locale: 'vi' } });
    expect(res.data.updateProfile.fieldErrors).toEqual([
      { field: 'displayName', code: 'TOO_SHORT', message: 'Full name needs at least 2 characters.' },
      {
        field: 'phone',
        code: 'INVALID_PHONE',
        message: 'This phone number is not valid: enter a Vietnamese number (0912 345 678) or an international one starting with + (+33 1 23 45 67 89).',
      },
    ]);
    const stored = await api.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ displayName: user.displayName, phone: null, locale: 'vi' });
  });

  it('is refused to visitors', async () => {
    const visitor = await api.as(null);
    const res = await visitor.request(UPDATE_PROFILE, { input: { displayName: 'Ai đó', locale: 'vi' } });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await visitor.request(SESSIONS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('password', () => {
  it('refuses a new password that sign-up would refuse, and a missing current one, per field', async () => {
    const { user, clients: [client] } = await personWithDevices(CHROME_ON_WINDOWS);
    const short = await client.request(CHANGE_PASSWORD, { input: { currentPassword: '', newPassword: 'short' } });
    expect(short.data.changePassword.fieldErrors).toEqual([
      { field: 'currentPassword', code: 'REQUIRED', message: 'Vui lòng nhập mật khẩu hiện tại.' },
      { field: 'newPassword', code: 'TOO_SHORT', message: 'Mật khẩu mới cần ít nhất 10 ký tự.' },
    ]);
    const same = await client.request(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: PASSWORD } });
    expect(same.data.changePassword.fieldErrors).toEqual([
      { field: 'newPassword', code: 'SAME_PASSWORD', message: 'Mật khẩu mới phải khác mật khẩu hiện tại.' },
    ]);
    const email = await client.request(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: user.email.toUpperCase() } });
    expect(email.data.changePassword.fieldErrors).toEqual([
      { field: 'newPassword', code: 'WEAK_PASSWORD', message: 'Mật khẩu không được trùng với email.' },
    ]);
  });

  it('refuses a wrong current password: the password and every session stay', async () => {
    const { user, clients: [client, phone] } = await personWithDevices(CHROME_ON_WINDOWS, SAFARI_ON_IPHONE);
    const before = await api.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    const res = await client.request(CHANGE_PASSWORD, { input: { currentPassword: 'not the password', newPassword: 'a brand new passphrase' } });
    expect(res.data.changePassword).toEqual({
      __typename: 'InputError',
      code: 'VALIDATION',
      fieldErrors: [{ field: 'currentPassword', code: 'WRONG_PASSWORD', message: 'Mật khẩu hiện tại không đúng.' }],
    });
    expect((await api.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(before.passwordHash);
    expect((await phone.request(ME)).data.me.email).toBe(user.email);
    expect(await auditActions(user.id)).not.toContain('account.changePassword');
  });

  it('changes the password and ends every other session, keeping this one; the old password no longer signs in', async () => {
    const { user, clients: [laptop, phone, tablet] } = await personWithDevices(CHROME_ON_WINDOWS, SAFARI_ON_IPHONE, SAFARI_ON_IPHONE);
    const someoneElse = await personWithDevices(CHROME_ON_WINDOWS);
    const res = await laptop.request(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' } });
    expect(res.data.changePassword).toEqual({ __typename: 'PasswordChanged', endedSessions: 2 });

    expect((await laptop.request(ME)).data.me.email).toBe(user.email);
    expect((await phone.request(ME)).data.me).toBeNull();
    expect((await tablet.request(ME)).data.me).toBeNull();
    // Another person's session is none of this change's business.
    expect((await someoneElse.clients[0].request(ME)).data.me.email).toBe(someoneElse.user.email);
    expect(await api.db.prisma.session.count({ where: { userId: user.id } })).toBe(1);

    const old = await (await api.as(null)).request(SIGN_IN, { input: { email: user.email, password: PASSWORD } });
    expect(old.data.signIn.__typename).toBe('InputError');
    await signedIn(user.email, CHROME_ON_WINDOWS, 'a brand new passphrase');

    const audit = await api.db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: 'account.changePassword' } });
    expect(audit).toMatchObject({ actorId: user.id, data: { endedSessions: 2 } });
  });
});

describe('sessions', () => {
  it('lists the account’s active sessions in words, this one first, without their tokens or stored keys', async () => {
    const { user, clients: [laptop, phone] } = await personWithDevices(CHROME_ON_WINDOWS, SAFARI_ON_IPHONE);
    await personWithDevices(CHROME_ON_WINDOWS); // someone else's session is not listed
    const list = (await phone.request(SESSIONS)).data.mySessions.nodes;
    expect(list.map((s: { browser: string; system: string; current: boolean }) => [s.browser, s.system, s.current])).toEqual([
      ['Safari', 'iPhone', true],
      ['Chrome', 'Windows', false],
    ]);
    const stored = await api.db.prisma.session.findMany({ where: { userId: user.id } });
    const shown = JSON.stringify(list);
    for (const row of stored) expect(shown).not.toContain(row.id);
    expect(shown).not.toContain(phone.cookies.get('sid'));
    expect(shown).not.toContain(laptop.cookies.get('sid'));
    for (const s of list) expect(new Date(s.signedInAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('pages the sessions, this one first, with cursors that carry no stored key', async () => {
    const { user, clients: [laptop] } = await personWithDevices(CHROME_ON_WINDOWS, SAFARI_ON_IPHONE, SAFARI_ON_IPHONE);
    const PAGE = `query($after: String) { mySessions(first: 1, after: $after) { nodes { id current } pageInfo { hasNextPage endCursor } } }`;
    const seen: { id: string; current: boolean }[] = [];
    const cursors: string[] = [];
    let after: string | null = null;
    do {
      const { mySessions }: { mySessions: { nodes: typeof seen; pageInfo: { hasNextPage: boolean; endCursor: string } } } = (await laptop.request(PAGE, { after })).data;
      seen.push(...mySessions.nodes);
      after = mySessions.pageInfo.hasNextPage ? mySessions.pageInfo.endCursor : null;
      if (after) cursors.push(after);
    } while (after);
    expect(seen.map((s) => s.current)).toEqual([true, false, false]);
    expect(new Set(seen.map((s) => s.id)).size).toBe(3);
    const stored = await api.db.prisma.session.findMany({ where: { userId: user.id } });
    const decoded = cursors.map((c) => Buffer.from(c, 'base64url').toString()).join();
    for (const row of stored) expect(decoded).not.toContain(row.id);
  });

  it('signs out one session from another device; a session of another account cannot be ended', async () => {
    const { user, clients: [laptop, phone] } = await personWithDevices(CHROME_ON_WINDOWS, SAFARI_ON_IPHONE);
    const other = await personWithDevices(SAFARI_ON_IPHONE);
    const othersSession = (await other.clients[0].request(SESSIONS)).data.mySessions.nodes[0].id;
    const refused = await laptop.request(`mutation($id: ID!) { signOutSession(id: $id) }`, { id: othersSession });
    expect(refused.data.signOutSession).toBe(false);
    expect((await other.clients[0].request(ME)).data.me.email).toBe(other.user.email);

    const phoneRow = (await laptop.request(SESSIONS)).data.mySessions.nodes.find((s: { current: boolean }) => !s.current);
    const ended = await laptop.request(`mutation($id: ID!) { signOutSession(id: $id) }`, { id: phoneRow.id });
    expect(ended.data.signOutSession).toBe(true);
    expect((await phone.request(ME)).data.me).toBeNull();
    expect((await laptop.request(ME)).data.me.email).toBe(user.email);
    expect((await laptop.request(SESSIONS)).data.mySessions.nodes).toHaveLength(1);
    // Ending it again ends nothing.
    expect((await laptop.request(`mutation($id: ID!) { signOutSession(id: $id) }`, { id: phoneRow.id })).data.signOutSession).toBe(false);
  });

  it('signs out of this session by its own row, dropping the cookie', async () => {
    const { clients: [laptop, phone] } = await personWithDevices(CHROME_ON_WINDOWS, SAFARI_ON_IPHONE);
    const mine = (await laptop.request(SESSIONS)).data.mySessions.nodes.find((s: { current: boolean }) => s.current);
    const res = await laptop.request(`mutation($id: ID!) { signOutSession(id: $id) }`, { id: mine.id });
    expect(res.data.signOutSession).toBe(true);
    expect(laptop.cookies.has('sid')).toBe(false);
    expect((await phone.request(SESSIONS)).data.mySessions.nodes).toHaveLength(1);
  });

  it('signs out everywhere else, then everywhere', async () => {
    const { user, clients: [laptop, phone, tablet] } = await personWithDevices(CHROME_ON_WINDOWS, SAFARI_ON_IPHONE, SAFARI_ON_IPHONE);
    const other = await personWithDevices(CHROME_ON_WINDOWS);
    expect((await laptop.request(`mutation { signOutOtherSessions }`)).data.signOutOtherSessions).toBe(2);
    expect((await phone.request(ME)).data.me).toBeNull();
    expect((await tablet.request(ME)).data.me).toBeNull();
    expect((await laptop.request(ME)).data.me.email).toBe(user.email);

    const again = await signedIn(user.email, SAFARI_ON_IPHONE);
    expect((await laptop.request(`mutation { signOutEverywhere }`)).data.signOutEverywhere).toBe(2);
    expect(laptop.cookies.has('sid')).toBe(false);
    expect((await again.request(ME)).data.me).toBeNull();
    expect(await api.db.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await other.clients[0].request(ME)).data.me.email).toBe(other.user.email);
    expect(await auditActions(user.id)).toEqual(expect.arrayContaining(['account.signOutOthers', 'account.signOutEverywhere']));
  });

  it('records the time of sign-in, and refreshes last seen only once it is a few minutes old', async () => {
    const user = await createUser(api.db.prisma, { password: PASSWORD });
    expect(user.lastSignInAt).toBeNull();
    const client = await signedIn(user.email, CHROME_ON_WINDOWS);
    const signedInAt = (await api.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt;
    expect(signedInAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);

    const where = { userId: user.id };
    const lastSeen = async () => (await api.db.prisma.session.findFirstOrThrow({ where })).lastSeenAt.getTime();
    // Seen a minute ago: a request does not write.
    const minuteAgo = new Date(Date.now() - 60_000);
    await api.db.prisma.session.updateMany({ where, data: { lastSeenAt: minuteAgo } });
    await client.request(ME);
    expect(await lastSeen()).toBe(minuteAgo.getTime());
    // Seen ten minutes ago: the next request refreshes it, and the list shows it.
    await api.db.prisma.session.updateMany({ where, data: { lastSeenAt: new Date(Date.now() - 10 * 60_000) } });
    await client.request(ME);
    expect(await lastSeen()).toBeGreaterThan(Date.now() - 60_000);
    const [row] = (await client.request(SESSIONS)).data.mySessions.nodes;
    expect(new Date(row.lastSeenAt).getTime()).toBe(await lastSeen());
  });
});
