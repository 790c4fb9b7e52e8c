import { fail, redirect } from '@sveltejs/kit';
import { CancelMeetingDocument, MyMeetingsDocument } from '$lib/graphql/generated';
import { formErrors } from '$lib/errors';
import { localizeHref } from '$lib/i18n/url';
import { PAGE_SIZE, readAfter } from '$lib/paging';
import { gql } from '$lib/server/api';
import { text } from '$lib/server/forms';
import { withCursor } from '$lib/server/paging';
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const after = readAfter(event.url.searchParams);
  const { myMeetings } = await withCursor(event, after, () => gql(event, MyMeetingsDocument, { first: PAGE_SIZE, after }));
  return { meetings: myMeetings, after };
};

export const actions: Actions = {
  cancel: async (event) => {
    requireUser(event);
    const id = text(await event.request.formData(), 'id');
    const { cancelMeeting } = await orNotFound(event, () => gql(event, CancelMeetingDocument, { id }));
    if (cancelMeeting.__typename === 'InputError') return fail(400, { id, ...formErrors(event.locals.locale, cancelMeeting) });
    redirect(303, localizeHref('/meetings', event.locals.locale));
  },
};
