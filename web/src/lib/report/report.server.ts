// The staff report of the period in the address, for the page and each of its downloads: the role is checked here
// first (a download is a GET of its own, which no page guard covers), then the API checks it again.
import type { RequestEvent } from '@sveltejs/kit';
import { ReportDocument } from '$lib/graphql/generated';
import { requireStaff } from '$lib/moderation/guard';
import { gql } from '$lib/server/api';
import { fieldNames } from './labels';
import { currentYear, readReportPeriod } from './period';
import { labelReport } from './view';

export async function loadReport(event: RequestEvent) {
  requireStaff(event);
  const period = readReportPeriod(event.url.searchParams);
  const { report, fieldsOfScience } = await gql(event, ReportDocument, period.range);
  return { period, report, fieldsOfScience, years: reportYears(period.year) };
}

/** The years the page offers: from the exchange's first (2023) to this one, and the one shown if later. */
function reportYears(shown: number): number[] {
  const last = Math.max(shown, currentYear(new Date()));
  return Array.from({ length: last - 2023 + 1 }, (_, i) => last - i);
}

export async function loadLabelledReport(event: RequestEvent) {
  const { period, report, fieldsOfScience } = await loadReport(event);
  return { period, report, sections: labelReport(event.locals.locale, report, fieldNames(fieldsOfScience)) };
}

/** A download that is not to be cached anywhere on the way (staff figures). */
export function download(body: BodyInit, type: string, fileName: string): Response {
  return new Response(body, {
    headers: { 'content-type': type, 'content-disposition': `attachment; filename="${fileName}"`, 'cache-control': 'private, no-store' },
  });
}
