import { error, fail, redirect } from '@sveltejs/kit';
import { formErrors, problemMessages, type FieldErrors } from '$lib/errors';
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
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import { changedInput, ipTitlesChanged } from '$lib/workspace/listing-diff';
import { WORKSPACE_ERRORS, hasIpTitles, isStep, nextStep, normalisePath, type EditStep, type Values } from '$lib/workspace/listing-form';
import { ipErrorPath, parseIpTitles, parseStep, valuesOf } from '$lib/workspace/listing-parse';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { PHOTO_STEP, formatSize, isChosenFile } from './photos';
import { addPhoto, isBodyTooLarge, photoLimits, removePhoto } from './photos.server';
import { localizeHref } from '$lib/i18n/url';

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
    photoLimits: photoLimits(),
  };
};

type StepAction = 'save' | 'addPhoto' | 'removePhoto';

/**
 * Saves the step as a draft (or as an edit of a published listing); `intent` says what comes next. On the step
 * that holds the photos it also removes the photo asked for (removePhoto) and uploads the photo chosen (addPhoto
 * requires one; save uploads one if chosen, so a photo picked before "save" is not dropped). The three share the
 * step's one form, so whatever was typed elsewhere on the step is saved with the photo, never lost.
 */
async function saveStep(event: RequestEvent, action: StepAction) {
  requireUser(event);
  const step = event.params.step;
  if (!isStep(step) || step === 'review') error(404, t(event.locals.locale, 'error.notFound.title'));
  if (action !== 'save' && step !== PHOTO_STEP) error(404, t(event.locals.locale, 'error.notFound.title'));
  const { listingById: listing } = await orNotFound(event, () => gql(event, WorkspaceListingDocument, { id: event.params.id }));
  if (!listing) error(404, t(event.locals.locale, 'ws.error.notFound'));

  const locale = event.locals.locale;
  const limits = photoLimits();
  let form: FormData;
  try {
    form = await event.request.formData();
  } catch (cause) {
    // Larger than the web server takes (a photo too big): nothing of the form can be read, so nothing is saved.
    if (!isBodyTooLarge(cause)) throw cause;
    const message = t(locale, 'ws.validation.image.BODY_TOO_LARGE', { size: formatSize(locale, limits.maxBytes) });
    return fail(413, { values: null, fieldErrors: { image: message } as FieldErrors, formError: null, saved: false as const, photo: null });
  }
  const intent = text(form, 'intent');

  const parsed = parseStep(listing.kind, step as EditStep, form);
  let values: Values = parsed.values;
  // The web's own findings (a number that is not one) win over the API's for the same field.
  const fieldErrors: FieldErrors = problemMessages(locale, parsed.problems, 'ws');
  let formError: string | null = null;

  // Fields that read fine are saved even when others did not, so nothing typed correctly is lost. Only what
  // differs from the listing is sent: on a published listing every field sent becomes part of its revision.
  const input = changedInput(listing, step as EditStep, parsed.input);
  let contentSaved = Object.keys(input).length > 0;
  // The confidential dossier is saved at once, never reviewed: an edit of it alone makes no revision.
  let dossierOnly = contentSaved && Object.keys(input).every((key) => key === 'dossierVi' || key === 'dossierEn');
  if (contentSaved) {
    const { updateListing } = await gql(event, UpdateListingDocument, { id: listing.id, input });
    if (updateListing.__typename === 'InputError') {
      const translated = formErrors(locale, updateListing, WORKSPACE_ERRORS);
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
    Object.assign(fieldErrors, problemMessages(locale, ip.problems, 'ws'));
    // Titles are replaced as a whole: with a row in doubt, keep the saved ones rather than drop that row.
    if (Object.keys(ip.problems).length === 0 && ipTitlesChanged(listing, ip.ipTitles)) {
      contentSaved = true;
      dossierOnly = false;
      const { setListingIpTitles } = await gql(event, SetListingIpTitlesDocument, { id: listing.id, ipTitles: ip.ipTitles });
      if (setListingIpTitles.__typename === 'InputError') {
        const translated = formErrors(locale, setListingIpTitles, { scope: 'ws', input: (field) => ipErrorPath(normalisePath(field), ip.rowOf) });
        for (const [path, message] of Object.entries(translated.fieldErrors)) fieldErrors[path] ??= message;
        formError ??= translated.formError;
      }
    }
  }

  // Photos are not part of a revision: the API adds and removes them at once, published listing or not.
  let photo: 'added' | 'removed' | null = null;
  if (step === PHOTO_STEP && listing.canEdit) {
    if (action === 'removePhoto') {
      const problem = await removePhoto(event, listing, text(form, 'imageId'));
      if (problem) formError ??= problem;
      else photo = 'removed';
    }
    const file = form.get('image');
    if (isChosenFile(file)) {
      const problem = await addPhoto(event, listing.id, file, text(form, 'imageAlt'), limits);
      if (problem) fieldErrors.image = problem;
      else photo = 'added';
    } else if (action === 'addPhoto') {
      fieldErrors.image = t(locale, 'ws.validation.image.REQUIRED');
    }
    // The description of a photo that did not go in is kept for the next try.
    if (photo !== 'added') values = { ...values, imageAlt: text(form, 'imageAlt') };
  }

  // A photo added while other fields were refused is said so, and not sent again.
  if (formError || Object.keys(fieldErrors).length) return fail(400, { values, fieldErrors, formError, saved: false as const, photo });
  const next = nextStep(step);
  if (action === 'save' && intent === 'continue' && next) redirect(303, localizeHref(`/workspace/listings/${listing.id}/edit/${next}`, event.locals.locale));
  // One step for an edit of a published listing: what was saved goes to the department with the same press.
  if (action === 'save' && intent === 'submit' && listing.status === 'PUBLISHED') {
    const refused = await submitEdit(event);
    return fail(400, { values: null, fieldErrors: refused.fieldErrors, formError: refused.formError, saved: false as const, photo });
  }
  return {
    saved: true as const,
    // A photo alone changes no revision; saved fields of a published listing do.
    revision: listing.status === 'PUBLISHED' && !dossierOnly && (action === 'save' || contentSaved),
    photo,
    // Added or removed IP rows are shown as edited (an added row is empty, so the API has nothing of it).
    values: rowsChanged ? values : null,
  };
}

/** Sends the listing's edit to the department; answers only when refused (otherwise it goes to the overview). */
async function submitEdit(event: RequestEvent): Promise<{ fieldErrors: FieldErrors; formError: string }> {
  const locale = event.locals.locale;
  const { submitListing } = await gql(event, SubmitListingDocument, { id: event.params.id });
  if (submitListing.__typename === 'Listing') {
    redirect(303, localizeHref(`/workspace/listings/${event.params.id}?done=${submitListing.status === 'PUBLISHED' ? 'submittedRevision' : 'submitted'}`, event.locals.locale));
  }
  // A published listing with no edit saved has nothing to send.
  if (submitListing.code === 'INVALID_TRANSITION') return { fieldErrors: {}, formError: t(locale, 'ws.form.nothingToSubmit') };
  const { fieldErrors, formError } = formErrors(locale, submitListing, WORKSPACE_ERRORS);
  return { fieldErrors, formError: formError ?? t(locale, 'ws.actions.submitNeedsComplete') };
}

export const actions: Actions = {
  save: (event) => saveStep(event, 'save'),
  addPhoto: (event) => saveStep(event, 'addPhoto'),
  removePhoto: (event) => saveStep(event, 'removePhoto'),

  /** Sends the listing (or its pending edit) to the department. */
  submit: async (event) => {
    requireUser(event);
    const refused = await submitEdit(event);
    return fail(400, { submitError: refused.formError, fieldErrors: refused.fieldErrors });
  },
};
