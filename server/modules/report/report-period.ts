// The report's windows: half-open ranges of instants, read in the department's time zone (Vietnam keeps +07:00 all
// year), so "2026" is 2026-01-01 00:00 in Tây Ninh up to 2027-01-01 00:00, and quarters are the province's quarters.
import type { Locale } from '../../i18n/messages.ts';
import { badUserInput, isStorableDate } from '../../lib/validation.ts';
import type { ReportPeriod } from './report-model.ts';

export const REPORT_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const OFFSET = '+07:00';
const OFFSET_MS = 7 * 3_600_000;
/** The longest period a report covers (five years and their leap days): the statements stay bounded. */
export const MAX_PERIOD_DAYS = 5 * 365 + 2;
const DAY_MS = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Midnight in Tây Ninh at the start of a month (month 1–12, may run past 12 into the next years). */
export function monthStart(year: number, month: number): Date {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return new Date(`${pad(y, 4)}-${pad(m)}-01T00:00:00${OFFSET}`);
}

export function yearPeriod(year: number): ReportPeriod {
  return { from: monthStart(year, 1), to: monthStart(year + 1, 1) };
}

/** The local calendar year and month (1–12) an instant falls in, when it is the first instant of that month. */
function asMonthStart(at: Date): { year: number; month: number } | null {
  const local = new Date(at.getTime() + OFFSET_MS);
  const month = { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1 };
  return monthStart(month.year, month.month).getTime() === at.getTime() ? month : null;
}

const monthIndex = (m: { year: number; month: number }) => m.year * 12 + m.month - 1;

/**
 * The period of equal length just before: whole calendar months (a year, a quarter) are compared with as many whole
 * months before them (2026 with 2025, however many days each has); any other range with the same number of
 * milliseconds just before it.
 */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  const from = asMonthStart(period.from);
  const to = asMonthStart(period.to);
  if (from && to) {
    const months = monthIndex(to) - monthIndex(from);
    return { from: monthStart(from.year, from.month - months), to: period.from };
  }
  const length = period.to.getTime() - period.from.getTime();
  return { from: new Date(period.from.getTime() - length), to: period.from };
}

/** The calendar year the period is exactly, or null (the department's figures are kept per year). */
export function wholeYear(period: ReportPeriod): number | null {
  const from = asMonthStart(period.from);
  if (!from || from.month !== 1) return null;
  const year = yearPeriod(from.year);
  return year.to.getTime() === period.to.getTime() ? from.year : null;
}

/** The province's quarters the period touches, in order, by key ("2026-Q1"). */
export function quarterKeys(period: ReportPeriod): string[] {
  const keys: string[] = [];
  const first = new Date(period.from.getTime() + OFFSET_MS);
  let year = first.getUTCFullYear();
  let quarter = Math.floor(first.getUTCMonth() / 3) + 1;
  while (monthStart(year, (quarter - 1) * 3 + 1) < period.to) {
    keys.push(`${year}-Q${quarter}`);
    if (++quarter > 4) [year, quarter] = [year + 1, 1];
  }
  return keys;
}

/** A refusal of the period as asked: 400 (nothing was computed), naming the argument to fix. */
function refuse(locale: Locale, field: 'from' | 'to' | 'year', code: string, params: Record<string, number> = {}): never {
  const error = badUserInput(locale, field, code, params);
  error.statusCode = 400;
  throw error;
}

/** A period a caller asked for: both ends real dates, `from` before `to`, at most MAX_PERIOD_DAYS long. */
export function checkPeriod(locale: Locale, from: Date, to: Date): ReportPeriod {
  if (!isStorableDate(from)) refuse(locale, 'from', 'INVALID_VALUE');
  if (!isStorableDate(to)) refuse(locale, 'to', 'INVALID_VALUE');
  if (to <= from) refuse(locale, 'to', 'PERIOD_ORDER');
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * DAY_MS) refuse(locale, 'to', 'PERIOD_TOO_LONG', { years: 5 });
  return { from, to };
}

/** The first year the platform can hold figures for, and no later than the current one. */
export const FIRST_YEAR = 2000;

export function checkYear(locale: Locale, year: number, now = new Date()): number {
  const current = new Date(now.getTime() + OFFSET_MS).getUTCFullYear();
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > current) refuse(locale, 'year', 'YEAR_OUT_OF_RANGE', { min: FIRST_YEAR, max: current });
  return year;
}

/** The local calendar year an instant falls in. */
export function yearOf(at: Date): number {
  return new Date(at.getTime() + OFFSET_MS).getUTCFullYear();
}
