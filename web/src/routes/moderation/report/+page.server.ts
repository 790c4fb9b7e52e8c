import { loadReport } from '$lib/report/report.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadReport(event);
