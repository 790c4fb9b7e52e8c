import { MyInquiriesDocument } from '$lib/graphql/generated';
import { readListQuery } from '$lib/inquiry/paging';
import { PAGE_SIZE } from '$lib/paging';
import { gql } from '$lib/server/api';
import { withCursor } from '$lib/server/paging';
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const { status, after } = readListQuery(event.url.searchParams);
  const { myInquiries } = await orNotFound(event, () =>
    withCursor(event, after, () => gql(event, MyInquiriesDocument, { status, first: PAGE_SIZE, after })),
  );
  return { status, after, inquiries: myInquiries.nodes, pageInfo: myInquiries.pageInfo };
};
