// The report's period from the page's address: a calendar year (`?year=2026`, the current one by default) or whole
// days in Vietnam (`?from=2026-01-01&to=2026-06-30`), as the half-open range of instants the API counts in. The
// same reading serves the page, its CSV and Excel downloads and the print, so they always describe one period.
import { readPeriod } from '$lib/moderation/days';

export interface ReportPeriodChoice {
  mode: 'year' | 'range';
  year: number;
  /** The days typed, as YYYY-MM-DD (range mode). */
  from: string | null;
  to: string | null;
  /** The days were typed the wrong way round: the year is shown instead. */
  reversed: boolean;
  /** The days span more than the API reports on at once (five years): the year is shown instead. */
  tooLong: boolean;
  range: { from: string; to: string };
  /** The address's query for links to the downloads of the same period (`year=2026` or `from=…&to=…`). */
  query: string;
  /** A short name for file names: "2026" or "2026-01-01_2026-06-30". */
  slug: string;
}

const FIRST_YEAR = 2000;
/** The longest period the API reports on (server/modules/report/report-period.ts, MAX_PERIOD_DAYS). */
export const MAX_PERIOD_DAYS = 5 * 365 + 2;
const DAY_MS = 86_400_000;

/** The calendar year in Vietnam at `now`. */
export function currentYear(now: Date): number {
  return new Date(now.getTime() + 7 * 3_600_000).getUTCFullYear();
}

export function readYear(value: string | null, now: Date): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= currentYear(now) ? year : currentYear(now);
}

function yearRange(year: number): { from: string; to: string } {
  const { range } = readPeriod(new URLSearchParams({ from: `${year}-01-01`, to: `${year}-12-31` }));
  return { from: range.from!, to: range.to! };
}

export function readReportPeriod(params: URLSearchParams, now = new Date()): ReportPeriodChoice {
  const year = readYear(params.get('year'), now);
  const days = readPeriod(params);
  const span = days.range.from && days.range.to ? Date.parse(days.range.to) - Date.parse(days.range.from) : 0;
  const tooLong = span > MAX_PERIOD_DAYS * DAY_MS;
  if (days.from && days.to && !days.reversed && !tooLong) {
    return {
      mode: 'range',
      year,
      from: days.from,
      to: days.to,
      reversed: false,
      tooLong: false,
      range: { from: days.range.from!, to: days.range.to! },
      query: new URLSearchParams({ from: days.from, to: days.to }).toString(),
      slug: `${days.from}_${days.to}`,
    };
  }
  return { mode: 'year', year, from: days.from, to: days.to, reversed: days.reversed, tooLong, range: yearRange(year), query: `year=${year}`, slug: String(year) };
}
