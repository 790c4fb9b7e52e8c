import { error } from '@sveltejs/kit';
import { ModerationListingDocument, ReviewListingDocument, UnpublishListingDocument, type ClaimType } from '$lib/graphql/generated';
import { t } from '$lib/i18n';
import { decide, verifyClaim } from '$lib/moderation/actions.server';
import { requireStaff } from '$lib/moderation/guard';
import { REVIEW_ACTIONS } from '$lib/moderation/review-form';
import { readAfter } from '$lib/paging';
import { gql } from '$lib/server/api';
import { withCursor } from '$lib/server/paging';
import type { Actions, PageServerLoad } from './$types';

const LISTING_CLAIMS: readonly ClaimType[] = ['IP_NUMBER', 'TRL_EVIDENCE', 'APPRAISAL_LEVEL'];

export const load: PageServerLoad = async (event) => {
  requireStaff(event);
  // `trail`: a later page of the audit trail (its newest events come first).
  const trailAfter = readAfter(event.url.searchParams, 'trail');
  const { listingById: listing } = await withCursor(event, trailAfter, () => gql(event, ModerationListingDocument, { id: event.params.id, trailAfter }), 'trail');
  if (!listing) error(404, t(event.locals.locale, 'error.notFound.title'));
  return {
    listing,
    trailAfter,
    // A new listing under review, or the edit of a published one (the API's workflow says which moves are open).
    reviewable: listing.actions.includes('APPROVE'),
    unpublishable: listing.actions.includes('UNPUBLISH'),
  };
};

export const actions: Actions = {
  review: (event) =>
    decide(event, 'review', REVIEW_ACTIONS, async (review) => {
      const { reviewListing } = await gql(event, ReviewListingDocument, { id: event.params.id, review });
      return reviewListing;
    }),
  unpublish: (event) =>
    decide(event, 'unpublish', ['UNPUBLISH'], async (review) => {
      const { unpublishListing } = await gql(event, UnpublishListingDocument, { id: event.params.id, review });
      return unpublishListing;
    }),
  verify: (event) => verifyClaim(event, 'listing', event.params.id, LISTING_CLAIMS, true),
  unverify: (event) => verifyClaim(event, 'listing', event.params.id, LISTING_CLAIMS, false),
};
