// Password recovery, verified e-mail and change of address: everything an account does through a single-use link
// sent by e-mail. The link's token exists only in the e-mail (the table keeps its SHA-256); it works once, for a short
// time (PASSWORD_RESET_TTL_MINUTES, EMAIL_VERIFICATION_TTL_HOURS).
import { z } from 'zod';
import type { RequestContext } from '../../lib/request-context.ts';
import { requireUser } from '../access.ts';
import type { Tx } from '../../lib/prisma.ts';
import { fieldError, inputError, validate, type InputError } from '../../lib/validation.ts';
import { renderAccountEmail, type AccountEmail } from './account-emails.ts';
import type { AccountLinkLimits } from './account-link-limits.ts';
import { AddressTakenError, type AccountLinksRepository, type AccountTokenRow } from './account-links.repository.ts';
import type { UserRow } from './account.repository.ts';
import { rateLimited } from './account.service.ts';
import { PASSWORD_MIN, signInSchema } from './account.validation.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { newSessionToken, sessionIdOf } from './session-token.ts';

export interface AccountLinkConfig {
  PASSWORD_RESET_TTL_MINUTES: number;
  EMAIL_VERIFICATION_TTL_HOURS: number;
}

export type LinkSentResult = { __typename: 'LinkSent'; email: string } | InputError;
export type LinkState = 'VALID' | 'USED' | 'EXPIRED' | 'INVALID';
export interface AccountLinkView {
  state: LinkState;
  /** Where the link was sent; only while it still works. */
  email: string | null;
  changesAddress: boolean;
}

type Purpose = 'PASSWORD_RESET' | 'EMAIL_VERIFICATION';
type Checked = { ok: true; row: AccountTokenRow } | { ok: false; state: Exclude<LinkState, 'VALID'> };

const REFUSAL: Record<Exclude<LinkState, 'VALID'>, string> = { USED: 'LINK_USED', EXPIRED: 'LINK_EXPIRED', INVALID: 'LINK_INVALID' };

const resetSchema = z.object({ token: z.string().min(1).max(100), password: z.string().min(PASSWORD_MIN).max(200) });
const changeSchema = z.object({ newEmail: signInSchema.shape.email, currentPassword: z.string().min(1).max(200) });
const emailSchema = signInSchema.pick({ email: true });

