// The form actions the listing and organisation review pages share: a decision (review or unpublish) and the
// verification of a claim. Each checks the role first (actions do not run loads), keeps what was typed on failure
// and shows the API's field errors next to their inputs.
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { formErrors } from '$lib/errors';
import {
  UnverifyClaimDocument,
  VerifyClaimDocument,
  type ClaimType,
  type InputErrorFieldsFragment,
  type ModerationAction,
  type ReviewInput,
} from '$lib/graphql/generated';
import { gql } from '$lib/server/api';
import { text } from '$lib/server/forms';
import { requireStaff } from './guard';
import { checkReview, localErrors, readReviewForm, reviewErrors, toReviewInput } from './review-form';
import { localizeHref } from '$lib/i18n/url';

type Outcome = { __typename: string } | ({ __typename: 'InputError' } & InputErrorFieldsFragment);

function isInputError(result: Outcome): result is { __typename: 'InputError' } & InputErrorFieldsFragment {
  return result.__typename === 'InputError';
}

/** Posts a decision; on success goes back to the queue, which says what was done. */
export async function decide(
  event: RequestEvent,
  form: 'review' | 'unpublish',
  allowed: readonly ModerationAction[],
  send: (input: ReviewInput) => Promise<Outcome>,
) {
  requireStaff(event);
  const values = readReviewForm(await event.request.formData());
  const problems = checkReview(values, allowed);
  if (Object.keys(problems).length) {
    return fail(400, { form, values, ...localErrors(event.locals.locale, problems) });
  }
  const input = toReviewInput(values);
  const result = await send(input);
  if (isInputError(result)) return fail(400, { form, values, ...reviewErrors(event.locals.locale, result, input) });
  redirect(303, localizeHref(`/moderation?done=${input.action}`, event.locals.locale));
}

/** Verifies or withdraws a claim of a listing or an organisation. */
export async function verifyClaim(
  event: RequestEvent,
  entityType: 'listing' | 'organisation',
  entityId: string,
  claims: readonly ClaimType[],
  verify: boolean,
) {
  requireStaff(event);
  const data = await event.request.formData();
  const claim = claims.find((c) => c === text(data, 'claim'));
  const note = text(data, 'note').trim();
  if (!claim) return fail(400, { form: 'claim' as const, claim: null, note, fieldErrors: {}, formError: null });
  if (!verify) {
    await gql(event, UnverifyClaimDocument, { entityType, entityId, claim });
    return { form: 'claim' as const, claim, done: 'unverified' as const };
  }
  const { verifyClaim: result } = await gql(event, VerifyClaimDocument, { entityType, entityId, claim, note: note || null });
  if (result.__typename === 'InputError') {
    return fail(400, { form: 'claim' as const, claim, note, ...formErrors(event.locals.locale, result) });
  }
  return { form: 'claim' as const, claim, done: 'verified' as const };
}
