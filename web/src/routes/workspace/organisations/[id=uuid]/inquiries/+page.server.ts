import { OrganisationInquiriesDocument, type InquirySide } from '$lib/graphql/generated';
import { readListQuery } from '$lib/inquiry/paging';
import { PAGE_SIZE } from '$lib/paging';
import { gql } from '$lib/server/api';
import { withCursor } from '$lib/server/paging';
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import { memberOrganisation } from '../member.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const side: InquirySide = event.url.searchParams.get('side') === 'REQUESTER' ? 'REQUESTER' : 'OWNER';
  const { status, after } = readListQuery(event.url.searchParams);
  // Members only: the API refuses anyone else (FORBIDDEN), which is a 404 here like an organisation that does not exist.
  const { me, organisationInquiries } = await orNotFound(event, () =>
    withCursor(event, after, () => gql(event, OrganisationInquiriesDocument, { organisationId: event.params.id, side, status, first: PAGE_SIZE, after })),
  );
  const organisation = memberOrganisation(event, me);
  return { organisation, side, status, after, inquiries: organisationInquiries.nodes, pageInfo: organisationInquiries.pageInfo };
};
