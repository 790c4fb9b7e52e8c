// Server-side helpers of the workspace pages: the signed-in guard, and API calls whose refusals become HTTP errors.
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { ApiError } from '$lib/server/api';
import { localizeHref } from '$lib/i18n/url';

/** Visitors are sent to sign in and brought back to the page they asked for. */
export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>) {
  const user = event.locals.user;
  if (!user) redirect(303, localizeHref(`/sign-in?redirectTo=${encodeURIComponent(event.url.pathname + event.url.search)}`, event.locals.locale));
  return user;
}

/** Runs an API call; "not found" and "not yours" answers become a 404 page, "signed out" a trip to sign in. */
export async function orNotFound<T>(event: Pick<RequestEvent, 'locals' | 'url'>, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (cause) {
    if (cause instanceof ApiError) {
      if (cause.code === 'UNAUTHENTICATED') requireUser({ ...event, locals: { ...event.locals, user: null } });
      if (cause.code === 'NOT_FOUND' || cause.code === 'FORBIDDEN' || cause.code === 'BAD_USER_INPUT') {
        error(404, t(event.locals.locale, 'ws.error.notFound'));
      }
    }
    throw cause;
  }
}
