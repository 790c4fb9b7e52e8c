// The moderation workspace is for department staff. Every load and every form action calls this first: form
// actions do not run layout loads, so a guard in a layout alone would leave the actions open.
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { CurrentUserFragment } from '$lib/graphql/generated';
import { t } from '$lib/i18n';
import { localizeHref } from '$lib/i18n/url';

export function isStaff(user: Pick<CurrentUserFragment, 'role'> | null | undefined): boolean {
  return user?.role === 'MODERATOR' || user?.role === 'ADMIN';
}

/** Visitors are sent to sign in and brought back; signed-in people without the role get a 403 page. */
export function requireStaff(event: Pick<RequestEvent, 'locals' | 'url'>): CurrentUserFragment {
  const { user, locale } = event.locals;
  if (!user) {
    // A form action's address (`?/review`) is no page to come back to.
    const search = event.url.search.startsWith('?/') ? '' : event.url.search;
    redirect(303, localizeHref(`/sign-in?redirectTo=${encodeURIComponent(event.url.pathname + search)}`, event.locals.locale));
  }
  if (!isStaff(user)) error(403, t(locale, 'moderation.forbidden.title'));
  return user;
}
