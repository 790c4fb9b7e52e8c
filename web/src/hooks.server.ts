import type { Handle, HandleServerError } from '@sveltejs/kit';
import { gql, apiSettings } from '$lib/server/api';
import { announcesOversizedForm, guardFormData, oversizedFormResponse } from '$lib/server/request-body';
import { MeDocument } from '$lib/graphql/generated';
import { LOCALE_COOKIE, resolveLocale } from '$lib/i18n';
import { requireAcceptedDocuments } from '$lib/server/consent-gate';

const SESSION_COOKIE = 'sid';

export const handle: Handle = async ({ event, resolve }) => {
  if (announcesOversizedForm(event.request, apiSettings(event.url).formBodyLimit)) {
    return oversizedFormResponse(resolveLocale(event.cookies.get(LOCALE_COOKIE), event.request.headers.get('accept-language')));
  }
  guardFormData(event.request);
  // Visitors have no session cookie, so they cost the API nothing.
  const user = event.cookies.get(SESSION_COOKIE) ? (await gql(event, MeDocument)).me : null;
  event.locals.user = user;
  // Same order as the API (cookie, account preference, browser), so page chrome and API content agree.
  event.locals.locale = resolveLocale(
    event.cookies.get(LOCALE_COOKIE) ?? user?.locale,
    event.request.headers.get('accept-language'),
  );
  requireAcceptedDocuments(event, user);

  return resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale),
  });
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
