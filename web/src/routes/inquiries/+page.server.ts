import { MyInquiriesDocument } from '$lib/graphql/generated';
import { PAGE_SIZE, readListQuery } from '$lib/inquiry/paging';
import { gql } from '$lib/server/api';
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const { status, after } = readListQuery(event.url.searchParams);
  const { myInquiries } = await orNotFound(event, () => gql(event, MyInquiriesDocument, { status, first: PAGE_SIZE, after }));
  return { status, after, inquiries: myInquiries.nodes, cursor: myInquiries.cursor };
};
