import { fail, redirect } from '@sveltejs/kit';
import { formErrors } from '$lib/errors';
import { MarkAllNotificationsReadDocument, MarkNotificationsReadDocument, NotificationsDocument } from '$lib/graphql/generated';
import { PAGE_SIZE, readAfter } from '$lib/paging';
import { gql } from '$lib/server/api';
import { withCursor } from '$lib/server/paging';
import { text } from '$lib/server/forms';
import { safeRedirectTarget } from '$lib/server/redirect';
import { requireUser } from '$lib/workspace/guard.server';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/url';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  event.depends('app:notifications');
  const unreadOnly = event.url.searchParams.get('filter') === 'unread';
  const after = readAfter(event.url.searchParams);
  const { notifications } = await withCursor(event, after, () => gql(event, NotificationsDocument, { first: PAGE_SIZE, after, unreadOnly }));
  return { notifications, unreadOnly, after };
};

async function markRead(event: Parameters<Actions[string]>[0], id: string) {
  const { markNotificationsRead } = await gql(event, MarkNotificationsReadDocument, { ids: [id] });
  return markNotificationsRead.__typename === 'InputError' ? formErrors(event.locals.locale, markNotificationsRead) : null;
}

export const actions: Actions = {
  read: async (event) => {
    requireUser(event);
    const refused = await markRead(event, text(await event.request.formData(), 'id'));
    if (refused) return fail(400, { action: 'read', formError: refused.formError ?? Object.values(refused.fieldErrors)[0] ?? null });
    return { action: 'read' as const };
  },
  // Opening a notification marks it read and goes where it points (only ever a page of this site).
  open: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    await markRead(event, text(form, 'id'));
    redirect(303, localizeHref(safeRedirectTarget(form.get('link'), '/notifications'), event.locals.locale));
  },
  readAll: async (event) => {
    requireUser(event);
    await gql(event, MarkAllNotificationsReadDocument);
    return { action: 'readAll' as const };
  },
};
