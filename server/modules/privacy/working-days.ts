// Deadlines of personal-data requests are counted in Vietnamese working days: Saturdays, Sundays and the public
// holidays date-holidays knows for Vietnam (type "public": New Year, Tết, Hùng Kings, 30 April, 1 May, National Day;
// observances are working days). Days are Vietnamese calendar days (UTC+7 all year, no daylight saving).
import Holidays from 'date-holidays';

const VN_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

const holidays = new Holidays('VN', { types: ['public'] });

/** Midnight UTC of the Vietnamese calendar day `at` falls on (used as a plain date). */
function vietnameseDay(at: Date): Date {
  const local = new Date(at.getTime() + VN_OFFSET_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}

export function isWorkingDay(day: Date): boolean {
  const weekday = day.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  // Noon in Vietnam of that day: inside the holiday's span whatever its start and end hours.
  const noon = new Date(day.getTime() + 12 * 3_600_000 - VN_OFFSET_MS);
  const found = holidays.isHoliday(noon);
  return !(found && found.some((h) => h.type === 'public'));
}

/**
 * The end (23:59:59.999 in Vietnam) of the `days`-th working day after the day `receivedAt` falls on: the day of
 * receipt is not counted, as a deadline "within N working days from receipt" is read.
 */
export function addWorkingDays(receivedAt: Date, days: number): Date {
  let day = vietnameseDay(receivedAt);
  let left = days;
  while (left > 0) {
    day = new Date(day.getTime() + DAY_MS);
    if (isWorkingDay(day)) left--;
  }
  return new Date(day.getTime() + DAY_MS - 1 - VN_OFFSET_MS);
}
