// A report figure in words for the page and the print: counts and amounts in the locale's digits, shares with one
// decimal and a percent sign, durations in hours; a suppressed cell as "< 3", an unknown one as a dash.
import { t, type Locale } from '$lib/i18n';
import { formatDate, formatNumber, formatVnd } from '$lib/i18n/format';
import type { ReportColumnKind } from '$lib/graphql/generated';

/**
 * What an empty cell says: in a table with small cells suppressed, a count under the threshold is "< 3" and a total
 * that would give one away is "hidden"; any other empty cell is unknown (nothing to divide by) and says nothing.
 */
export function missingFigure(locale: Locale, suppressed: boolean, kind: ReportColumnKind, total: boolean): string {
  if (!suppressed || kind !== 'COUNT') return '';
  return t(locale, total ? 'report.hidden' : 'report.suppressed');
}

/** A figure in words; an empty cell as `missing` (see missingFigure), or a dash. */
export function formatFigure(locale: Locale, kind: ReportColumnKind, value: number | null, missing = ''): string {
  if (value === null) return missing || '—';
  switch (kind) {
    case 'SHARE':
      return t(locale, 'report.unit.percent', { value: formatNumber(locale, value, 1) });
    case 'MONEY':
      return formatVnd(locale, value);
    case 'HOURS':
      return t(locale, 'report.unit.hours', { value: formatNumber(locale, value, 1) });
    case 'NUMBER':
      return formatNumber(locale, value, 2);
    default:
      return formatNumber(locale, value);
  }
}

/**
 * A half-open range of instants [from, to) as the days it covers, in Vietnam: the last day shown is the one before
 * `to`, so 2026-01-01T00:00+07 – 2027-01-01T00:00+07 reads "1 Jan 2026 – 31 Dec 2026".
 */
export function formatWindow(locale: Locale, from: string, to: string): { from: string; to: string } {
  return { from: formatDate(locale, from), to: formatDate(locale, new Date(new Date(to).getTime() - 1).toISOString()) };
}
