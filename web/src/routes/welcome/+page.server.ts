import { safeRedirectTarget } from '$lib/server/redirect';
import { requireUser } from '$lib/workspace/guard.server';
import type { PageServerLoad } from './$types';

// "What next" after sign-up; `next` is the page the person was on before (a path on this site, or nothing).
export const load: PageServerLoad = (event) => {
  const user = requireUser(event);
  const next = safeRedirectTarget(event.url.searchParams.get('next'), '');
  return { name: user.displayName, next: next && next !== '/' ? next : null };
};
