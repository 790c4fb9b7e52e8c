import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import {
  AcceptNdaDocument,
  DeclineInquiryDocument,
  InquiryDocument,
  MarkNotificationsReadForLinkDocument,
  RecordDealDocument,
  RequestNdaDocument,
  WithdrawInquiryDocument,
  type InputErrorFieldsFragment,
} from '$lib/graphql/generated';
import { t } from '$lib/i18n';
import { attachmentLimits, isBodyTooLarge, isChosenFile, sendReply } from '$lib/inquiry/attachments.server';
import { formErrors, problemMessages } from '$lib/errors';
import { formatLimit } from '$lib/i18n/format';
import { INQUIRY_ERRORS, dealDefaults, parseDealForm, parseDeclineForm } from '$lib/inquiry/forms';
import { readAfter } from '$lib/paging';
import { gql } from '$lib/server/api';
import { withCursor } from '$lib/server/paging';
import { text } from '$lib/server/forms';
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import type { Values } from '$lib/workspace/listing-form';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/url';

const DONE = ['opened', 'reply', 'requestNda', 'acceptNda', 'decline', 'withdraw', 'recordDeal'] as const;
type Done = (typeof DONE)[number];

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  // The API answers null to anyone who is neither side nor department staff: the same 404 as an unknown inquiry.
  // `after`: an earlier page of the thread (the page opens on its latest messages).
  const after = readAfter(event.url.searchParams);
  const { inquiry } = await orNotFound(event, () =>
    withCursor(event, after, () => gql(event, InquiryDocument, { id: event.params.id, messagesAfter: after })),
  );
  if (!inquiry) error(404, t(event.locals.locale, 'error.notFound.title'));
  const done = DONE.find((d) => d === event.url.searchParams.get('done')) ?? null;
  // Reading the thread is reading what its notifications ("new inquiry", "reply") were about. The count it answers
  // replaces the layout's (loaded at the same time, possibly before this), so the bell drops on this very page.
  const { markNotificationsReadForLink: read } = await gql(event, MarkNotificationsReadForLinkDocument, { link: `/inquiries/${inquiry.id}` });
  return {
    inquiry,
    after,
    done,
    ...(read.__typename === 'NotificationsMarked' ? { unreadNotifications: read.unreadCount } : {}),
    notificationsMarked: read.__typename === 'NotificationsMarked' ? read.marked : 0,
    limits: attachmentLimits(),
    dealValues: inquiry.actions.includes('AGREE') ? dealDefaults(inquiry.listing?.technology) : null,
  };
};

type Action = 'reply' | 'requestNda' | 'acceptNda' | 'decline' | 'withdraw' | 'recordDeal';

/** Each move that went through comes back to the page (a fresh GET, so a reload does not repeat it). */
function done(event: RequestEvent, what: Done): never {
  redirect(303, localizeHref(`/inquiries/${event.params.id}?done=${what}`, event.locals.locale));
}

function refused(action: Action, problems: { fieldErrors: Record<string, string>; formError: string | null }, values: Values = {}) {
  return fail(400, { action, values, ...problems });
}

function refusedBy(event: RequestEvent, action: Action, result: InputErrorFieldsFragment, values: Values = {}) {
  return refused(action, formErrors(event.locals.locale, result, INQUIRY_ERRORS), values);
}

export const actions: Actions = {
  reply: async (event) => {
    requireUser(event);
    const locale = event.locals.locale;
    const limits = attachmentLimits();
    let form: FormData;
    try {
      form = await event.request.formData();
    } catch (cause) {
      // More than the web server takes: nothing of the form could be read, so nothing was sent.
      if (!isBodyTooLarge(cause)) throw cause;
      const message = t(locale, 'inquiry.validation.files.BODY_TOO_LARGE', { size: formatLimit(locale, limits.maxBytes) });
      return refused('reply', { fieldErrors: { files: message }, formError: null });
    }
    const body = text(form, 'body');
    const files = form.getAll('file').filter(isChosenFile);
    if (files.length > limits.maxFiles) {
      return refused('reply', { fieldErrors: { files: t(locale, 'inquiry.validation.files.TOO_MANY', { count: limits.maxFiles }) }, formError: null }, { body });
    }
    const problems = await sendReply(event, event.params.id, body, files);
    if (problems) return refused('reply', problems, { body });
    done(event, 'reply');
  },

  requestNda: async (event) => {
    requireUser(event);
    const { requestNda } = await orNotFound(event, () => gql(event, RequestNdaDocument, { id: event.params.id }));
    if (requestNda.__typename === 'InputError') return refusedBy(event, 'requestNda', requestNda);
    done(event, 'requestNda');
  },

  acceptNda: async (event) => {
    requireUser(event);
    const version = Number(text(await event.request.formData(), 'version'));
    if (!Number.isInteger(version)) error(400, t(event.locals.locale, 'validation.INVALID_VALUE'));
    const { acceptNda } = await orNotFound(event, () => gql(event, AcceptNdaDocument, { id: event.params.id, version }));
    if (acceptNda.__typename === 'InputError') return refusedBy(event, 'acceptNda', acceptNda);
    done(event, 'acceptNda');
  },

  decline: async (event) => {
    requireUser(event);
    const { input, values, problems } = parseDeclineForm(await event.request.formData());
    if (!input) return refused('decline', { fieldErrors: problemMessages(event.locals.locale, problems, 'inquiry'), formError: null }, values);
    const { declineInquiry } = await orNotFound(event, () => gql(event, DeclineInquiryDocument, { id: event.params.id, input }));
    if (declineInquiry.__typename === 'InputError') return refusedBy(event, 'decline', declineInquiry, values);
    done(event, 'decline');
  },

  withdraw: async (event) => {
    requireUser(event);
    const { withdrawInquiry } = await orNotFound(event, () => gql(event, WithdrawInquiryDocument, { id: event.params.id }));
    if (withdrawInquiry.__typename === 'InputError') return refusedBy(event, 'withdraw', withdrawInquiry);
    done(event, 'withdraw');
  },

  recordDeal: async (event) => {
    requireUser(event);
    const { input, values, problems } = parseDealForm(await event.request.formData());
    if (!input) return refused('recordDeal', { fieldErrors: problemMessages(event.locals.locale, problems, 'inquiry'), formError: null }, values);
    const { recordDeal } = await orNotFound(event, () => gql(event, RecordDealDocument, { inquiryId: event.params.id, input }));
    if (recordDeal.__typename === 'InputError') return refusedBy(event, 'recordDeal', recordDeal, values);
    done(event, 'recordDeal');
  },
};
