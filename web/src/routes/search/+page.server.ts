import { redirect } from '@sveltejs/kit';
import { SearchPageDocument } from '$lib/graphql/generated';
import { ApiError, gql } from '$lib/server/api';
import { firstPage, parseSearchState, searchHref, searchVariables, toSearchParams } from '$lib/search/state';
import { facetView, fieldNames } from '$lib/search/view';
import type { PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/url';

export const load: PageServerLoad = async (event) => {
  const state = parseSearchState(event.url.searchParams);

  // One address per search: a form sent without JavaScript (empty fields, default sort) or an edited link is
  // redirected to the canonical form of the same search, which is also what the page's links and script produce.
  const canonical = toSearchParams(state).toString();
  if (new URLSearchParams(event.url.search).toString() !== canonical) redirect(303, localizeHref(searchHref(state), event.locals.locale));

  let data;
  try {
    data = await gql(event, SearchPageDocument, searchVariables(state));
  } catch (error) {
    // A cursor the API no longer accepts (an old or edited link) restarts the same search from its first page.
    if (state.after && error instanceof ApiError && error.code === 'BAD_USER_INPUT') redirect(303, localizeHref(searchHref(firstPage(state)), event.locals.locale));
    throw error;
  }
  // A cursor past the end (the results shrank since the link was made) does the same.
  if (state.after && data.search.nodes.length === 0 && data.search.totalCount > 0) redirect(303, localizeHref(searchHref(firstPage(state)), event.locals.locale));

  return {
    state,
    total: data.search.totalCount,
    hits: data.search.nodes,
    // The next page's cursor, when there is one.
    cursor: data.search.pageInfo.hasNextPage ? data.search.pageInfo.endCursor : null,
    facets: facetView(state, data),
    fields: data.fieldsOfScience.map((field) => ({ code: field.code, name: field.name })),
    fieldNames: Object.fromEntries(fieldNames(data.fieldsOfScience)),
    // Counts this search in the department's demand figures; the hits' links carry it (lib/search/demand.ts).
    demandRef: data.search.demandRef ?? null,
    matching: data.search.matching,
  };
};
