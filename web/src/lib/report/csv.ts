// One report table as CSV: UTF-8 with a byte-order mark (without it Excel reads the Vietnamese as Latin-1), the
// labels in the page's language, the figures as plain numbers (a dot for decimals) so a spreadsheet can compute
// with them; a suppressed cell is the text "< 3" (a total that would reveal one "hidden"), an unknown one empty. The previous period's columns follow.
import { stringify } from 'csv-stringify/sync';
import { t, type Locale } from '$lib/i18n';
import { missingFigure } from './format';
import type { LabelledRow, LabelledTable } from './view';

export const BOM = '\uFEFF';

export function tableCsv(locale: Locale, table: LabelledTable): string {
  const line = (row: LabelledRow) => {
    const cell = (value: number | null, i: number) => value ?? missingFigure(locale, table.suppressed, table.columns[i]!.kind, row === table.total);
    return [row.name, ...row.values.map(cell), ...row.previous.map(cell)];
  };
  const header = [
    t(locale, 'report.rowHeading'),
    ...table.columns.map((c) => c.name),
    ...table.columns.map((c) => t(locale, 'report.previousOf', { column: c.name })),
  ];
  const rows = [header, ...table.rows.map(line), ...(table.total ? [line(table.total)] : [])];
  return BOM + stringify(rows, { record_delimiter: '\r\n' });
}

/** The download's name: ASCII only, so the header needs no encoding ("bao-cao-2026-listings.byField.csv"). */
export function csvFileName(slug: string, tableId: string): string {
  return `report-${slug}-${tableId}.csv`.replace(/[^A-Za-z0-9._-]/g, '-');
}
