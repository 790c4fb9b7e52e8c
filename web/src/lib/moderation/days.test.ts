import { describe, expect, it } from 'vitest';
import { readPeriod } from './days';

describe('the period of the figures', () => {
  it('counts whole days in Vietnam: from the start of the first to the start of the day after the last', () => {
    const period = readPeriod(new URLSearchParams('from=2026-01-01&to=2026-01-31'));
    expect(period.range).toEqual({ from: '2025-12-31T17:00:00.000Z', to: '2026-01-31T17:00:00.000Z' });
    expect(period.reversed).toBe(false);
  });

  it('ignores what is not a day, and asks for all time when the days are the wrong way round', () => {
    expect(readPeriod(new URLSearchParams('from=yesterday&to=2026-02-30')).range).toEqual({ from: null, to: null });
    const reversed = readPeriod(new URLSearchParams('from=2026-02-01&to=2026-01-01'));
    expect(reversed).toMatchObject({ reversed: true, range: { from: null, to: null } });
  });
});
