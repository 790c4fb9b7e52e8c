// Cross-site request forgery on the plain POST routes (uploads) that act on the session cookie. SameSite=Lax keeps
// the cookie off most cross-site requests, but not all (same-site subdomains, older browsers), so a request that a
// browser marks as coming from another site is refused before its body is read. Browsers send Sec-Fetch-Site, or at
// least Origin, with every cross-site POST; a request with neither comes from a non-browser client (or the web app's
// in-process bridge, which carries no Origin), and forging one needs no victim's cookie. The same rule as Go's
// net/http CrossOriginProtection.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { publicUrlOf } from './mail.ts';
import type { Config } from '../config.ts';
import { message, pickLocale } from '../i18n/messages.ts';
import { LOCALE_COOKIE } from './request-context.ts';

export const CROSS_ORIGIN = 'CROSS_ORIGIN';

export function isCrossOrigin(request: FastifyRequest, siteOrigin: string): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite) return fetchSite !== 'same-origin' && fetchSite !== 'none';
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  if (origin === siteOrigin) return false;
  try {
    // Served at another address than PUBLIC_URL (a test, a LAN address): the page then came from this Host.
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true; // `null` (a sandboxed frame, a privacy-redirected form) or garbage
  }
}

/** An onRequest hook: a cross-site POST is answered 403 with code CROSS_ORIGIN, before any body is read. */
export function sameOriginOnly(config: Config) {
  const siteOrigin = new URL(publicUrlOf(config)).origin;
  return async function refuseCrossOrigin(request: FastifyRequest, reply: FastifyReply) {
    if (!isCrossOrigin(request, siteOrigin)) return;
    const locale = pickLocale(request.cookies[LOCALE_COOKIE], request.headers['accept-language']);
    return reply.code(403).send({ code: CROSS_ORIGIN, message: message(locale, CROSS_ORIGIN) });
  };
}
