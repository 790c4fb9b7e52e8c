// A signed-in person with legal documents to accept (a new version of the terms or the privacy notice) is sent to
// /consent before anything else, and brought back afterwards. Thrown from the handle hook, SvelteKit turns the
// redirect into the right answer for a page, a client-side navigation's data request or a form action.
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { localeOfPath, localizeHref, stripLocale } from '$lib/i18n/url';

// What stays reachable meanwhile: the documents, the page to accept them, and the ways out (signing out,
// downloading one's data and deleting the account, which a person who does not accept may want), and the language.
const OPEN_PATHS = ['/consent', '/terms', '/privacy', '/sign-out', '/lang', '/account/privacy', '/account/deleted'];

export function requireAcceptedDocuments(event: Pick<RequestEvent, 'url' | 'request'>, user: { pendingConsents?: unknown[] } | null): void {
  if (!user?.pendingConsents?.length) return;
  const path = stripLocale(event.url.pathname);
  if (OPEN_PATHS.some((open) => path === open || path.startsWith(`${open}/`))) return;
  // A form action's address (`?/save`) is no page to come back to.
  const back = event.request.method === 'GET' ? event.url.pathname + event.url.search : event.url.pathname;
  redirect(303, localizeHref(`/consent?redirectTo=${encodeURIComponent(back)}`, localeOfPath(event.url.pathname)));
}
