import { AdminPeopleDocument } from '$lib/graphql/generated';
import { requireAdmin } from '$lib/admin/guard';
import { parsePeopleFilters, PEOPLE_PAGE_SIZE } from '$lib/admin/people-filters';
import { gql } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireAdmin(event);
  const filters = parsePeopleFilters(event.url.searchParams);
  const { people } = await gql(event, AdminPeopleDocument, {
    query: filters.query || null,
    role: filters.role,
    status: filters.status,
    first: PEOPLE_PAGE_SIZE,
    offset: (filters.page - 1) * PEOPLE_PAGE_SIZE,
  });
  return { filters, people, pages: Math.max(1, Math.ceil(people.total / PEOPLE_PAGE_SIZE)) };
};
