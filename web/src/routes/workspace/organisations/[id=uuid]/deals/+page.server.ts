import { OrganisationDealsDocument } from '$lib/graphql/generated';
import { PAGE_SIZE, readAfter } from '$lib/paging';
import { gql } from '$lib/server/api';
import { withCursor } from '$lib/server/paging';
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import { memberOrganisation } from '../member.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const after = readAfter(event.url.searchParams);
  const { me, organisationDeals } = await orNotFound(event, () =>
    withCursor(event, after, () => gql(event, OrganisationDealsDocument, { organisationId: event.params.id, first: PAGE_SIZE, after })),
  );
  const organisation = memberOrganisation(event, me);
  return { organisation, after, deals: organisationDeals.nodes, pageInfo: organisationDeals.pageInfo };
};
