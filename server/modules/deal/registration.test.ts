import { describe, expect, it } from 'vitest';
import { addMonths, registrationOf, todayInVietnam } from './registration.ts';

describe('registrationOf (Law on Technology Transfer 2017, art. 31)', () => {
  it('requires registration for cross-border transfers and for domestic ones paid from the state budget', () => {
    expect(registrationOf({ crossBorder: true, stateFunded: false })).toEqual({ required: true, reason: 'CROSS_BORDER' });
    expect(registrationOf({ crossBorder: true, stateFunded: true })).toEqual({ required: true, reason: 'CROSS_BORDER' });
    expect(registrationOf({ crossBorder: false, stateFunded: true })).toEqual({ required: true, reason: 'STATE_FUNDED' });
    expect(registrationOf({ crossBorder: false, stateFunded: false })).toEqual({ required: false, reason: null });
  });
});

describe('dates', () => {
  it('adds calendar months, keeping to the end of shorter months', () => {
    expect(addMonths('2024-03-15', 6).toISOString()).toBe('2024-09-15T00:00:00.000Z');
    expect(addMonths('2024-08-31', 6).toISOString()).toBe('2025-02-28T00:00:00.000Z');
    expect(addMonths('2023-12-31', 2).toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('knows the date in Vietnam when it is still yesterday in UTC', () => {
    expect(todayInVietnam(new Date('2024-05-01T18:30:00Z'))).toBe('2024-05-02');
    expect(todayInVietnam(new Date('2024-05-01T16:59:00Z'))).toBe('2024-05-01');
  });
});
