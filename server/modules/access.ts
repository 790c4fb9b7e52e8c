import type { RequestContext } from '../graphql/context.ts';

/** Department staff see every item, whatever its moderation state. */
export function isStaff(ctx: RequestContext): boolean {
  return ctx.user?.role === 'MODERATOR' || ctx.user?.role === 'ADMIN';
}

/** Picks the caller's language, falling back to Vietnamese, the text every item must have. */
export function localized(ctx: RequestContext, vi: string, en: string | null | undefined): string {
  return ctx.locale === 'en' && en ? en : vi;
}
