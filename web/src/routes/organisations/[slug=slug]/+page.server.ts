import { error } from '@sveltejs/kit';
import { OrganisationDetailDocument } from '$lib/graphql/generated';
import { t } from '$lib/i18n';
import { readAfter } from '$lib/paging';
import { localizeHref } from '$lib/i18n/url';
import { gql, publicOrigin } from '$lib/server/api';
import { withCursor } from '$lib/server/paging';
import { removeBookmark, saveBookmark } from '$lib/bookmarks/actions.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const after = readAfter(event.url.searchParams);
  const { organisation } = await withCursor(event, after, () => gql(event, OrganisationDetailDocument, { slug: event.params.slug, after }));
  if (!organisation) error(404, t(event.locals.locale, 'error.notFound.title'));
  const path = `/organisations/${encodeURIComponent(organisation.slug)}`;
  return { organisation, after, path, canonical: publicOrigin(event.url) + localizeHref(path, event.locals.locale) };
};

export const actions: Actions = {
  bookmark: saveBookmark,
  unbookmark: removeBookmark,
};
