// The caller of one HTTP request (user, session, language, cookie writers), built once per request for the
// GraphQL context and the few plain routes (uploads, media).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { secureCookies, type Config } from '../config.ts';
import type { RequestContext } from '../lib/request-context.ts';
import { pickLocale, type Locale } from '../i18n/messages.ts';
import { SESSION_COOKIE } from '../modules/account/session-token.ts';

export const LOCALE_COOKIE = 'lang';
const YEAR_S = 365 * 86_400;

export async function requestContext(
  request: FastifyRequest,
  reply: FastifyReply,
  config: Config,
): Promise<Omit<RequestContext, never>> {
  const token = request.cookies[SESSION_COOKIE];
  const session = await request.server.services.account.resolveSession(token);
  const cookieBase = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: secureCookies(config) };
  const ctx: RequestContext = {
    user: session?.user ?? null,
    sessionId: session?.sessionId ?? null,
    locale: pickLocale(request.cookies[LOCALE_COOKIE], session?.user.locale, request.headers['accept-language']),
    userAgent: request.headers['user-agent'] ?? null,
    ip: request.ip,
    cookies: {
      start(newToken: string, expiresAt: Date) {
        reply.setCookie(SESSION_COOKIE, newToken, { ...cookieBase, expires: expiresAt });
      },
      end() {
        reply.clearCookie(SESSION_COOKIE, cookieBase);
      },
      setLocale(locale: Locale) {
        ctx.locale = locale;
        reply.setCookie(LOCALE_COOKIE, locale, { ...cookieBase, httpOnly: false, maxAge: YEAR_S });
      },
    },
  };
  if (token && !session) ctx.cookies.end(); // a stale cookie is dropped rather than sent forever
  return ctx;
}

