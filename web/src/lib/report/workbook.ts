// The whole report as one Excel workbook (exceljs): a sheet per section with its tables one under another (title,
// header, rows, total, the previous period's columns beside this period's), and a "method notes" sheet that says
// for every table its period, comparison period, denominator, method and source. Figures are numbers with a number
// format, so the department can compute with them; a suppressed cell is the text "< 3".
import ExcelJS from 'exceljs';
import { t, type Locale } from '$lib/i18n';
import type { ReportColumnKind } from '$lib/graphql/generated';
import { missingFigure } from './format';
import type { LabelledSection, LabelledTable } from './view';

const NUMBER_FORMATS: Record<ReportColumnKind, string> = { COUNT: '#,##0', SHARE: '0.0', MONEY: '#,##0', HOURS: '0.0', NUMBER: '#,##0.##' };

/** Excel's rules for a sheet's name: at most 31 characters, none of []:*?/\, unique in the workbook. */
export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function writeTable(locale: Locale, sheet: ExcelJS.Worksheet, table: LabelledTable): void {
  sheet.addRow([table.name]).font = { bold: true, size: 12 };
  sheet.addRow([`${table.window} · ${table.denominator}`]).font = { italic: true };
  const header = sheet.addRow([
    t(locale, 'report.rowHeading'),
    ...table.columns.map((c) => c.name),
    ...table.columns.map((c) => t(locale, 'report.previousOf', { column: c.name })),
  ]);
  header.font = { bold: true };
  const rows = [...table.rows, ...(table.total ? [table.total] : [])];
  for (const row of rows) {
    const cells = (values: (number | null)[]) =>
      values.map((v, i) => v ?? (missingFigure(locale, table.suppressed, table.columns[i]!.kind, row === table.total) || null));
    const added = sheet.addRow([row.name, ...cells(row.values), ...cells(row.previous)]);
    table.columns.forEach((column, i) => {
      added.getCell(2 + i).numFmt = NUMBER_FORMATS[column.kind];
      added.getCell(2 + table.columns.length + i).numFmt = NUMBER_FORMATS[column.kind];
    });
    if (row === table.total) added.font = { bold: true };
  }
  if (!rows.length) sheet.addRow([t(locale, 'report.noRows')]);
  sheet.addRow([]);
}

export async function reportWorkbook(locale: Locale, sections: LabelledSection[], generatedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = t(locale, 'site.department');
  workbook.created = generatedAt;
  const taken = new Set<string>();
  for (const section of sections) {
    const sheet = workbook.addWorksheet(sheetName(section.name, taken));
    sheet.getColumn(1).width = 48;
    for (let c = 2; c <= 13; c++) sheet.getColumn(c).width = 18;
    for (const table of section.tables) writeTable(locale, sheet, table);
  }
  const notes = workbook.addWorksheet(sheetName(t(locale, 'report.notes.sheet'), taken));
  notes.columns = [
    { header: t(locale, 'report.notes.section'), width: 30 },
    { header: t(locale, 'report.notes.table'), width: 40 },
    { header: t(locale, 'report.notes.window'), width: 32 },
    { header: t(locale, 'report.notes.previous'), width: 32 },
    { header: t(locale, 'report.notes.denominator'), width: 20 },
    { header: t(locale, 'report.notes.method'), width: 90 },
    { header: t(locale, 'report.notes.source'), width: 50 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const table of sections.flatMap((s) => s.tables)) {
    const row = notes.addRow([
      table.section,
      table.name,
      table.window,
      table.previousWindow,
      table.denominator,
      table.method ?? '',
      [table.source, table.sourceNote].filter(Boolean).join(' — '),
    ]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
