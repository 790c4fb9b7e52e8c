import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { AnswerIntroductionDocument, DeclineIntroductionDocument, IntroductionDocument, MarkNotificationsReadForLinkDocument, type InputErrorFieldsFragment } from '$lib/graphql/generated';
import { formErrors } from '$lib/errors';
import { t } from '$lib/i18n';
import { localizeHref } from '$lib/i18n/url';
import { gql } from '$lib/server/api';
import { text } from '$lib/server/forms';
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  // Null for anyone who is neither side nor department staff: the same 404 as an unknown introduction.
  const { introduction } = await orNotFound(event, () => gql(event, IntroductionDocument, { id: event.params.id }));
  if (!introduction) error(404, t(event.locals.locale, 'error.notFound.title'));
  // Reading the introduction is reading its notification.
  const { markNotificationsReadForLink: read } = await gql(event, MarkNotificationsReadForLinkDocument, { link: `/introductions/${introduction.id}` });
  return {
    introduction,
    done: event.url.searchParams.get('done') === 'declined',
    ...(read.__typename === 'NotificationsMarked' ? { unreadNotifications: read.unreadCount } : {}),
  };
};

function refused(event: RequestEvent, action: 'answer' | 'decline', result: InputErrorFieldsFragment, values: Record<string, string>) {
  return fail(400, { action, values, ...formErrors(event.locals.locale, result) });
}

export const actions: Actions = {
  answer: async (event) => {
    requireUser(event);
    const values = { body: text(await event.request.formData(), 'body') };
    const { answerIntroduction: result } = await orNotFound(event, () => gql(event, AnswerIntroductionDocument, { id: event.params.id, body: values.body }));
    if (result.__typename === 'InputError') return refused(event, 'answer', result, values);
    // The answer is the thread's message now: the conversation goes on there.
    redirect(303, localizeHref(`/inquiries/${result.inquiryId}`, event.locals.locale));
  },

  decline: async (event) => {
    requireUser(event);
    const values = { note: text(await event.request.formData(), 'note') };
    const { declineIntroduction: result } = await orNotFound(event, () => gql(event, DeclineIntroductionDocument, { id: event.params.id, note: values.note || null }));
    if (result.__typename === 'InputError') return refused(event, 'decline', result, values);
    redirect(303, localizeHref(`/introductions/${event.params.id}?done=declined`, event.locals.locale));
  },
};
