// The language is part of the address: English pages live under /en, Vietnamese ones (the default) at the root.
// One route serves both (hooks.ts `reroute` strips the prefix before routing), so every link, form action and
// redirect the app writes goes through localizeHref to stay in the language of the page it starts from.
import { DEFAULT_LOCALE, LOCALES, type Locale } from './index';

const PREFIX: Record<Locale, string> = { vi: '', en: '/en' };

// Served by the API server, not the web app: never given a language prefix (the datasets, feeds and files
// have one address for both languages).
const NOT_PAGES = /^\/(api|graphql|graphiql|media|feeds|webhooks|healthz|readyz|metrics)(\/|$)|^\/[^?#]*\.[a-z0-9]+(?=$|[?#])/i;

/** The language of an address: `/en` and `/en/…` are English, every other path Vietnamese. */
export function localeOfPath(pathname: string): Locale {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : DEFAULT_LOCALE;
}

/** The route's own path, without the language: `/en/listings/x` → `/listings/x`, `/en` → `/`. */
export function stripLocale(pathname: string): string {
  return localeOfPath(pathname) === 'en' ? pathname.slice(3) || '/' : pathname;
}

/**
 * `path` (a site path with optional query and hash, with or without a language prefix) in `locale`:
 * `localizeHref('/listings/x?a=1', 'en')` → `/en/listings/x?a=1`, `localizeHref('/en/search', 'vi')` → `/search`.
 * Anything else (another site, `?/action`, `#id`, the API's own addresses) is returned as it is.
 */
export function localizeHref(path: string, locale: Locale): string {
  if (!path.startsWith('/') || path.startsWith('//') || NOT_PAGES.test(path)) return path;
  const cut = path.search(/[?#]/);
  const pathname = cut === -1 ? path : path.slice(0, cut);
  const rest = cut === -1 ? '' : path.slice(cut);
  // `/en//host` must not become `//host`, which a browser reads as another site.
  const bare = stripLocale(pathname).replace(/^\/{2,}/, '/');
  const prefix = PREFIX[locale];
  return (prefix ? (bare === '/' ? prefix : prefix + bare) : bare) + rest;
}

/** The same page in every language, for hreflang alternates and the language switch. */
export function alternates(pathname: string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, localizeHref(pathname, locale)])) as Record<Locale, string>;
}
