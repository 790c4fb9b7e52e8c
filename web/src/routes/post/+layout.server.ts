import { WorkspaceMembershipsDocument } from '$lib/graphql/generated';
import { gql } from '$lib/server/api';
import { requireUser } from '$lib/workspace/guard.server';
import type { LayoutServerLoad } from './$types';

// The post pages are for signed-in people (a visitor signs in and comes back); they start from the memberships.
export const load: LayoutServerLoad = async (event) => {
  const user = requireUser(event);
  const { me } = await gql(event, WorkspaceMembershipsDocument);
  return { memberships: me?.memberships ?? [], email: user.email };
};
