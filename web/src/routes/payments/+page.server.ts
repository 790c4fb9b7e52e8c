import { MyOrdersDocument } from '$lib/graphql/generated';
import { PAGE_SIZE, readAfter } from '$lib/paging';
import { gql } from '$lib/server/api';
import { withCursor } from '$lib/server/paging';
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const after = readAfter(event.url.searchParams);
  const { myOrders } = await orNotFound(event, () => withCursor(event, after, () => gql(event, MyOrdersDocument, { first: PAGE_SIZE, after })));
  return { orders: myOrders.nodes, pageInfo: myOrders.pageInfo, after };
};
