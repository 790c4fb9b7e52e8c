import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import {
  CancelMeetingDocument, ConfirmMeetingDocument, DeclineMeetingDocument, ExhibitorMeetingsDocument, MyExhibitorsDocument,
  OpenSlotsDocument, RemoveSlotDocument,
} from '$lib/graphql/generated';
import { formErrors, problemMessages } from '$lib/errors';
import { parseSlotForm } from '$lib/events/forms';
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
  const { myExhibitors } = await withCursor(event, after, () => gql(event, MyExhibitorsDocument, { first: PAGE_SIZE, after }));
  // Each registration's latest requests; a registration has few, the list is paged by the API all the same.
  const meetings = await Promise.all(
    myExhibitors.nodes.map(async (x) => (await gql(event, ExhibitorMeetingsDocument, { exhibitorId: x.id, first: 50 })).exhibitorMeetings.nodes),
  );
  return {
    exhibitors: myExhibitors.nodes.map((x, i) => ({ ...x, meetings: meetings[i]! })),
    pageInfo: myExhibitors.pageInfo,
    after,
    registered: event.url.searchParams.has('registered'),
  };
};

const back = (event: RequestEvent, exhibitorId: string) => redirect(303, localizeHref(`/workspace/events#exhibitor-${exhibitorId}`, event.locals.locale));

/** A move on a meeting: back to the list, or its refusal beside the meeting. */
async function meetingMove(event: RequestEvent, move: 'confirm' | 'decline' | 'cancel') {
  requireUser(event);
  const form = await event.request.formData();
  const id = text(form, 'id');
  const result = await orNotFound(event, async () =>
    move === 'confirm'
      ? (await gql(event, ConfirmMeetingDocument, { id })).confirmMeeting
      : move === 'decline'
        ? (await gql(event, DeclineMeetingDocument, { id })).declineMeeting
        : (await gql(event, CancelMeetingDocument, { id })).cancelMeeting,
  );
  if (result.__typename === 'InputError') return fail(400, { meetingId: id, ...formErrors(event.locals.locale, result) });
  back(event, text(form, 'exhibitorId'));
}

export const actions: Actions = {
  open: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const exhibitorId = text(form, 'exhibitorId');
    const { input, values, problems } = parseSlotForm(form);
    if (!input) return fail(400, { exhibitorId, values, fieldErrors: problemMessages(event.locals.locale, problems), formError: null });
    const { openSlots } = await orNotFound(event, () => gql(event, OpenSlotsDocument, { exhibitorId, input }));
    if (openSlots.__typename === 'InputError') {
      // The API names the slot's start and end; the form asks for a day and times.
      return fail(400, { exhibitorId, values, ...formErrors(event.locals.locale, openSlots, { input: (f) => ({ startsAt: 'from', endsAt: 'to' })[f] ?? f }) });
    }
    back(event, exhibitorId);
  },
  remove: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const { removeSlot } = await orNotFound(event, () => gql(event, RemoveSlotDocument, { slotId: text(form, 'slotId') }));
    if (removeSlot.__typename === 'InputError') return fail(400, { slotId: text(form, 'slotId'), ...formErrors(event.locals.locale, removeSlot) });
    back(event, text(form, 'exhibitorId'));
  },
  confirm: (event) => meetingMove(event, 'confirm'),
  decline: (event) => meetingMove(event, 'decline'),
  cancel: (event) => meetingMove(event, 'cancel'),
};
