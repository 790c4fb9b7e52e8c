import { fail } from '@sveltejs/kit';
import {
  ArchiveListingDocument,
  RenewListingDocument,
  SubmitListingDocument,
  WithdrawListingDocument,
  type InputErrorFieldsFragment,
} from '$lib/graphql/generated';
import type { Locale } from '$lib/i18n';
import { gql } from '$lib/server/api';
import { text } from '$lib/server/forms';
import { dayFromToday, endOfDayInVietnam, isDateInput } from '$lib/workspace/dates';
import { translateInputError } from '$lib/workspace/errors';
import { requireUser } from '$lib/workspace/guard.server';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['submitted', 'withdrawn', 'archived', 'renewed'] as const;

export const load: PageServerLoad = ({ url }) => {
  const done = url.searchParams.get('done');
  return { renewDefault: dayFromToday(365), done: DONE.find((d) => d === done) ?? null };
};

function refused(locale: Locale, action: string, error: InputErrorFieldsFragment, values: Record<string, string> = {}) {
  const { fieldErrors, formError } = translateInputError(locale, error);
  // A refused submission names the missing fields; the checklist on the page shows them, so say it once here.
  return fail(400, { action, values, fieldErrors, formError: formError ?? Object.values(fieldErrors)[0] ?? error.message });
}

export const actions: Actions = {
  submit: async (event) => {
    requireUser(event);
    const { submitListing } = await gql(event, SubmitListingDocument, { id: event.params.id });
    if (submitListing.__typename === 'InputError') return refused(event.locals.locale, 'submit', submitListing);
    return { done: 'submitted' as const };
  },
  withdraw: async (event) => {
    requireUser(event);
    const { withdrawListing } = await gql(event, WithdrawListingDocument, { id: event.params.id });
    if (withdrawListing.__typename === 'InputError') return refused(event.locals.locale, 'withdraw', withdrawListing);
    return { done: 'withdrawn' as const };
  },
  archive: async (event) => {
    requireUser(event);
    const { archiveListing } = await gql(event, ArchiveListingDocument, { id: event.params.id });
    if (archiveListing.__typename === 'InputError') return refused(event.locals.locale, 'archive', archiveListing);
    return { done: 'archived' as const };
  },
  renew: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const validUntil = text(form, 'validUntil').trim();
    const values = { validUntil };
    if (!isDateInput(validUntil)) {
      return refused(event.locals.locale, 'renew', {
        code: 'VALIDATION',
        message: '',
        fieldErrors: [{ field: 'validUntil', code: validUntil ? 'INVALID_DATE' : 'REQUIRED', message: '' }],
      }, values);
    }
    const { renewListing } = await gql(event, RenewListingDocument, { id: event.params.id, validUntil: endOfDayInVietnam(validUntil) });
    if (renewListing.__typename === 'InputError') return refused(event.locals.locale, 'renew', renewListing, values);
    return { done: 'renewed' as const };
  },
};
