import type { Handle } from '@sveltejs/kit';
import { gql } from '$lib/server/api';
import { MeDocument } from '$lib/graphql/generated';
import { LOCALE_COOKIE, resolveLocale } from '$lib/i18n';

const SESSION_COOKIE = 'sid';

export const handle: Handle = async ({ event, resolve }) => {
  event.locals.locale = resolveLocale(event.cookies.get(LOCALE_COOKIE), event.request.headers.get('accept-language'));
  // Visitors have no session cookie, so they cost the API nothing.
  event.locals.user = event.cookies.get(SESSION_COOKIE) ? (await gql(event, MeDocument)).me : null;

  return resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale),
  });
};
