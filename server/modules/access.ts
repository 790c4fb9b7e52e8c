import { isPlatform, type RequestContext } from '../lib/request-context.ts';
import { DomainError } from '../lib/domain-error.ts';
import { message } from '../i18n/messages.ts';
import type { InputError } from '../lib/validation.ts';
import type { UserRow } from './account/account.repository.ts';

/** Department staff see every item, whatever its moderation state. */
export function isStaff(ctx: RequestContext): boolean {
  return ctx.user?.role === 'MODERATOR' || ctx.user?.role === 'ADMIN';
}

/** Picks the caller's language, falling back to Vietnamese, the text every item must have. */
export function localized(ctx: RequestContext, vi: string, en: string | null | undefined): string {
  return ctx.locale === 'en' && en ? en : vi;
}

export function requireUser(ctx: RequestContext): UserRow {
  if (!ctx.user) throw new DomainError('UNAUTHENTICATED');
  return ctx.user;
}

/** Moderation is the department's: moderators and admins. */
export function requireStaff(ctx: RequestContext): UserRow {
  const user = requireUser(ctx);
  if (!isStaff(ctx)) throw new DomainError('FORBIDDEN');
  return user;
}

/**
 * What an account may do only once its address is confirmed (send inquiries, create or join an organisation, pay):
 * the refusal to answer (EMAIL_NOT_VERIFIED, saying how to confirm it), or null when the caller may go on. A typed
 * result rather than a thrown error, so the form where the action was tried shows it like any other refusal.
 */
export function requireVerifiedEmail(ctx: RequestContext): InputError | null {
  const user = requireUser(ctx);
  if (user.emailVerifiedAt) return null;
  return { __typename: 'InputError', code: 'EMAIL_NOT_VERIFIED', message: message(ctx.locale, 'EMAIL_NOT_VERIFIED', { email: user.email }), fieldErrors: [] };
}

/** Managing people (roles, suspensions, ownership) is the admins' alone. */
export function requireAdmin(ctx: RequestContext): UserRow {
  const user = requireUser(ctx);
  if (user.role !== 'ADMIN') throw new DomainError('FORBIDDEN');
  return user;
}

/** The clock's moves (expiry, reminders, surveys, orders' deadlines) are the platform's own: jobs, not people. */
export function requirePlatform(ctx: RequestContext): void {
  if (!isPlatform(ctx)) throw new DomainError('FORBIDDEN');
}
