import type { Cookies } from '@sveltejs/kit';
import { LOCALE_COOKIE, type Locale } from '$lib/i18n';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Readable by scripts on purpose (it holds no secret), so it is not HttpOnly. */
export function setLocaleCookie(cookies: Cookies, locale: Locale, url: URL): void {
  cookies.set(LOCALE_COOKIE, locale, {
    path: '/',
    maxAge: ONE_YEAR_SECONDS,
    sameSite: 'lax',
    httpOnly: false,
    secure: url.protocol === 'https:',
  });
}
