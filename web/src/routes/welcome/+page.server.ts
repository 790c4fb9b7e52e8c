import { requireUser } from '$lib/workspace/guard.server';
import type { PageServerLoad } from './$types';

// "What next" after sign-up, by intent; it is also a page anyone signed in may come back to.
export const load: PageServerLoad = (event) => ({ name: requireUser(event).displayName });
