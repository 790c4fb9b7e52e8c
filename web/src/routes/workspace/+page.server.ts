import { WorkspaceDashboardDocument, type ModerationStatus } from '$lib/graphql/generated';
import { gql } from '$lib/server/api';
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import { STATUS_ORDER, isOneOf } from '$lib/workspace/vocabulary';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const { me, myListings } = await orNotFound(event, () => gql(event, WorkspaceDashboardDocument));
  const memberships = me?.memberships ?? [];

  const org = event.url.searchParams.get('org');
  const organisationId = memberships.some((m) => m.organisation.id === org) ? org : null;
  const ofOrganisation = organisationId ? myListings.filter((l) => l.organisation?.id === organisationId) : myListings;

  const counts = new Map<ModerationStatus, number>();
  for (const listing of ofOrganisation) counts.set(listing.status, (counts.get(listing.status) ?? 0) + 1);
  const requested = event.url.searchParams.get('status');
  const status = isOneOf(STATUS_ORDER, requested) ? requested : null;

  return {
    memberships,
    organisationId,
    status,
    total: ofOrganisation.length,
    counts: STATUS_ORDER.filter((s) => counts.has(s)).map((s) => ({ status: s, count: counts.get(s)! })),
    // "All" shows the listings grouped by status, what needs the seller first; a status filter shows one group.
    groups: (status ? [status] : STATUS_ORDER)
      .map((s) => ({ status: s, listings: ofOrganisation.filter((l) => l.status === s) }))
      .filter((g) => g.listings.length > 0),
  };
};
