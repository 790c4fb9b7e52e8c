import { requireUser } from '$lib/workspace/guard.server';
import type { LayoutServerLoad } from './$types';

// Every workspace page is for signed-in people; anyone signed in may register an organisation.
export const load: LayoutServerLoad = (event) => {
  requireUser(event);
  return {};
};
