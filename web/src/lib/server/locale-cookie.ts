import type { Cookies } from '@sveltejs/kit';
import { LOCALE_COOKIE, type Locale } from '$lib/i18n';
import { apiSettings } from '$lib/server/api';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Readable by scripts on purpose (it holds no secret), so it is not HttpOnly. */
export function setLocaleCookie(cookies: Cookies, locale: Locale, url: URL): void {
  cookies.set(LOCALE_COOKIE, locale, {
    path: '/',
    maxAge: ONE_YEAR_SECONDS,
    sameSite: 'lax',
    httpOnly: false,
    // Secure exactly when the API's own cookies are (behind a TLS proxy the request itself looks like http).
    secure: apiSettings(url).secureCookies,
  });
}
