import { error } from '@sveltejs/kit';
import { OrganisationDetailDocument } from '$lib/graphql/generated';
import { t } from '$lib/i18n';
import { gql } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { organisation } = await gql(event, OrganisationDetailDocument, { slug: event.params.slug });
  if (!organisation) error(404, t(event.locals.locale, 'error.notFound.title'));
  return { organisation, canonical: `${event.url.origin}/organisations/${encodeURIComponent(organisation.slug)}` };
};
