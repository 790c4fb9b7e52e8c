// A report figure in words for the page and the print: counts and amounts in the locale's digits, shares with one
// decimal and a percent sign, durations in hours; a suppressed cell as "< 3", an unknown one as a dash.
import { t, type Locale } from '$lib/i18n';
import { formatVnd } from '$lib/i18n/format';
import type { ReportColumnKind } from '$lib/graphql/generated';

const intlLocale: Record<Locale, string> = { vi: 'vi-VN', en: 'en-US' };

// A report formats a thousand figures or so; building an Intl formatter costs far more than using one.
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(locale: Locale, value: number, fractionDigits = 0): string {
  const key = `${locale}:${fractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: fractionDigits })));
  return format.format(value);
}

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

const dayFormat = (locale: Locale) => new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'medium', timeZone: 'Asia/Ho_Chi_Minh' });

/**
 * A half-open range of instants [from, to) as the days it covers, in Vietnam: the last day shown is the one before
 * `to`, so 2026-01-01T00:00+07 – 2027-01-01T00:00+07 reads "1 Jan 2026 – 31 Dec 2026".
 */
export function formatWindow(locale: Locale, from: string, to: string): { from: string; to: string } {
  const format = dayFormat(locale);
  return { from: format.format(new Date(from)), to: format.format(new Date(new Date(to).getTime() - 1)) };
}
