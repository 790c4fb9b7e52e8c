import type { Reroute } from '@sveltejs/kit';
import { localeOfPath, stripLocale } from '$lib/i18n/url';

/**
 * `/en/…` renders the route of `…`: one route per page for both languages. SvelteKit routes by the returned path
 * but keeps the address as requested, so `event.url` and `page.url` still say `/en/…` (the page's language).
 */
export const reroute: Reroute = ({ url }) => {
  if (localeOfPath(url.pathname) === 'en') return stripLocale(url.pathname);
};
