import { redirect, type Handle, type HandleServerError, type RequestEvent } from '@sveltejs/kit';
import { gql, apiSettings } from '$lib/server/api';
import { announcesOversizedForm, guardFormData, oversizedFormResponse } from '$lib/server/request-body';
import { MeDocument } from '$lib/graphql/generated';
import { LOCALE_COOKIE } from '$lib/i18n';
import { localeOfPath, localizeHref, stripLocale } from '$lib/i18n/url';
import { requireAcceptedDocuments } from '$lib/server/consent-gate';

const SESSION_COOKIE = 'sid';

// The pages search engines may index (each with its canonical address and language alternates); every other page
// (workspace, moderation, admin, account, forms, a person's threads and orders) is answered with `noindex`, so a
// page added later stays out of search results until it is listed here. robots.txt also keeps crawlers out of them.
const PUBLIC_PAGES = /^\/(search|organisations|listings|open-data|statistics|terms|privacy|events)?(\/|$)/;

/**
 * The address says the language (`/en/…` English, the root Vietnamese). The `lang` cookie only remembers the
 * switch's choice: a root address opened by a browser that chose English goes to its `/en/` twin. Search engines
 * carry no cookie, so each address keeps one language for them, and a shared root link opens in the language its
 * reader chose. The browser's Accept-Language moves nobody (a guess is not a choice, and crawlers send one too).
 */
function rememberedLanguage(event: RequestEvent): void {
  if (event.request.method !== 'GET' && event.request.method !== 'HEAD') return;
  // Pages only (a document, or a client-side navigation's data): scripts' own calls say their language themselves.
  if (!event.isDataRequest && !event.request.headers.get('accept')?.includes('text/html')) return;
  if (event.locals.locale === 'en' || event.cookies.get(LOCALE_COOKIE) !== 'en') return;
  const target = localizeHref(event.url.pathname + event.url.search, 'en');
  if (target !== event.url.pathname + event.url.search) redirect(307, target);
}

export const handle: Handle = async ({ event, resolve }) => {
  event.locals.locale = localeOfPath(event.url.pathname);
  if (announcesOversizedForm(event.request, apiSettings(event.url).formBodyLimit)) {
    return oversizedFormResponse(event.locals.locale);
  }
  guardFormData(event.request);
  rememberedLanguage(event);
  // Visitors have no session cookie, so they cost the API nothing.
  const user = event.cookies.get(SESSION_COOKIE) ? (await gql(event, MeDocument)).me : null;
  event.locals.user = user;
  event.locals.unreadNotifications = user?.unreadNotificationCount ?? 0;
  requireAcceptedDocuments(event, user);

  const response = await resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale),
  });
  if (!PUBLIC_PAGES.test(stripLocale(event.url.pathname))) response.headers.set('x-robots-tag', 'noindex');
  return response;
};

/**
 * An unexpected failure (not a 4xx the page chose): logged with the request's id, and shown to the person as a
 * generic message with that id to quote. The internal message (a path, SQL, an API error) never reaches the page.
 */
export const handleError: HandleServerError = ({ error: cause, event, status, message }) => {
  if (status < 500) return { message };
  const id = event.request.headers.get('x-request-id') ?? crypto.randomUUID();
  const details = { err: cause, requestId: id, method: event.request.method, path: event.url.pathname };
  if (globalThis.__exchangeApi) globalThis.__exchangeApi.logError(details, 'web page failed');
  else console.error('web page failed', details);
  return { message: 'Internal Error', id };
};
