import { redirect } from '@sveltejs/kit';
import { requireAdmin } from '$lib/admin/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
  requireAdmin(event);
  redirect(303, '/admin/users');
};
