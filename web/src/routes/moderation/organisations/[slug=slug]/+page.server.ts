import { error } from '@sveltejs/kit';
import { ModerationOrganisationDocument, ReviewOrganisationDocument } from '$lib/graphql/generated';
import { t } from '$lib/i18n';
import { decide, verifyClaim } from '$lib/moderation/actions.server';
import { requireStaff } from '$lib/moderation/guard';
import { REVIEW_ACTIONS } from '$lib/moderation/review-form';
import { gql } from '$lib/server/api';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function organisationOf(event: RequestEvent) {
  const { organisation } = await gql(event, ModerationOrganisationDocument, { slug: event.params.slug });
  if (!organisation) error(404, t(event.locals.locale, 'error.notFound.title'));
  return { organisation };
}

export const load: PageServerLoad = async (event) => {
  requireStaff(event);
  const { organisation } = await organisationOf(event);
  // An edit of the published profile sent for review (one still being written is not the department's yet).
  const revision = organisation.pendingRevision?.status === 'PENDING_REVIEW' ? organisation.pendingRevision : null;
  return {
    organisation,
    // A new profile under review, or the edit of a published one (the published profile stays public meanwhile).
    revision,
    reviewable: organisation.actions.includes('APPROVE'),
  };
};

// The mutations take the organisation's id; the page's address has its slug.
export const actions: Actions = {
  review: async (event) => {
    requireStaff(event);
    const { id } = (await organisationOf(event)).organisation;
    return decide(event, 'review', REVIEW_ACTIONS, async (review) => {
      const { reviewOrganisation } = await gql(event, ReviewOrganisationDocument, { id, review });
      return reviewOrganisation;
    });
  },
  verify: async (event) => {
    requireStaff(event);
    const { id } = (await organisationOf(event)).organisation;
    return verifyClaim(event, 'organisation', id, ['ST_CERTIFICATE'], true);
  },
  unverify: async (event) => {
    requireStaff(event);
    const { id } = (await organisationOf(event)).organisation;
    return verifyClaim(event, 'organisation', id, ['ST_CERTIFICATE'], false);
  },
};
