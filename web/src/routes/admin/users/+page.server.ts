import { AdminPeopleDocument } from '$lib/graphql/generated';
import { requireAdmin } from '$lib/admin/guard';
import { parsePeopleFilters, PEOPLE_PAGE_SIZE } from '$lib/admin/people-filters';
import { readAfter } from '$lib/paging';
import { gql } from '$lib/server/api';
import { withCursor } from '$lib/server/paging';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireAdmin(event);
  const filters = parsePeopleFilters(event.url.searchParams);
  const after = readAfter(event.url.searchParams);
  const { people } = await withCursor(event, after, () =>
    gql(event, AdminPeopleDocument, { query: filters.query || null, role: filters.role, status: filters.status, first: PEOPLE_PAGE_SIZE, after }),
  );
  return { filters, after, people };
};