export class AccountLinksService {
  // Set by the rate-limit plugin (server/plugins/rate-limit.ts), which owns the counters' database connections.
  private accountLinkLimits: AccountLinkLimits | null = null;
  private reportError: (err: unknown) => void = () => {};
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly repo: AccountLinksRepository,
    private readonly config: AccountLinkConfig,
  ) {}

  useLimits(limits: AccountLinkLimits, reportError: (err: unknown) => void): void {
    this.accountLinkLimits = limits;
    this.reportError = reportError;
  }

  private get limits(): AccountLinkLimits {
    if (!this.accountLinkLimits) throw new Error('AccountLinksService: limits are not set up (server/plugins/rate-limit.ts)');
    return this.accountLinkLimits;
  }

  /** Resolves once the reset links asked for so far are written (tests, and shutdown). */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.all(this.pending);
  }

  // ── password recovery ──────────────────────────────────────────────────────────────────────────────────────

  /**
   * Always answers "sent" (unless throttled), whether or not the address has an account. The answer does not wait
   * for the lookup nor for the write of the link: an unknown address writes nothing, and a commit is long enough to
   * measure, so the link is written after the answer and both kinds of answer take the same time.
   */
  async requestPasswordReset(ctx: RequestContext, email: unknown): Promise<LinkSentResult> {
    const v = validate(emailSchema, { email }, ctx.locale);
    if (!v.ok) return v.error;
    const wait = await this.limits.admitPasswordReset(v.data.email, ctx.ip);
    if (wait !== null) return rateLimited(ctx.locale, 'RESET_RATE_LIMITED', wait, 'email');
    this.later(() => this.sendResetLink(v.data.email));
    return { __typename: 'LinkSent', email: v.data.email };
  }

  private async sendResetLink(email: string): Promise<void> {
    const user = await this.repo.findUserByEmail(email);
    if (!user || user.status !== 'ACTIVE') return;
    const token = newSessionToken();
    const minutes = this.config.PASSWORD_RESET_TTL_MINUTES;
    await this.repo.transaction((tx) =>
      this.repo.issue(
        tx,
        { id: sessionIdOf(token), userId: user.id, purpose: 'PASSWORD_RESET', email, expiresAt: new Date(Date.now() + minutes * 60_000) },
        [this.email(user, user.email, { kind: 'passwordReset', token, minutes })],
      ),
    );
  }

  resetLink(token: string): Promise<AccountLinkView> {
    return this.view(token, 'PASSWORD_RESET');
  }

  /**
   * Sets the new password with a link from the e-mail, ends every session of the account (a thief's too) and every
   * other reset link, and tells the address. The person then signs in with the new password: the reset itself opens
   * no session (OWASP's advice: one way in, through sign-in and its limits).
   */
  async resetPassword(ctx: RequestContext, input: unknown): Promise<{ __typename: 'PasswordReset'; email: string } | InputError> {
    const v = validate(resetSchema, input, ctx.locale);
    if (!v.ok) return v.error;
    const checked = await this.check(v.data.token, 'PASSWORD_RESET');
    if (!checked.ok) return this.refusal(ctx, checked.state);
    const { row } = checked;
    if (v.data.password.trim().toLowerCase() === row.user.email) {
      return inputError(ctx.locale, [fieldError(ctx.locale, 'password', 'WEAK_PASSWORD')]);
    }
    const passwordHash = await hashPassword(v.data.password);
    const now = new Date();
    const done = await this.repo.transaction(async (tx) => {
      if (!(await this.repo.use(tx, row.id, 'PASSWORD_RESET', now))) return false;
      // The link reached the account's address: that proves the address as well as a verification link would.
      const verifiedAddress = row.email === row.user.email;
      await this.repo.resetPassword(tx, row.user, { passwordHash, verifiedAddress, now }, this.email(row.user, row.user.email, { kind: 'passwordWasReset' }));
      return true;
    });
    if (!done) return this.refusal(ctx, 'USED');
    if (ctx.user?.id === row.userId) ctx.cookies.end();
    return { __typename: 'PasswordReset', email: row.user.email };
  }

  // ── verified e-mail ────────────────────────────────────────────────────────────────────────────────────────

  /** The verification e-mail of a new account, in the sign-up transaction. */
  queueVerification(tx: Tx, user: UserRow): Promise<void> {
    return this.issueVerification(tx, user, user.email);
  }

  verificationLink(token: string): Promise<AccountLinkView> {
    return this.view(token, 'EMAIL_VERIFICATION');
  }

  /** Confirms the address the link was sent to: the account's own, or the new one of a change (taking it now). */
  async verifyEmail(ctx: RequestContext, token: unknown): Promise<{ __typename: 'EmailVerified'; email: string } | InputError> {
    if (typeof token !== 'string' || token.length > 100) return this.refusal(ctx, 'INVALID');
    const checked = await this.check(token, 'EMAIL_VERIFICATION');
    if (!checked.ok) return this.refusal(ctx, checked.state);
    const { row } = checked;
    const change = row.email !== row.user.email;
    // Free when asked, the new address may have been taken since: checked again now (and by the unique index).
    if (change && (await this.repo.addressTaken(row.email, row.userId))) return this.taken(ctx);
    const now = new Date();
    try {
      const done = await this.repo.transaction(async (tx) => {
        if (!(await this.repo.use(tx, row.id, 'EMAIL_VERIFICATION', now))) return false;
        if (change) await this.repo.changeAddress(tx, row.user, row.email, now);
        else await this.repo.markVerified(tx, row.user, now);
        return true;
      });
      if (!done) return this.refusal(ctx, 'USED');
    } catch (err) {
      if (err instanceof AddressTakenError) return this.taken(ctx);
      throw err;
    }
    return { __typename: 'EmailVerified', email: row.email };
  }

  async resendVerification(ctx: RequestContext): Promise<LinkSentResult> {
    const user = requireUser(ctx);
    if (user.emailVerifiedAt) return inputError(ctx.locale, [], 'ALREADY_VERIFIED');
    const wait = await this.limits.admitVerificationEmail(user.id);
    if (wait !== null) return rateLimited(ctx.locale, 'VERIFICATION_RATE_LIMITED', wait);
    await this.repo.transaction((tx) => this.issueVerification(tx, user, user.email));
    return { __typename: 'LinkSent', email: user.email };
  }

  /**
   * A new address takes effect only once the link sent to it is opened; the current address is told at once, so
   * its owner learns of a change they did not ask for while they can still act.
   */
  async requestEmailChange(ctx: RequestContext, input: unknown): Promise<LinkSentResult> {
    const user = requireUser(ctx);
    const v = validate(changeSchema, input, ctx.locale);
    if (!v.ok) return v.error;
    if (v.data.newEmail === user.email) return inputError(ctx.locale, [fieldError(ctx.locale, 'newEmail', 'SAME_EMAIL')]);
    // Counted before the password is checked: this limit is what caps guessing it.
    const wait = await this.limits.admitVerificationEmail(user.id);
    if (wait !== null) return rateLimited(ctx.locale, 'VERIFICATION_RATE_LIMITED', wait);
    if (!(await verifyPassword(user.passwordHash, v.data.currentPassword))) {
      return inputError(ctx.locale, [fieldError(ctx.locale, 'currentPassword', 'WRONG_PASSWORD')]);
    }
    const { newEmail } = v.data;
    if (await this.repo.addressTaken(newEmail, user.id)) return this.taken(ctx);
    await this.repo.transaction(async (tx) => {
      await this.issueVerification(tx, user, newEmail, [this.email(user, user.email, { kind: 'addressChangeAsked', newEmail })]);
      await this.repo.recordChangeRequest(tx, user.id, newEmail);
    });
    return { __typename: 'LinkSent', email: newEmail };
  }

  /** The new address waiting for its link, shown to the account's owner only. */
  async pendingAddresses(ctx: RequestContext, users: readonly UserRow[]): Promise<(string | null)[]> {
    const own = users.filter((u) => u.id === ctx.user?.id);
    if (!own.length) return users.map(() => null);
    const found = await this.repo.pendingAddresses(own, new Date());
    return users.map((u) => (u.id === ctx.user?.id ? found[own.indexOf(u)] ?? null : null));
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────────────────────

  private async issueVerification(tx: Tx, user: UserRow, address: string, also: ReturnType<AccountLinksService['email']>[] = []): Promise<void> {
    const token = newSessionToken();
    const hours = this.config.EMAIL_VERIFICATION_TTL_HOURS;
    await this.repo.issue(
      tx,
      { id: sessionIdOf(token), userId: user.id, purpose: 'EMAIL_VERIFICATION', email: address, expiresAt: new Date(Date.now() + hours * 3_600_000) },
      [this.email(user, address, { kind: 'verifyAddress', token, hours, change: address !== user.email }), ...also],
    );
  }

  private email(user: UserRow, to: string, content: AccountEmail) {
    return { to, ...renderAccountEmail(user.locale, user.displayName, content) };
  }

  private async check(token: string, purpose: Purpose, now = new Date()): Promise<Checked> {
    const row = token && token.length <= 100 ? await this.repo.findToken(sessionIdOf(token)) : null;
    // A link of another kind, or of an account that was suspended or deleted since, names nothing.
    if (!row || row.purpose !== purpose || row.user.status !== 'ACTIVE') return { ok: false, state: 'INVALID' };
    if (row.usedAt) return { ok: false, state: 'USED' };
    if (row.expiresAt <= now) return { ok: false, state: 'EXPIRED' };
    return { ok: true, row };
  }

  private async view(token: string, purpose: Purpose): Promise<AccountLinkView> {
    const checked = await this.check(token, purpose);
    if (!checked.ok) return { state: checked.state, email: null, changesAddress: false };
    return { state: 'VALID', email: checked.row.email, changesAddress: checked.row.email !== checked.row.user.email };
  }

  private refusal(ctx: RequestContext, state: Exclude<LinkState, 'VALID'>): InputError {
    const code = REFUSAL[state];
    return inputError(ctx.locale, [fieldError(ctx.locale, 'token', code)], code);
  }

  private taken(ctx: RequestContext): InputError {
    return inputError(ctx.locale, [fieldError(ctx.locale, 'newEmail', 'TAKEN')], 'TAKEN');
  }

  private later(work: () => Promise<void>): void {
    const done: Promise<void> = work()
      .catch((err: unknown) => this.reportError(err))
      .finally(() => this.pending.delete(done));
    this.pending.add(done);
  }
}
