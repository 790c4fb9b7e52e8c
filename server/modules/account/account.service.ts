import type { RequestContext } from '../../graphql/context.ts';
import { message, type Locale } from '../../i18n/messages.ts';
import { waitText } from '../../lib/rate-limits.ts';
import { fieldError, inputError, validate, type InputError } from '../../lib/validation.ts';
import type { AccountLimits } from './account-limits.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { EmailTakenError, type AccountRepository, type MembershipRow, type UserRow } from './account.repository.ts';
import { localeSchema, signInSchema, signUpSchema } from './account.validation.ts';
import { newSessionToken, sessionIdOf } from './session-token.ts';

export type AuthResult = { __typename: 'AuthSuccess'; user: UserRow } | InputError;

const DAY_MS = 86_400_000;

export class AccountService {
  // Compared against when the email is unknown, so a wrong email costs as long as a wrong password.
  private readonly dummyHash = hashPassword('not-a-real-password-0');

  // Set by the rate-limit plugin (server/plugins/rate-limit.ts), which owns the counters' database connections.
  private accountLimits: AccountLimits | null = null;

  constructor(
    private readonly repo: AccountRepository,
    private readonly sessionTtlDays: number,
  ) {}

  useLimits(limits: AccountLimits): void {
    this.accountLimits = limits;
  }

  private get limits(): AccountLimits {
    // Refuse rather than let sign-in run unthrottled.
    if (!this.accountLimits) throw new Error('AccountService: sign-in and sign-up limits are not set up (server/plugins/rate-limit.ts)');
    return this.accountLimits;
  }

  me(ctx: RequestContext): UserRow | null {
    return ctx.user;
  }

  async signUp(ctx: RequestContext, input: unknown): Promise<AuthResult> {
    const v = validate(signUpSchema, input, ctx.locale);
    if (!v.ok) return v.error;
    const { email, password, displayName } = v.data;
    const refused = await this.limits.admitSignUp(ctx.ip);
    if (refused) return rateLimited(ctx.locale, 'SIGN_UP_RATE_LIMITED', refused.retryAfterMs);
    const session = this.newSession(ctx);
    try {
      const user = await this.repo.createUserWithSession(
        { email, displayName, passwordHash: await hashPassword(password), locale: v.data.locale ?? ctx.locale },
        session.row,
      );
      ctx.cookies.start(session.token, session.row.expiresAt);
      return { __typename: 'AuthSuccess', user };
    } catch (err) {
      if (err instanceof EmailTakenError) return inputError(ctx.locale, [fieldError(ctx.locale, 'email', 'TAKEN')]);
      throw err;
    }
  }

  async signIn(ctx: RequestContext, input: unknown): Promise<AuthResult> {
    const v = validate(signInSchema, input, ctx.locale);
    if (!v.ok) return v.error;
    // Counted before the password is checked: see account-limits.ts.
    const attempt = await this.limits.admitSignIn(v.data.email, ctx.ip);
    if ('retryAfterMs' in attempt) return rateLimited(ctx.locale, 'RATE_LIMITED', attempt.retryAfterMs, 'password');
    const user = await this.repo.findUserByEmail(v.data.email);
    const ok = await verifyPassword(user?.passwordHash ?? (await this.dummyHash), v.data.password);
    if (!user || !ok) {
      return inputError(ctx.locale, [fieldError(ctx.locale, 'password', 'INVALID_CREDENTIALS')], 'INVALID_CREDENTIALS');
    }
    // Said only to whoever knows the password: a suspended account is told why it cannot come in.
    if (user.status === 'SUSPENDED') return inputError(ctx.locale, [], 'ACCOUNT_SUSPENDED');
    await attempt.succeeded();
    if (ctx.sessionId) await this.repo.deleteSession(ctx.sessionId);
    const session = this.newSession(ctx);
    await this.repo.createSession(user.id, session.row);
    ctx.cookies.start(session.token, session.row.expiresAt);
    return { __typename: 'AuthSuccess', user };
  }

  async signOut(ctx: RequestContext): Promise<boolean> {
    ctx.cookies.end();
    return ctx.sessionId ? this.repo.deleteSession(ctx.sessionId) : false;
  }

  async setLocale(ctx: RequestContext, locale: unknown): Promise<Locale> {
    const chosen = localeSchema.parse(locale);
    if (ctx.user) await this.repo.setLocale(ctx.user.id, chosen);
    ctx.cookies.setLocale(chosen);
    return chosen;
  }

  /** The user behind a session cookie; sessions slide forward when past half their life. */
  async resolveSession(token: string | undefined, now = new Date()): Promise<{ user: UserRow; sessionId: string } | null> {
    if (!token || token.length > 100) return null;
    const sessionId = sessionIdOf(token);
    const found = await this.repo.findSessionUser(sessionId, now);
    if (!found) return null;
    const ttl = this.sessionTtlDays * DAY_MS;
    if (found.expiresAt.getTime() - now.getTime() < ttl / 2) {
      await this.repo.extendSession(sessionId, new Date(now.getTime() + ttl));
    }
    return { user: found.user, sessionId };
  }

  /** Expired sessions are refused anyway; this only keeps the table small. */
  purgeExpiredSessions(now = new Date()): Promise<number> {
    return this.repo.deleteExpiredSessions(now);
  }

  membershipsOfUsers(userIds: readonly string[]): Promise<MembershipRow[]> {
    return this.repo.membershipsOfUsers(userIds);
  }

  private newSession(ctx: RequestContext) {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.sessionTtlDays * DAY_MS);
    return { token, row: { id: sessionIdOf(token), expiresAt, userAgent: ctx.userAgent?.slice(0, 300) ?? null } };
  }
}

/** A refusal with the wait in the caller's language; on `field` when the form should show it there. */
function rateLimited(locale: Locale, key: string, retryAfterMs: number, field?: string): InputError {
  const text = message(locale, key, { wait: waitText(locale, retryAfterMs) });
  return { __typename: 'InputError', code: 'RATE_LIMITED', message: text, fieldErrors: field ? [{ field, code: 'RATE_LIMITED', message: text }] : [] };
}
