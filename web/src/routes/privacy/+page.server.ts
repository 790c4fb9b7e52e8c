import { legalPageLoad } from '$lib/privacy/legal-page.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = legalPageLoad('PRIVACY');
