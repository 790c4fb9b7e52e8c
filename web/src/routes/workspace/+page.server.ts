import { redirect } from '@sveltejs/kit';
import { WorkspaceDashboardDocument } from '$lib/graphql/generated';
import { PAGE_SIZE, readAfter } from '$lib/paging';
import { gql } from '$lib/server/api';
import { withCursor } from '$lib/server/paging';
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import { STATUS_ORDER, isOneOf } from '$lib/workspace/vocabulary';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const org = event.url.searchParams.get('org');
  const requested = event.url.searchParams.get('status');
  const status = isOneOf(STATUS_ORDER, requested) ? requested : null;
  const after = readAfter(event.url.searchParams);
  const { me, myListings } = await orNotFound(event, () =>
    withCursor(event, after, () =>
      gql(event, WorkspaceDashboardDocument, {
        organisationId: org,
        statuses: status ? [status] : null,
        first: PAGE_SIZE,
        after,
      }),
    ),
  );
  const memberships = me?.memberships ?? [];
  const organisationId = memberships.some((m) => m.organisation.id === org) ? org : null;
  if (org && !organisationId) {
    // Not one of the person's organisations (left it, or an edited address): all of theirs.
    const url = new URL(event.url);
    url.searchParams.delete('org');
    url.searchParams.delete('after');
    redirect(303, `${url.pathname}${url.search}`);
  }
  const counts = new Map(myListings.byStatus.map((g) => [g.status, g.count]));

  return {
    memberships,
    organisationId,
    status,
    after,
    pageInfo: myListings.pageInfo,
    total: myListings.byStatus.reduce((sum, g) => sum + g.count, 0),
    counts: STATUS_ORDER.filter((s) => counts.has(s)).map((s) => ({ status: s, count: counts.get(s)! })),
    // "All" shows the page's listings grouped by status, what needs the seller first; a status filter shows one group.
    groups: (status ? [status] : STATUS_ORDER)
      .map((s) => ({ status: s, count: counts.get(s) ?? 0, listings: myListings.nodes.filter((l) => l.status === s) }))
      .filter((g) => g.listings.length > 0),
  };
};
