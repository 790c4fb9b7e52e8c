import { OrganisationMatchesDocument } from '$lib/graphql/generated';
import { PAGE_SIZE, readAfter } from '$lib/paging';
import { gql } from '$lib/server/api';
import { withCursor } from '$lib/server/paging';
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import { memberOrganisation } from '../member.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const after = readAfter(event.url.searchParams);
  // Members only: the API refuses anyone else (FORBIDDEN), which is a 404 here.
  const { me, matchesForMyOffers } = await orNotFound(event, () =>
    withCursor(event, after, () => gql(event, OrganisationMatchesDocument, { organisationId: event.params.id, first: PAGE_SIZE, after })),
  );
  return {
    organisation: memberOrganisation(event, me),
    after,
    pageInfo: matchesForMyOffers.pageInfo,
    matches: matchesForMyOffers.nodes,
  };
};
