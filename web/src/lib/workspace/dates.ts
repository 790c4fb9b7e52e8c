// Dates a seller types are calendar days in Vietnam (UTC+7 all year, no daylight saving). A validity date means
// "valid through that day", so it is stored as the last millisecond of the day in Vietnam.
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (what <input type="date"> sends). */
export function isDateInput(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `2026-12-31` → the instant that day ends in Vietnam, as ISO 8601. */
export function endOfDayInVietnam(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1) - VIETNAM_OFFSET_MS - 1).toISOString();
}

/** An instant → the calendar day it falls on in Vietnam, as YYYY-MM-DD (the value of a date input). */
export function dayInVietnam(iso: string | null | undefined): string {
  if (!iso) return '';
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return '';
  return new Date(time + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Today in Vietnam plus `days`, as YYYY-MM-DD. */
export function dayFromToday(days: number, now = new Date()): string {
  return dayInVietnam(new Date(now.getTime() + days * 86_400_000).toISOString());
}
