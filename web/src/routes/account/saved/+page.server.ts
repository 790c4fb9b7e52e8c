import { SavedItemsDocument, type BookmarkKind } from '$lib/graphql/generated';
import { PAGE_SIZE, readAfter } from '$lib/paging';
import { gql } from '$lib/server/api';
import { withCursor } from '$lib/server/paging';
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import { removeBookmark } from '$lib/bookmarks/actions.server';
import type { Actions, PageServerLoad } from './$types';

/** The filters' addresses: `?kind=listings` or `?kind=organisations`; anything else is every kind. */
const KINDS: Record<string, BookmarkKind> = { listings: 'LISTING', organisations: 'ORGANISATION' };

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const filter = event.url.searchParams.get('kind') ?? '';
  const kind = KINDS[filter] ?? null;
  const after = readAfter(event.url.searchParams);
  const { bookmarks } = await orNotFound(event, () => withCursor(event, after, () => gql(event, SavedItemsDocument, { first: PAGE_SIZE, after, kind })));
  return { bookmarks: bookmarks.nodes, pageInfo: bookmarks.pageInfo, after, filter: kind ? filter : null };
};

export const actions: Actions = {
  remove: removeBookmark,
};
