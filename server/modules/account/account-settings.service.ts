// The signed-in person's own settings: profile, password, and the sessions (signed-in devices) of the account.
// Every method acts on the caller's own account only (ctx.user), so there is no one else's row to reach.
import { createHash } from 'node:crypto';
import type { RequestContext } from '../../lib/request-context.ts';
import { fieldError, inputError, validate, type InputError } from '../../lib/validation.ts';
import { requireUser } from '../access.ts';
import { pageRequest, toConnection, type Connection, type PageArgs } from '../../lib/pagination.ts';
import { SESSIONS_ORDER, type AccountSettingsRepository, type ProfileRow } from './account-settings.repository.ts';
import { changePasswordSchema, profileSchema } from './account-settings.validation.ts';
import { rateLimited, type AccountService } from './account.service.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { describeUserAgent } from './user-agent.ts';

export type ProfileResult = ({ __typename: 'AccountSettings' } & ProfileRow) | InputError;
export type ChangePasswordResult = { __typename: 'PasswordChanged'; endedSessions: number } | InputError;

export interface SessionView {
  id: string;
  browser: string | null;
  system: string | null;
  signedInAt: Date;
  lastSeenAt: Date;
  current: boolean;
}

/**
 * The handle a session is shown and ended by. The stored key is sha256(cookie token): showing it would open no
 * session (the server hashes whatever cookie it is sent), but it is the key every request looks up, and a page's
 * HTML, a form field or a log line has no need of it; a hash of it names the session just as well. A person has a
 * handful of sessions, so ending one by handle hashes those few keys.
 */
export function sessionHandle(sessionId: string): string {
  return createHash('sha256').update(`session-handle:${sessionId}`).digest('base64url').slice(0, 22);
}

export class AccountSettingsService {
  constructor(
    private readonly repo: AccountSettingsRepository,
    private readonly account: AccountService,
  ) {}

  async profile(ctx: RequestContext): Promise<ProfileRow> {
    return this.repo.profile(requireUser(ctx).id);
  }

  async updateProfile(ctx: RequestContext, input: unknown): Promise<ProfileResult> {
    const user = requireUser(ctx);
    const v = validate(profileSchema, input, ctx.locale);
    if (!v.ok) return v.error;
    const changed = (['displayName', 'phone', 'locale'] as const).filter((key) => v.data[key] !== user[key]);
    const row = await this.repo.updateProfile(user.id, v.data, changed);
    // One meaning for the stored language: the one the person last chose. Choosing it here switches this browser too,
    // as the header's language switch does.
    ctx.cookies.setLocale(row.locale);
    return { __typename: 'AccountSettings', ...row };
  }

  async changePassword(ctx: RequestContext, input: unknown): Promise<ChangePasswordResult> {
    const user = requireUser(ctx);
    const v = validate(changePasswordSchema(user.email), input, ctx.locale);
    if (!v.ok) return v.error;
    // The current password is guessed like a sign-in: counted by the same counters before it is checked.
    const attempt = await this.account.admitPasswordCheck(user.email, ctx.ip);
    if ('retryAfterMs' in attempt) return rateLimited(ctx.locale, 'RATE_LIMITED', attempt.retryAfterMs, 'currentPassword');
    if (!(await verifyPassword(await this.repo.passwordHash(user.id), v.data.currentPassword))) {
      return inputError(ctx.locale, [fieldError(ctx.locale, 'currentPassword', 'WRONG_PASSWORD')]);
    }
    await attempt.succeeded();
    const endedSessions = await this.repo.changePassword(user.id, await hashPassword(v.data.newPassword), ctx.sessionId);
    return { __typename: 'PasswordChanged', endedSessions };
  }

  async sessions(ctx: RequestContext, args: PageArgs, now = new Date()): Promise<Connection<SessionView>> {
    const user = requireUser(ctx);
    const page = pageRequest(ctx.locale, SESSIONS_ORDER, args);
    const rows = page.first ? await this.repo.sessionsPage(user.id, now, ctx.sessionId, page) : [];
    const { nodes, pageInfo } = toConnection(SESSIONS_ORDER, rows, page, (row) => [row.current, row.lastSeenAt, row.digest]);
    return {
      nodes: nodes.map((row) => ({
        id: sessionHandle(row.id),
        ...describeUserAgent(row.userAgent),
        signedInAt: row.createdAt,
        lastSeenAt: row.lastSeenAt,
        current: row.current === 1,
      })),
      pageInfo,
    };
  }

  /** Ends one of the caller's sessions by its handle; the caller's own one signs this browser out too. */
  async signOutSession(ctx: RequestContext, handle: string, now = new Date()): Promise<boolean> {
    const user = requireUser(ctx);
    const session = (await this.repo.activeSessions(user.id, now)).find((row) => sessionHandle(row.id) === handle);
    if (!session) return false;
    const ended = (await this.repo.endSessions(user.id, [session.id], null, 'account.signOutSession')) > 0;
    if (session.id === ctx.sessionId) ctx.cookies.end();
    return ended;
  }

  signOutOtherSessions(ctx: RequestContext): Promise<number> {
    const user = requireUser(ctx);
    return this.repo.endSessions(user.id, null, ctx.sessionId, 'account.signOutOthers');
  }

  async signOutEverywhere(ctx: RequestContext): Promise<number> {
    const user = requireUser(ctx);
    const count = await this.repo.endSessions(user.id, null, null, 'account.signOutEverywhere');
    ctx.cookies.end();
    return count;
  }
}
