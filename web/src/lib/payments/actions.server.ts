// Form actions of payments, shared by the pages that show the buttons: opening Stripe Checkout (a deposit on the
// public equipment page, a featured placement in the workspace) and the seller's decision on a paid deposit (the
// order page and the organisation's orders). Refusals come back as messages for the page; Checkout is a 303 away.
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { formErrors } from '$lib/errors';
import {
  ConfirmReservationDocument,
  DeclineReservationDocument,
  StartEquipmentDepositDocument,
  StartFeaturedPlacementDocument,
  type CheckoutStartedFragment,
  type InputErrorFieldsFragment,
  type OrderDecidedFragment,
} from '$lib/graphql/generated';
import { t, type Locale } from '$lib/i18n';
import { gql } from '$lib/server/api';
import { text } from '$lib/server/forms';
import { WORKSPACE_ERRORS } from '$lib/workspace/listing-form';
import { orNotFound } from '$lib/workspace/guard.server';
import { localizeHref } from '$lib/i18n/url';

type Refusal = Exclude<CheckoutStartedFragment | OrderDecidedFragment, { __typename: 'Checkout' | 'Order' }>;

function refusalText(locale: Locale, refusal: Refusal): { fieldErrors: Record<string, string>; formError: string } {
  if (refusal.__typename === 'PaymentsNotConfigured') return { fieldErrors: {}, formError: t(locale, 'payments.notConfigured') };
  const { fieldErrors, formError } = formErrors(locale, refusal as InputErrorFieldsFragment, WORKSPACE_ERRORS);
  return { fieldErrors, formError: formError ?? Object.values(fieldErrors)[0] ?? refusal.message };
}

/** Visitors sign in first and come back to the page the button was on (not to the action's address). */
function requireSignedIn(event: RequestEvent) {
  if (!event.locals.user) redirect(303, localizeHref(`/sign-in?redirectTo=${encodeURIComponent(event.url.pathname)}`, event.locals.locale));
}

function toCheckout(locale: Locale, result: CheckoutStartedFragment) {
  if (result.__typename === 'Checkout') redirect(303, result.url);
  return fail(400, { paymentError: refusalText(locale, result).formError });
}

/** A buyer pays a deposit on the equipment offer whose id the form posts. */
export async function startDeposit(event: RequestEvent) {
  requireSignedIn(event);
  const listingId = text(await event.request.formData(), 'listingId');
  const { startEquipmentDeposit } = await orNotFound(event, () => gql(event, StartEquipmentDepositDocument, { listingId }));
  return toCheckout(event.locals.locale, startEquipmentDeposit);
}

/** A member of the listing's organisation pays to feature it. */
export async function startFeatured(event: RequestEvent, listingId: string) {
  requireSignedIn(event);
  const { startFeaturedPlacement } = await orNotFound(event, () => gql(event, StartFeaturedPlacementDocument, { listingId }));
  return toCheckout(event.locals.locale, startFeaturedPlacement);
}

/** The seller confirms the paid deposit whose id the form posts: the deal is recorded. */
export async function confirmOrder(event: RequestEvent) {
  requireSignedIn(event);
  const orderId = text(await event.request.formData(), 'orderId');
  const { confirmReservation } = await orNotFound(event, () => gql(event, ConfirmReservationDocument, { orderId }));
  if (confirmReservation.__typename === 'Order') return { decided: 'confirmed' as const, orderId };
  return fail(400, { decision: 'confirm' as const, orderId, note: '', ...refusalText(event.locals.locale, confirmReservation) });
}

/** The seller declines the paid deposit with a note for the buyer: the deposit is refunded. */
export async function declineOrder(event: RequestEvent) {
  requireSignedIn(event);
  const form = await event.request.formData();
  const orderId = text(form, 'orderId');
  const note = text(form, 'note');
  const { declineReservation } = await orNotFound(event, () => gql(event, DeclineReservationDocument, { orderId, note }));
  if (declineReservation.__typename === 'Order') return { decided: 'declined' as const, orderId };
  const { fieldErrors, formError } = refusalText(event.locals.locale, declineReservation);
  // The note's own message shows under the field; the alert only says what the field does not.
  return fail(400, { decision: 'decline' as const, orderId, note, fieldErrors, formError: fieldErrors.note ? null : formError });
}
