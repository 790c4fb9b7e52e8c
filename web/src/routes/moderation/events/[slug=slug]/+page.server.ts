import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { CancelEventDocument, DecideExhibitorDocument, EventFiguresDocument, ManagedEventDocument, PublishEventDocument, UpdateEventDocument } from '$lib/graphql/generated';
import { t } from '$lib/i18n';
import { formErrors, problemMessages } from '$lib/errors';
import { eventFormValues, parseEventForm } from '$lib/events/forms';
import { localizeHref } from '$lib/i18n/url';
import { requireStaff } from '$lib/moderation/guard';
import { PAGE_SIZE, readAfter } from '$lib/paging';
import { gql } from '$lib/server/api';
import { text } from '$lib/server/forms';
import { withCursor } from '$lib/server/paging';
import type { Actions, PageServerLoad } from './$types';

async function managed(event: RequestEvent<{ slug: string }>) {
  const after = readAfter(event.url.searchParams);
  const { event: found } = await withCursor(event as RequestEvent, after, () => gql(event, ManagedEventDocument, { slug: event.params.slug, first: PAGE_SIZE, after }));
  if (!found) error(404, t(event.locals.locale, 'error.notFound.title'));
  return { found, after };
}

export const load: PageServerLoad = async (event) => {
  requireStaff(event);
  const { found, after } = await managed(event);
  const { eventFigures } = await gql(event, EventFiguresDocument, { eventId: found.id });
  return { event: found, values: eventFormValues(found), figures: eventFigures, after, saved: event.url.searchParams.has('saved') };
};

const again = (event: RequestEvent<{ slug: string }>, slug = event.params.slug) => redirect(303, localizeHref(`/moderation/events/${slug}?saved`, event.locals.locale));

/** Publishing or cancelling: back to the page, or the refusal above it. */
async function move(event: RequestEvent<{ slug: string }>, to: 'publish' | 'cancel') {
  requireStaff(event);
  const { found } = await managed(event);
  const result = to === 'publish' ? (await gql(event, PublishEventDocument, { id: found.id })).publishEvent : (await gql(event, CancelEventDocument, { id: found.id })).cancelEvent;
  if (result.__typename === 'InputError') return fail(400, { move: true, ...formErrors(event.locals.locale, result) });
  again(event);
}

export const actions: Actions = {
  update: async (event) => {
    requireStaff(event);
    const { found } = await managed(event);
    const { input, values, problems } = parseEventForm(await event.request.formData());
    if (!input) return fail(400, { values, fieldErrors: problemMessages(event.locals.locale, problems), formError: null });
    const { updateEvent } = await gql(event, UpdateEventDocument, { id: found.id, input });
    if (updateEvent.__typename === 'InputError') return fail(400, { values, ...formErrors(event.locals.locale, updateEvent) });
    again(event);
  },
  publish: (event) => move(event, 'publish'),
  cancel: (event) => move(event, 'cancel'),
  decide: async (event) => {
    requireStaff(event);
    const form = await event.request.formData();
    const { decideExhibitor } = await gql(event, DecideExhibitorDocument, { exhibitorId: text(form, 'exhibitorId'), approve: text(form, 'approve') === 'true' });
    if (decideExhibitor.__typename === 'InputError') return fail(400, { move: true, ...formErrors(event.locals.locale, decideExhibitor) });
    again(event);
  },
};
