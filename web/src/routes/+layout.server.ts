import { UnreadNotificationCountDocument } from '$lib/graphql/generated';
import { ApiError, gql, publicOrigin } from '$lib/server/api';
import type { LayoutServerLoad } from './$types';

/**
 * The header bell's count: read with the person by the hook (Me), so a page sends no request of its own for it;
 * again after a form action, which may have read or brought notifications. Nothing for visitors.
 */
async function unreadNotifications(event: Parameters<LayoutServerLoad>[0]): Promise<number> {
  if (!event.locals.user) return 0;
  if (event.request.method === 'GET' || event.request.method === 'HEAD') return event.locals.unreadNotifications;
  try {
    return (await gql(event, UnreadNotificationCountDocument)).notifications.unreadCount;
  } catch (cause) {
    // The session may end between the hook's check and this query; the page itself decides what that means.
    if (cause instanceof ApiError && cause.code === 'UNAUTHENTICATED') return 0;
    throw cause;
  }
}

export const load: LayoutServerLoad = async (event) => {
  // Pages that read or mark notifications invalidate this, so the bell follows without a full reload.
  event.depends('app:notifications');
  return {
    user: event.locals.user,
    locale: event.locals.locale,
    origin: publicOrigin(event.url),
    unreadNotifications: await unreadNotifications(event),
  };
};
