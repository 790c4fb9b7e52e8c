import { EventsDocument } from '$lib/graphql/generated';
import { PAGE_SIZE, readAfter } from '$lib/paging';
import { gql } from '$lib/server/api';
import { withCursor } from '$lib/server/paging';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const when = event.url.searchParams.get('when') === 'past' ? 'PAST' : 'UPCOMING';
  const after = readAfter(event.url.searchParams);
  const { events } = await withCursor(event, after, () => gql(event, EventsDocument, { when, first: PAGE_SIZE, after }));
  return { when, events, after };
};
