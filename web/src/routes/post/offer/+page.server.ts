import { redirect } from '@sveltejs/kit';
import { postWay } from '$lib/way-in/choices';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
  const way = postWay((await parent()).memberships, 'offer');
  if (way.kind === 'redirect') redirect(303, way.href);
  return { way };
};
