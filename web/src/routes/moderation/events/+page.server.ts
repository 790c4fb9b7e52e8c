import { fail, redirect } from '@sveltejs/kit';
import { CreateEventDocument, ManagedEventsDocument } from '$lib/graphql/generated';
import { formErrors, problemMessages } from '$lib/errors';
import { parseEventForm } from '$lib/events/forms';
import { localizeHref } from '$lib/i18n/url';
import { requireStaff } from '$lib/moderation/guard';
import { PAGE_SIZE, readAfter } from '$lib/paging';
import { gql } from '$lib/server/api';
import { withCursor } from '$lib/server/paging';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireStaff(event);
  const after = readAfter(event.url.searchParams);
  const { managedEvents } = await withCursor(event, after, () => gql(event, ManagedEventsDocument, { first: PAGE_SIZE, after }));
  return { events: managedEvents, after };
};

export const actions: Actions = {
  create: async (event) => {
    requireStaff(event);
    const { input, values, problems } = parseEventForm(await event.request.formData());
    if (!input) return fail(400, { values, fieldErrors: problemMessages(event.locals.locale, problems), formError: null });
    const { createEvent } = await gql(event, CreateEventDocument, { input });
    if (createEvent.__typename === 'InputError') return fail(400, { values, ...formErrors(event.locals.locale, createEvent) });
    redirect(303, localizeHref(`/moderation/events/${createEvent.slug}?saved`, event.locals.locale));
  },
};
