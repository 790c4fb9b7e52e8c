// The whole report of the period in the address as one Excel workbook.
import { reportWorkbook } from '$lib/report/workbook';
import { download, loadLabelledReport } from '$lib/report/report.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
  const { period, report, sections } = await loadLabelledReport(event);
  const workbook = await reportWorkbook(event.locals.locale, sections, new Date(report.generatedAt));
  return download(new Uint8Array(workbook), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `report-${period.slug}.xlsx`);
};
