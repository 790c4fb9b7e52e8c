// Small builders of the report's tables from figures for the period and the previous one, so each table of the
// service states only its rows, columns and rule; and the small-cell rule of the public figures.
import type { ReportChart, ReportColumn, ReportColumnKind, ReportRow, ReportSource, ReportTable } from './report-model.ts';

export type Figure = number | null;

export const column = (key: string, kind: ReportColumnKind = 'COUNT'): ReportColumn => ({ key, kind });

export const row = (key: string, values: Figure[], previous: Figure[], label: string | null = null): ReportRow => ({ key, label, values, previous });

export interface TableOptions {
  chart?: ReportChart | null;
  /** 'sum': a totals row adding up every column; null: none (shares of a multi-valued field, a backlog…). */
  total?: 'sum' | ReportRow | null;
  denominator?: number | null;
  source?: ReportSource;
  sourceNote?: string | null;
}

export function table(id: string, columns: ReportColumn[], rows: ReportRow[], options: TableOptions = {}): ReportTable {
  const total = options.total === 'sum' ? sumRow(columns, rows) : (options.total ?? null);
  return {
    id,
    columns,
    rows,
    total,
    denominator: options.denominator ?? null,
    source: options.source ?? 'PLATFORM',
    sourceNote: options.sourceNote ?? null,
    chart: options.chart === undefined ? 'BAR' : options.chart,
    suppressed: false,
  };
}

/** The totals row: sums of COUNT and MONEY columns; a share, a duration or a plain number does not add up. */
function sumRow(columns: ReportColumn[], rows: ReportRow[]): ReportRow {
  // A column no row knows (figures not entered) has an unknown total, not 0.
  const sum = (pick: (r: ReportRow) => Figure[]) =>
    columns.map((c, i) =>
      (c.kind === 'COUNT' || c.kind === 'MONEY') && rows.some((r) => pick(r)[i] !== null) ? rows.reduce((s, r) => s + (pick(r)[i] ?? 0), 0) : null,
    );
  return row('TOTAL', sum((r) => r.values), sum((r) => r.previous));
}

/** `part` as a percentage of `whole`, to one decimal; null when there is nothing to divide by. */
export function share(part: number, whole: number): Figure {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

/** Cells from 1 to SMALL_CELL − 1 could point at one organisation or deal: the public figures do not show them. */
export const SMALL_CELL = 3;

const isSmall = (v: Figure) => v !== null && v > 0 && v < SMALL_CELL;

/**
 * The table as the public may read it: small counts become null, and so does a totals column that has a hidden
 * cell (the total minus the shown cells would give it away).
 */
export function suppressSmallCells(t: ReportTable): ReportTable {
  const hidden = (cells: Figure[]) => cells.map((v, i) => (t.columns[i]!.kind === 'COUNT' && isSmall(v) ? null : v));
  const rows = t.rows.map((r) => ({ ...r, values: hidden(r.values), previous: hidden(r.previous) }));
  const changed = (pick: (r: ReportRow) => Figure[]) => t.columns.map((_, i) => t.rows.some((r, k) => pick(r)[i] !== null && pick(rows[k]!)[i] === null));
  const hiddenNow = changed((r) => r.values);
  const hiddenBefore = changed((r) => r.previous);
  const total = t.total && {
    ...t.total,
    values: t.total.values.map((v, i) => (hiddenNow[i] ? null : v)),
    previous: t.total.previous.map((v, i) => (hiddenBefore[i] ? null : v)),
  };
  return { ...t, rows, total, suppressed: hiddenNow.some(Boolean) || hiddenBefore.some(Boolean) };
}

/**
 * Percentiles (0–1) of values given as a histogram (distinct values in ascending order, and how many had each), as
 * PostgreSQL's percentile_cont computes them: linear interpolation between the two values around the rank.
 */
export function percentilesOf(values: readonly number[], counts: readonly number[], fractions: readonly number[]): Figure[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return fractions.map(() => null);
  // The value at a 0-based rank of the sorted values.
  const at = (rank: number) => {
    let seen = 0;
    for (let i = 0; i < values.length; i++) {
      seen += counts[i]!;
      if (rank < seen) return values[i]!;
    }
    return values.at(-1)!;
  };
  return fractions.map((f) => {
    const rank = f * (total - 1);
    const [low, high] = [at(Math.floor(rank)), at(Math.ceil(rank))];
    return low + (high - low) * (rank - Math.floor(rank));
  });
}
