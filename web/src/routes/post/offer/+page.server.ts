import { redirect } from '@sveltejs/kit';
import { postWay } from '$lib/way-in/choices';
import type { PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/url';

export const load: PageServerLoad = async ({ parent, locals }) => {
  const way = postWay((await parent()).memberships, 'offer');
  if (way.kind === 'redirect') redirect(303, localizeHref(way.href, locals.locale));
  return { way };
};
