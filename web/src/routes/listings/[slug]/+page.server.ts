import { error } from '@sveltejs/kit';
import { ListingDetailDocument } from '$lib/graphql/generated';
import { t } from '$lib/i18n';
import { gql } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { listing } = await gql(event, ListingDetailDocument, { slug: event.params.slug });
  if (!listing) error(404, t(event.locals.locale, 'error.notFound.title'));
  return { listing };
};
