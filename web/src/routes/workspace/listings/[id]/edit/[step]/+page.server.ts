import { error, fail, redirect } from '@sveltejs/kit';
import {
  FieldsOfScienceDocument,
  SetListingIpTitlesDocument,
  SubmitListingDocument,
  UpdateListingDocument,
  WorkspaceListingDocument,
} from '$lib/graphql/generated';
import { t } from '$lib/i18n';
import { gql } from '$lib/server/api';
import { text } from '$lib/server/forms';
import { translateInputError, translateProblems, type FieldErrors } from '$lib/workspace/errors';
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import {
  changedInput,
  hasIpTitles,
  ipTitlesChanged,
  ipErrorPath,
  isStep,
  nextStep,
  parseIpTitles,
  parseStep,
  valuesOf,
  type EditStep,
  type Values,
} from '$lib/workspace/listing-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { listing } = await event.parent();
  const step = event.params.step;
  if (!isStep(step)) error(404, t(event.locals.locale, 'error.notFound.title'));
  const fieldsOfScience = step === 'basics' ? (await gql(event, FieldsOfScienceDocument)).fieldsOfScience : [];
  return {
    step,
    values: valuesOf(listing),
    fieldsOfScience,
    created: event.url.searchParams.has('created'),
  };
};

export const actions: Actions = {
  /** Saves the step as a draft (or as an edit of a published listing); `intent` says what comes next. */
  save: async (event) => {
    requireUser(event);
    const step = event.params.step;
    if (!isStep(step) || step === 'review') error(404, t(event.locals.locale, 'error.notFound.title'));
    const { listingById: listing } = await orNotFound(event, () => gql(event, WorkspaceListingDocument, { id: event.params.id }));
    if (!listing) error(404, t(event.locals.locale, 'ws.error.notFound'));

    const locale = event.locals.locale;
    const form = await event.request.formData();
    const intent = text(form, 'intent');

    const parsed = parseStep(listing.kind, step as EditStep, form);
    let values: Values = parsed.values;
    // The web's own findings (a number that is not one) win over the API's for the same field.
    const fieldErrors: FieldErrors = translateProblems(locale, parsed.problems);
    let formError: string | null = null;

    // Fields that read fine are saved even when others did not, so nothing typed correctly is lost. Only what
    // differs from the listing is sent: on a published listing every field sent becomes part of its revision.
    const input = changedInput(listing, step as EditStep, parsed.input);
    if (Object.keys(input).length) {
      const { updateListing } = await gql(event, UpdateListingDocument, { id: listing.id, input });
      if (updateListing.__typename === 'InputError') {
        const translated = translateInputError(locale, updateListing);
        for (const [path, message] of Object.entries(translated.fieldErrors)) fieldErrors[path] ??= message;
        formError = translated.formError;
      }
    }

    let rowsChanged = false;
    if (step === 'description' && hasIpTitles(listing.kind)) {
      const remove = /^remove-ip:(\d+)$/.exec(intent);
      const ip = parseIpTitles(form, { remove: remove ? Number(remove[1]) : undefined, add: intent === 'add-ip' });
      values = { ...values, ...ip.values };
      rowsChanged = !!remove || intent === 'add-ip';
      Object.assign(fieldErrors, translateProblems(locale, ip.problems));
      // Titles are replaced as a whole: with a row in doubt, keep the saved ones rather than drop that row.
      if (Object.keys(ip.problems).length === 0 && ipTitlesChanged(listing, ip.ipTitles)) {
        const { setListingIpTitles } = await gql(event, SetListingIpTitlesDocument, { id: listing.id, ipTitles: ip.ipTitles });
        if (setListingIpTitles.__typename === 'InputError') {
          const translated = translateInputError(locale, setListingIpTitles, (path) => ipErrorPath(path, ip.rowOf));
          for (const [path, message] of Object.entries(translated.fieldErrors)) fieldErrors[path] ??= message;
          formError ??= translated.formError;
        }
      }
    }

    if (formError || Object.keys(fieldErrors).length) return fail(400, { values, fieldErrors, formError, saved: false });
    const next = nextStep(step);
    if (intent === 'continue' && next) redirect(303, `/workspace/listings/${listing.id}/edit/${next}`);
    // Added or removed IP rows are shown as edited (an added row is empty, so the API has nothing of it).
    return { saved: true, revision: listing.status === 'PUBLISHED', values: rowsChanged ? values : null };
  },

  /** Sends the listing (or its pending edit) to the department. */
  submit: async (event) => {
    requireUser(event);
    const { submitListing } = await gql(event, SubmitListingDocument, { id: event.params.id });
    if (submitListing.__typename === 'InputError') {
      const { fieldErrors, formError } = translateInputError(event.locals.locale, submitListing);
      return fail(400, { submitError: formError ?? t(event.locals.locale, 'ws.review.submitBlocked'), fieldErrors });
    }
    redirect(303, `/workspace/listings/${event.params.id}?done=submitted`);
  },
};
