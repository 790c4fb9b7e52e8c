import { fail, redirect } from '@sveltejs/kit';
import { formErrors } from '$lib/errors';
import { CreateListingDocument, WorkspaceMembershipsDocument } from '$lib/graphql/generated';
import { t } from '$lib/i18n';
import { LISTING_KINDS, parseListingKind } from '$lib/listing-kinds';
import { gql } from '$lib/server/api';
import { text } from '$lib/server/forms';
import { requireUser } from '$lib/workspace/guard.server';
import { WORKSPACE_ERRORS } from '$lib/workspace/listing-form';
import { prefillTitle } from '$lib/way-in/prefill';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/url';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const { me } = await gql(event, WorkspaceMembershipsDocument);
  const memberships = me?.memberships ?? [];
  const org = event.url.searchParams.get('org');
  return {
    memberships,
    organisationId: memberships.find((m) => m.organisation.id === org)?.organisation.id ?? memberships[0]?.organisation.id ?? '',
    kind: parseListingKind(event.url.searchParams.get('kind')) ?? LISTING_KINDS[0]!,
    // From a search that found nothing, through /post/need.
    titleVi: prefillTitle(event.url),
  };
};

export const actions: Actions = {
  create: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const values = {
      organisationId: text(form, 'organisationId'),
      kind: text(form, 'kind'),
      titleVi: text(form, 'titleVi').trim().replace(/\s+/g, ' '),
    };
    const kind = parseListingKind(values.kind);
    const fieldErrors: Record<string, string> = {};
    if (!values.organisationId) fieldErrors.organisationId = t(event.locals.locale, 'ws.validation.organisationId.REQUIRED');
    if (!kind) fieldErrors.kind = t(event.locals.locale, 'validation.REQUIRED');
    if (!kind || !values.organisationId) return fail(400, { values, fieldErrors, formError: null });

    const { createListing } = await gql(event, CreateListingDocument, {
      organisationId: values.organisationId,
      kind,
      input: { titleVi: values.titleVi },
    });
    if (createListing.__typename === 'InputError') {
      return fail(400, { values, ...formErrors(event.locals.locale, createListing, WORKSPACE_ERRORS) });
    }
    redirect(303, localizeHref(`/workspace/listings/${createListing.id}/edit/basics?created=1`, event.locals.locale));
  },
};
