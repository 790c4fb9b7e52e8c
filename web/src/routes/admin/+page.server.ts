import { redirect } from '@sveltejs/kit';
import { requireAdmin } from '$lib/admin/guard';
import type { PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/url';

export const load: PageServerLoad = (event) => {
  requireAdmin(event);
  redirect(303, localizeHref('/admin/users', event.locals.locale));
};
