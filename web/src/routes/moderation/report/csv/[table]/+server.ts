// One table of the report as CSV, for the period in the address (the page's links carry it).
import { error } from '@sveltejs/kit';
import { csvFileName, tableCsv } from '$lib/report/csv';
import { download, loadLabelledReport } from '$lib/report/report.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
  const { period, sections } = await loadLabelledReport(event);
  const table = sections.flatMap((s) => s.tables).find((t) => t.id === event.params.table);
  if (!table) error(404, 'Not found');
  return download(tableCsv(event.locals.locale, table), 'text/csv; charset=utf-8', csvFileName(period.slug, table.id));
};
