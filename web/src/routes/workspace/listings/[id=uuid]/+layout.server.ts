import { error } from '@sveltejs/kit';
import { WorkspaceListingDocument } from '$lib/graphql/generated';
import { t } from '$lib/i18n';
import { gql } from '$lib/server/api';
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import type { LayoutServerLoad } from './$types';

// The overview and every step of the form work on the same listing, loaded once per request.
export const load: LayoutServerLoad = async (event) => {
  requireUser(event);
  const { listingById } = await orNotFound(event, () => gql(event, WorkspaceListingDocument, { id: event.params.id }));
  if (!listingById || !listingById.canEdit) error(404, t(event.locals.locale, 'ws.error.notFound'));
  return { listing: listingById };
};
