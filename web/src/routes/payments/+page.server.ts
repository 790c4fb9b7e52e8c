import { MyOrdersDocument } from '$lib/graphql/generated';
import { gql } from '$lib/server/api';
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const { myOrders } = await orNotFound(event, () => gql(event, MyOrdersDocument, { first: 100 }));
  return { orders: myOrders };
};
