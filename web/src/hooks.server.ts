import type { Handle } from '@sveltejs/kit';
import { gql } from '$lib/server/api';
import { MeDocument } from '$lib/graphql/generated';
import { LOCALE_COOKIE, resolveLocale } from '$lib/i18n';

const SESSION_COOKIE = 'sid';

export const handle: Handle = async ({ event, resolve }) => {
  // Visitors have no session cookie, so they cost the API nothing.
  const user = event.cookies.get(SESSION_COOKIE) ? (await gql(event, MeDocument)).me : null;
  event.locals.user = user;
  // Same order as the API (cookie, account preference, browser), so page chrome and API content agree.
  event.locals.locale = resolveLocale(
    event.cookies.get(LOCALE_COOKIE) ?? user?.locale,
    event.request.headers.get('accept-language'),
  );

  return resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale),
  });
};
