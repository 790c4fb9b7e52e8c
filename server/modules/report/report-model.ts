// The department's report as data: sections of tables, free of any language. The web names every section, table,
// column and enum-keyed row from its messages (`report.*`), draws a chart from a table, and writes the same tables
// as CSV, one Excel workbook and an A4 print page, so the page and every export say the same thing.

/** How a column's numbers read: a count, a share in percent (0–100), an amount in VND, a duration in hours. */
export type ReportColumnKind = 'COUNT' | 'SHARE' | 'MONEY' | 'HOURS' | 'NUMBER';

export interface ReportColumn {
  /** Stable within its table ("count", "share", "valueVnd", "median", "p90"); the web's label is `report.column.<key>`. */
  key: string;
  kind: ReportColumnKind;
}

export interface ReportRow {
  /**
   * Stable key of the row: an enum value (TECHNOLOGY_OFFER, PATENT), a field-of-science code ("205"), a quarter
   * ("2026-Q1"), a commune or a search term as stored. The web labels enum and code keys from its messages.
   */
  key: string;
  /** A name people typed (a commune, a search term) shown as it is; null when the key is labelled by the web. */
  label: string | null;
  /** One per column, in column order; null where the figure is unknown or suppressed (a cell under the threshold). */
  values: (number | null)[];
  /** The same figures for the previous period of equal length; null where not comparable. */
  previous: (number | null)[];
}

/** Where a table's figures come from: counted on the platform, or entered by the department for the period. */
export type ReportSource = 'PLATFORM' | 'DEPARTMENT';

/** How the web draws a table beside it (first numeric column against the row labels); null: table only. */
export type ReportChart = 'BAR' | 'COLUMN' | 'LINE' | 'DONUT';

export interface ReportTable {
  /** Stable id ("listings.byField"): names the table's messages (`report.table.<id>.*`) and its CSV file. */
  id: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  /** The totals row, when adding up the rows means something (null for shares of a multi-valued field). */
  total: ReportRow | null;
  /**
   * What a share is a share of (the number the SHARE columns divide by), e.g. the published listings of the
   * period; null when the table has no shares. The rule behind it is the table's method note on the web.
   */
  denominator: number | null;
  source: ReportSource;
  /** For department figures: the source the department named when entering them (a document, a programme). */
  sourceNote: string | null;
  chart: ReportChart | null;
  /** Rows whose values were suppressed because a cell was under the small-cell threshold (public figures). */
  suppressed: boolean;
}

export interface ReportSection {
  /** In the order of the department's 2023 report: "listings", "organisations", "ip", "moderation", "negotiation", "search", "department". */
  id: string;
  tables: ReportTable[];
}

export interface ReportPeriod {
  /** Half-open range of instants [from, to). */
  from: Date;
  to: Date;
}

export interface Report {
  period: ReportPeriod;
  /** The period of the same length just before, which every `previous` figure describes. */
  previous: ReportPeriod;
  generatedAt: Date;
  sections: ReportSection[];
}
