// The admin area (people, data requests) is for admins only. Every load and every form action calls this first:
// form actions do not run layout loads, so the layout's guard alone would leave the actions open.
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { CurrentUserFragment } from '$lib/graphql/generated';
import { t } from '$lib/i18n';
import { localizeHref } from '$lib/i18n/url';

/** Visitors are sent to sign in and brought back; signed-in people who are not admins get a 403 page. */
export function requireAdmin(event: Pick<RequestEvent, 'locals' | 'url'>): CurrentUserFragment {
  const { user, locale } = event.locals;
  if (!user) {
    // A form action's address (`?/suspend`) is no page to come back to.
    const search = event.url.search.startsWith('?/') ? '' : event.url.search;
    redirect(303, localizeHref(`/sign-in?redirectTo=${encodeURIComponent(event.url.pathname + search)}`, event.locals.locale));
  }
  if (user.role !== 'ADMIN') error(403, t(locale, 'admin.forbidden.title'));
  return user;
}
