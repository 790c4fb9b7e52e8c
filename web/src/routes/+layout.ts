import { localeOfPath } from '$lib/i18n/url';
import type { LayoutLoad } from './$types';

// The language is the address's: a client-side navigation to the other language's address (a link, a redirect
// after a form) changes it without asking the server's layout load again.
export const load: LayoutLoad = ({ data, url }) => ({ ...data, locale: localeOfPath(url.pathname) });
