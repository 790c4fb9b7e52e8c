// One-click unsubscribe (RFC 8058) for every e-mail the platform sends about something that happened: the
// List-Unsubscribe header names an https address that a POST with `List-Unsubscribe=One-Click` acts on without a
// sign-in (server/plugins/unsubscribe.ts); a GET of the same address shows a page with a button (link scanners
// open links, and must not unsubscribe anyone). The token stands for what the link stops: one saved search's alerts
// (SavedSearch.unsubscribeToken), or one notification type by e-mail for one person (EmailTypeUnsubscribe).
import { randomBytes } from 'node:crypto';
import type { Locale } from '../../i18n/messages.ts';
import type { Tx } from '../../lib/prisma.ts';
import { absoluteUrl } from './notification-email.ts';

export const UNSUBSCRIBE_PATH = '/unsubscribe';
export const ONE_CLICK_BODY = 'List-Unsubscribe=One-Click';

/** 192 random bits, URL-safe. */
export const newUnsubscribeToken = () => randomBytes(24).toString('base64url');
export const UNSUBSCRIBE_TOKEN = /^[A-Za-z0-9_-]{32}$/;

/** The address of the unsubscribe page (and of the one-click POST) in the recipient's language. */
export function unsubscribeUrl(token: string, locale: Locale): string {
  return absoluteUrl(`${locale === 'en' ? '/en' : ''}${UNSUBSCRIBE_PATH}/${token}`);
}

export type MailHeaders = Record<string, string>;

export function listUnsubscribeHeaders(url: string): MailHeaders {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': ONE_CLICK_BODY };
}

/** Each person's token for turning this type off by e-mail, made the first time (in the caller's transaction). */
export async function typeUnsubscribeTokens(tx: Tx, userIds: readonly string[], type: string): Promise<Map<string, string>> {
  if (!userIds.length) return new Map();
  const ids = [...userIds];
  const tokens = ids.map(() => newUnsubscribeToken());
  await tx.$executeRaw`INSERT INTO "EmailTypeUnsubscribe" (token, "userId", type)
    SELECT t, u, ${type} FROM unnest(${tokens}::text[], ${ids}::uuid[]) AS x(t, u) ON CONFLICT ("userId", type) DO NOTHING`;
  const rows = await tx.emailTypeUnsubscribe.findMany({ where: { type, userId: { in: ids } }, select: { userId: true, token: true } });
  return new Map(rows.map((r) => [r.userId, r.token]));
}
