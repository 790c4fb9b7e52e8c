import { describe, expect, it } from 'vitest';
import { readReportPeriod, readYear } from './period';

const now = new Date('2026-12-06T05:00:00Z');
const read = (query: string) => readReportPeriod(new URLSearchParams(query), now);

describe('the report’s period', () => {
  it('is a calendar year in Vietnam, this one unless the address names another the report can show', () => {
    expect(read('')).toMatchObject({ mode: 'year', year: 2026, query: 'year=2026', slug: '2026' });
    expect(read('year=2025').range).toEqual({ from: '2024-12-31T17:00:00.000Z', to: '2025-12-31T17:00:00.000Z' });
    expect(readYear('2027', now)).toBe(2026);
    expect(readYear('1999', now)).toBe(2026);
    expect(readYear('20x6', now)).toBe(2026);
    // Vietnam's new year begins seven hours before UTC's.
    expect(readYear(null, new Date('2026-12-31T17:30:00Z'))).toBe(2027);
  });

  it('is whole days when both ends are given in order and within five years, else the year with the reason', () => {
    expect(read('from=2026-01-01&to=2026-06-30')).toMatchObject({
      mode: 'range',
      range: { from: '2025-12-31T17:00:00.000Z', to: '2026-06-30T17:00:00.000Z' },
      query: 'from=2026-01-01&to=2026-06-30',
      slug: '2026-01-01_2026-06-30',
    });
    expect(read('from=2026-06-30&to=2026-01-01&year=2025')).toMatchObject({ mode: 'year', year: 2025, reversed: true });
    expect(read('from=2019-01-01&to=2026-06-30')).toMatchObject({ mode: 'year', year: 2026, tooLong: true });
    expect(read('from=2021-01-01&to=2025-12-31')).toMatchObject({ mode: 'range', tooLong: false });
    expect(read('from=2026-01-01')).toMatchObject({ mode: 'year', year: 2026, reversed: false });
  });
});
