// The log as an operator reads it: every line JSON, one "request completed" line per HTTP request under the id the
// answer carries in X-Request-Id (the API requests a page makes in-process name the page as parentReqId), and no
// password, session cookie, reset token or bearer token anywhere, whatever the requests carried: sign-up, sign-in
// (API and web form), a password change, a reset link and its use, pages with a session cookie and an
// Authorization header.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';

const EMAIL = 'nhat-ky@example.vn';
const PASSWORDS = ['mat-khau-dang-ky-rat-dai-1', 'mat-khau-moi-doi-rat-dai-2', 'mat-khau-dat-lai-rat-dai-3'];
const BEARER = 'bearer-token-that-must-never-be-logged-9f2c';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let server: TestServer;
const lines: string[] = [];
/** Every answer this test got: its status, its X-Request-Id, and whether it is a page. */
const answers: { status: number; id: string; page: boolean }[] = [];
/** Every session cookie value the platform handed out. */
const sessions = new Set<string>();
let cookie = '';

beforeAll(async () => {
  server = await startTestServer({ seed: false, env: { LOG_LEVEL: 'info' }, logStream: { write: (line) => void lines.push(line) } });
});
afterAll(() => server?.close());

async function http(path: string, init: RequestInit & { page?: boolean } = {}) {
  const res = await fetch(`${server.url}${path}`, {
    redirect: 'manual',
    ...init,
    headers: { authorization: `Bearer ${BEARER}`, origin: server.url, ...(cookie ? { cookie } : {}), ...(init.headers as Record<string, string>) },
  });
  answers.push({ status: res.status, id: res.headers.get('x-request-id') ?? '', page: !!init.page });
  // A page is read to its end, as a browser reads it: its "request completed" line is written when the answer has
  // gone out, which a large page does only once the client reads it.
  if (init.page) await res.arrayBuffer();
  for (const set of res.headers.getSetCookie()) {
    const [, value] = set.match(/^sid=([^;]*)/) ?? [];
    if (value) {
      sessions.add(value);
      cookie = `sid=${value}`;
    }
  }
  return res;
}

async function graphql(query: string, variables: Record<string, unknown>) {
  const res = await http('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  expect(body.errors).toBeUndefined();
  return body.data;
}

const RESULT = `__typename ... on InputError { code }`;

describe('the request log', () => {
  it('is JSON, one line per request under its X-Request-Id, and holds no password, session, reset token or bearer token', async () => {
    const [signUpPw, changedPw, resetPw] = PASSWORDS;
    expect(
      (await graphql(`mutation($input: SignUpInput!) { signUp(input: $input) { ${RESULT} } }`, {
        input: { email: EMAIL, password: signUpPw, displayName: 'Người Ghi Nhật Ký', acceptTerms: true },
      })).signUp.__typename,
    ).toBe('AuthSuccess');
    expect((await graphql(`mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { ${RESULT} } }`, { e: EMAIL, p: signUpPw })).signIn.__typename).toBe('AuthSuccess');
    expect(
      (await graphql(`mutation($input: ChangePasswordInput!) { changePassword(input: $input) { ${RESULT} } }`, {
        input: { currentPassword: signUpPw, newPassword: changedPw },
      })).changePassword.__typename,
    ).toBe('PasswordChanged');

    // Pages with the session cookie and the Authorization header.
    expect((await http('/account', { page: true })).status).toBe(200);

    // A reset link, opened as a page and used; its token is in the path and in a GraphQL variable.
    expect((await graphql(`mutation($e: String!) { requestPasswordReset(email: $e) { ${RESULT} } }`, { e: EMAIL })).requestPasswordReset.__typename).toBe('LinkSent');
    await server.app.services.accountLinks.settled();
    const mail = await server.db.prisma.emailOutbox.findFirstOrThrow({ where: { to: EMAIL, text: { contains: '/reset-password/' } } });
    const token = mail.text.match(/\/reset-password\/([A-Za-z0-9_-]+)/)![1]!;
    expect((await http(`/reset-password/${token}`, { page: true })).status).toBe(200);
    expect((await graphql(`mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, password: $p }) { ${RESULT} } }`, { t: token, p: resetPw })).resetPassword.__typename).toBe('PasswordReset');

    // The web's sign-in form: the password goes through the page to the API in-process.
    cookie = '';
    const signedIn = await http('/sign-in?/signIn', {
      method: 'POST',
      page: true,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams({ email: EMAIL, password: resetPw }).toString(),
    });
    expect(signedIn.status).toBe(303);
    expect((await http('/account', { page: true })).status).toBe(200);
    expect(sessions.size).toBeGreaterThanOrEqual(3);

    // A request's line is written once its answer has gone out: the last ones may still be on their way.
    const logged = (id: string) => lines.some((line) => line.includes(id) && line.includes('"request completed"'));
    for (const until = Date.now() + 5000; Date.now() < until && !answers.every((a) => logged(a.id)); ) await new Promise((r) => setTimeout(r, 20));

    // Every line is JSON.
    const entries = lines.map((line) => JSON.parse(line) as { reqId?: string; msg: string; parentReqId?: string; res?: { statusCode: number }; req?: { url: string } });
    const completed = entries.filter((e) => e.msg === 'request completed');
    // One line per request: each of ours under the id its answer carried, with its status.
    for (const answer of answers) {
      expect(answer.id).toMatch(UUID);
      const mine = completed.filter((e) => e.reqId === answer.id);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ res: { statusCode: answer.status } });
      expect(mine[0]!.parentReqId).toBeUndefined();
    }
    expect(new Set(completed.map((e) => e.reqId)).size).toBe(completed.length);
    // The API requests of a page name it; every other line is one of ours.
    const pages = new Set(answers.filter((a) => a.page).map((a) => a.id));
    const ours = new Set(answers.map((a) => a.id));
    for (const e of completed) expect(ours.has(e.reqId!) || pages.has(e.parentReqId!)).toBe(true);
    for (const id of pages) expect(completed.some((e) => e.parentReqId === id)).toBe(true);
    // The reset page's path is logged with its token replaced.
    expect(completed.some((e) => e.req?.url === '/reset-password/[redacted]')).toBe(true);

    const log = lines.join('\n');
    for (const secret of [...PASSWORDS, token, BEARER, ...sessions]) expect(log).not.toContain(secret);
  });
});
