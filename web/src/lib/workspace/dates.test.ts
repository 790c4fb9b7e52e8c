import { describe, expect, it } from 'vitest';
import { dayFromToday, dayInVietnam, endOfDayInVietnam, isDateInput } from './dates';

describe('calendar days in Vietnam', () => {
  it('accepts real days only', () => {
    expect(isDateInput('2027-02-28')).toBe(true);
    expect(isDateInput('2028-02-29')).toBe(true);
    expect(isDateInput('2027-02-29')).toBe(false);
    expect(isDateInput('27-02-2027')).toBe(false);
  });

  it('stores a validity day as its last moment in Vietnam and reads it back as the same day', () => {
    const iso = endOfDayInVietnam('2027-06-30');
    expect(iso).toBe('2027-06-30T16:59:59.999Z');
    expect(dayInVietnam(iso)).toBe('2027-06-30');
    expect(dayInVietnam('2027-06-30T17:00:00.000Z')).toBe('2027-07-01');
    expect(dayInVietnam(null)).toBe('');
  });

  it('counts days from today in Vietnam', () => {
    expect(dayFromToday(1, new Date('2026-12-31T18:00:00Z'))).toBe('2027-01-02');
  });
});
