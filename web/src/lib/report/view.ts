// A report table with its words in one language: what the page, the CSV files, the workbook and the print all show,
// built once so they cannot disagree. Numbers stay numbers here; each output formats them its own way.
import { t, type Locale } from '$lib/i18n';
import type { ReportColumnKind, ReportPartsFragment, ReportTablePartsFragment } from '$lib/graphql/generated';
import { columnName, rowName, sectionName, tableMethod, tableName, type FieldNames } from './labels';
import { formatNumber } from '$lib/i18n/format';
import { formatWindow } from './format';

export type ReportData = ReportPartsFragment;
export type ReportTableData = ReportTablePartsFragment;

export interface LabelledColumn {
  key: string;
  kind: ReportColumnKind;
  name: string;
}

export interface LabelledRow {
  key: string;
  name: string;
  values: (number | null)[];
  previous: (number | null)[];
}

export interface LabelledTable {
  id: string;
  sectionId: string;
  section: string;
  name: string;
  /** What is counted, the window, the denominator and the rule; null for a table the dictionaries do not know. */
  method: string | null;
  /** "Period: 1 Jan 2026 – 31 Dec 2026". */
  window: string;
  previousWindow: string;
  /** "Denominator: 42", or that the table has no shares. */
  denominator: string;
  source: string;
  /** Department figures: the source the department named (as typed), or that it named none. */
  sourceNote: string | null;
  columns: LabelledColumn[];
  rows: LabelledRow[];
  total: LabelledRow | null;
  suppressed: boolean;
  table: ReportTableData;
}

export interface LabelledSection {
  id: string;
  name: string;
  tables: LabelledTable[];
}

export function windowText(locale: Locale, from: string, to: string): string {
  return t(locale, 'report.window', formatWindow(locale, from, to));
}

export function labelReport(locale: Locale, report: ReportData, fields: FieldNames): LabelledSection[] {
  const window = windowText(locale, report.from, report.to);
  const previousWindow = windowText(locale, report.previousFrom, report.previousTo);
  return report.sections.map((section) => ({
    id: section.id,
    name: sectionName(locale, section.id),
    tables: section.tables.map((table) => {
      const row = (r: { key: string; label: string | null; values: (number | null)[]; previous: (number | null)[] }) => ({
        key: r.key,
        name: rowName(locale, table.id, r, fields),
        values: r.values,
        previous: r.previous,
      });
      return {
        id: table.id,
        sectionId: section.id,
        section: sectionName(locale, section.id),
        name: tableName(locale, table.id),
        method: tableMethod(locale, table.id),
        window,
        previousWindow,
        denominator:
          table.denominator === null
            ? t(locale, 'report.noDenominator')
            : t(locale, 'report.denominator', { value: formatNumber(locale, table.denominator) }),
        source: t(locale, `report.source.${table.source}`),
        sourceNote:
          table.source === 'DEPARTMENT'
            ? table.sourceNote
              ? t(locale, 'report.sourceNote', { note: table.sourceNote })
              : t(locale, 'report.sourceNote.none')
            : null,
        columns: table.columns.map((c) => ({ key: c.key, kind: c.kind, name: columnName(locale, c.key) })),
        rows: table.rows.map(row),
        total: table.total ? { ...row(table.total), name: t(locale, 'report.total') } : null,
        suppressed: table.suppressed,
        table,
      };
    }),
  }));
}

/** The column a chart draws: the first one that is not a share (shares of a multi-valued field do not add up). */
export function chartColumn(table: LabelledTable): number {
  const index = table.columns.findIndex((c) => c.kind !== 'SHARE');
  return index === -1 ? 0 : index;
}
