// Autocomplete for the search boxes: GET /search/suggest?q=… answers [{ text, kind, path }] as JSON.
// Only the browser's script calls it (the boxes work without it), through the same typed API bridge as the pages.
import { json } from '@sveltejs/kit';
import { SearchSuggestDocument } from '$lib/graphql/generated';
import { gql } from '$lib/server/api';
import { suggestPrefix, SUGGESTION_COUNT } from '$lib/search/suggest';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
  const prefix = suggestPrefix(event.url.searchParams.get('q'));
  const suggestions = prefix ? (await gql(event, SearchSuggestDocument, { prefix, first: SUGGESTION_COUNT })).suggest : [];
  // The same words give the same suggestions for a while; a short private cache spares the API repeated keystrokes.
  return json(suggestions, { headers: { 'cache-control': 'private, max-age=60' } });
};
