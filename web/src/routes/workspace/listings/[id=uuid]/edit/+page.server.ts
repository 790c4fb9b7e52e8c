import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/url';

export const load: PageServerLoad = ({ params, locals }) =>
  redirect(307, localizeHref(`/workspace/listings/${params.id}/edit/basics`, locals.locale));
