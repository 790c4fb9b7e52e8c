import { error, fail, redirect } from '@sveltejs/kit';
import { EventPageDocument, RequestMeetingDocument } from '$lib/graphql/generated';
import { t } from '$lib/i18n';
import { formErrors, problemMessages } from '$lib/errors';
import { localizeHref } from '$lib/i18n/url';
import { PAGE_SIZE, readAfter } from '$lib/paging';
import { gql } from '$lib/server/api';
import { text } from '$lib/server/forms';
import { withCursor } from '$lib/server/paging';
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const after = readAfter(event.url.searchParams);
  const { event: found } = await withCursor(event, after, () => gql(event, EventPageDocument, { slug: event.params.slug, first: PAGE_SIZE, after }));
  if (!found) error(404, t(event.locals.locale, 'error.notFound.title'));
  return { event: found, after, booked: event.url.searchParams.has('booked') };
};

export const actions: Actions = {
  /** A buyer asks an exhibitor for one of its free slots. */
  request: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const values = { exhibitorId: text(form, 'exhibitorId'), slotId: text(form, 'slotId'), message: text(form, 'message') };
    if (!values.slotId) return fail(400, { values, fieldErrors: problemMessages(event.locals.locale, { slotId: 'REQUIRED' }), formError: null });
    const { requestMeeting } = await orNotFound(event, () => gql(event, RequestMeetingDocument, { slotId: values.slotId, message: values.message }));
    if (requestMeeting.__typename === 'InputError') return fail(400, { values, ...formErrors(event.locals.locale, requestMeeting) });
    redirect(303, localizeHref(`/events/${event.params.slug}?booked#exhibitor-${values.exhibitorId}`, event.locals.locale));
  },
};
