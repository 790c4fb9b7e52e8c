import { fail } from '@sveltejs/kit';
import { formErrors } from '$lib/errors';
import {
  ArchiveListingDocument,
  RenewListingDocument,
  SubmitListingDocument,
  WithdrawListingDocument,
  type InputErrorFieldsFragment,
} from '$lib/graphql/generated';
import type { Locale } from '$lib/i18n';
import { startFeatured } from '$lib/payments/actions.server';
import { loadFeatureBox } from '$lib/payments/boxes.server';
import { gql } from '$lib/server/api';
import { text } from '$lib/server/forms';
import { dayFromToday, dayInVietnam, endOfDayInVietnam, isDateInput } from '$lib/workspace/dates';
import { WORKSPACE_ERRORS } from '$lib/workspace/listing-form';
import { requireUser } from '$lib/workspace/guard.server';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['submitted', 'submittedRevision', 'withdrawn', 'archived', 'renewed'] as const;

/** A year past the current validity (or past today when it has lapsed), within the API's three years from today. */
function renewDefault(validUntil: string | null): string {
  const lapsed = !validUntil || dayInVietnam(validUntil) < dayFromToday(0);
  const proposed = lapsed ? dayFromToday(365) : dayInVietnam(new Date(Date.parse(validUntil) + 365 * 86_400_000).toISOString());
  const latest = dayFromToday(3 * 365 - 1);
  return proposed < latest ? proposed : latest;
}

export const load: PageServerLoad = async (event) => {
  const { listing } = await event.parent();
  const done = event.url.searchParams.get('done');
  return {
    renewDefault: renewDefault(listing.validUntil),
    done: DONE.find((d) => d === done) ?? null,
    feature: await loadFeatureBox(event, listing),
  };
};

function refused(locale: Locale, action: string, error: InputErrorFieldsFragment, values: Record<string, string> = {}) {
  const { fieldErrors, formError } = formErrors(locale, error, WORKSPACE_ERRORS);
  // A refused submission names the missing fields; the checklist on the page shows them, so say it once here.
  return fail(400, { action, values, fieldErrors, formError: formError ?? Object.values(fieldErrors)[0] ?? error.message });
}

export const actions: Actions = {
  feature: (event) => startFeatured(event, event.params.id),
  submit: async (event) => {
    requireUser(event);
    const { submitListing } = await gql(event, SubmitListingDocument, { id: event.params.id });
    if (submitListing.__typename === 'InputError') return refused(event.locals.locale, 'submit', submitListing);
    return { done: submitListing.status === 'PUBLISHED' ? ('submittedRevision' as const) : ('submitted' as const) };
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
