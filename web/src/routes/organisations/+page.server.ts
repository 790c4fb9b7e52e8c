import { OrganisationDirectoryDocument } from '$lib/graphql/generated';
import { DIRECTORY_PAGE_SIZE, parseDirectoryFilters } from '$lib/moderation/directory';
import { gql } from '$lib/server/api';
import { withCursor } from '$lib/server/paging';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  // Unknown filter values show the whole directory rather than an error: they only come from edited links.
  const filters = parseDirectoryFilters(event.url.searchParams);
  const { organisations, fieldsOfScience } = await withCursor(event, filters.after, () =>
    gql(event, OrganisationDirectoryDocument, {
      kinds: filters.kind ? [filters.kind] : null,
      fieldCode: filters.fieldCode,
      province: filters.province,
      first: DIRECTORY_PAGE_SIZE,
      after: filters.after,
    }),
  );
  return { filters, organisations, fields: fieldsOfScience };
};
