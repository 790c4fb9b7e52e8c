import { OrganisationDirectoryDocument } from '$lib/graphql/generated';
import { DIRECTORY_PAGE_SIZE, parseDirectoryFilters } from '$lib/moderation/directory';
import { gql } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  // Unknown filter values show the whole directory rather than an error: they only come from edited links.
  const filters = parseDirectoryFilters(event.url.searchParams);
  const { organisations, fieldsOfScience } = await gql(event, OrganisationDirectoryDocument, {
    kinds: filters.kind ? [filters.kind] : null,
    fieldCode: filters.fieldCode,
    province: filters.province,
    first: DIRECTORY_PAGE_SIZE,
    offset: (filters.page - 1) * DIRECTORY_PAGE_SIZE,
  });
  return { filters, organisations, fields: fieldsOfScience, origin: event.url.origin };
};
