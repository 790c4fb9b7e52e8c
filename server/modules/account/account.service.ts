import type { RequestContext } from '../../lib/request-context.ts';
import { requirePlatform } from '../access.ts';
import type { Tx } from '../../lib/prisma.ts';
import { message, type Locale } from '../../i18n/messages.ts';
import { waitText } from '../../lib/rate-limits.ts';
import { fieldError, inputError, validate, type InputError } from '../../lib/validation.ts';
import type { AccountLimits } from './account-limits.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { EmailTakenError, type AccountRepository, type MembershipRow, type UserRow } from './account.repository.ts';
import { localeSchema, signInSchema, signUpSchema } from './account.validation.ts';
import { newSessionToken, sessionIdOf } from './session-token.ts';
import type { LegalDocuments } from '../privacy/legal-documents.ts';

export type AuthResult = { __typename: 'AuthSuccess'; user: UserRow } | InputError;

const DAY_MS = 86_400_000;
// How stale Session.lastSeenAt may get before a request refreshes it: the sessions list stays true to a few minutes
// without a write per request.
const LAST_SEEN_EVERY_MS = 5 * 60_000;

export class AccountService {
  // Compared against when the email is unknown, so a wrong email costs as long as a wrong password.
  private readonly dummyHash = hashPassword('not-a-real-password-0');

  // Set by the rate-limit plugin (server/plugins/rate-limit.ts), which owns the counters' database connections.
  private accountLimits: AccountLimits | null = null;

  constructor(
    private readonly repo: AccountRepository,
    private readonly sessionTtlDays: number,
    private readonly legalDocuments: Pick<LegalDocuments, 'currentVersions'>,
    // Queues the address verification e-mail in the sign-up transaction (account-links.service.ts).
    private readonly verification?: { queueVerification(tx: Tx, user: UserRow): Promise<void> },
  ) {}

  useLimits(limits: AccountLimits): void {
    this.accountLimits = limits;
  }

  private get limits(): AccountLimits {
    // Refuse rather than let sign-in run unthrottled.
    if (!this.accountLimits) throw new Error('AccountService: sign-in and sign-up limits are not set up (server/plugins/rate-limit.ts)');
    return this.accountLimits;
  }

  /** The sign-in counters also guard a password typed to confirm a change (account-settings.service.ts). */
  admitPasswordCheck(email: string, remoteAddress: string) {
    return this.limits.admitSignIn(email, remoteAddress);
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
        {
          email, displayName, passwordHash: await hashPassword(password), locale: v.data.locale ?? ctx.locale,
          // The acceptance of the documents in force, in the account's own transaction.
          consents: { create: this.legalDocuments.currentVersions() },
        },
        session.row,
        (tx, created) => this.verification?.queueVerification(tx, created) ?? Promise.resolve(),
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
    } else if (now.getTime() - found.lastSeenAt.getTime() >= LAST_SEEN_EVERY_MS) {
      await this.repo.touchSession(sessionId, now, new Date(now.getTime() - LAST_SEEN_EVERY_MS));
    }
    return { user: found.user, sessionId };
  }

  /** Expired sessions are refused anyway; this only keeps the table small. */
  async purgeExpiredSessions(ctx: RequestContext, now = new Date()): Promise<number> {
    requirePlatform(ctx);
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
export function rateLimited(locale: Locale, key: string, retryAfterMs: number, field?: string): InputError {
  const text = message(locale, key, { wait: waitText(locale, retryAfterMs) });
  return { __typename: 'InputError', code: 'RATE_LIMITED', message: text, fieldErrors: field ? [{ field, code: 'RATE_LIMITED', message: text }] : [] };
}
