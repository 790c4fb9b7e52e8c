import type { RequestContext } from '../graphql/context.ts';
import { AppError } from '../graphql/errors.ts';
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
  if (!ctx.user) throw new AppError(ctx.locale, 'UNAUTHENTICATED');
  return ctx.user;
}

/** Moderation is the department's: moderators and admins. */
export function requireStaff(ctx: RequestContext): UserRow {
  const user = requireUser(ctx);
  if (!isStaff(ctx)) throw new AppError(ctx.locale, 'FORBIDDEN');
  return user;
}

/** Managing people (roles, suspensions, ownership) is the admins' alone. */
export function requireAdmin(ctx: RequestContext): UserRow {
  const user = requireUser(ctx);
  if (user.role !== 'ADMIN') throw new AppError(ctx.locale, 'FORBIDDEN');
  return user;
}
