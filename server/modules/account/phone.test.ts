import { describe, expect, it } from 'vitest';
import { normalisePhone } from './phone.ts';

describe('normalisePhone', () => {
  it('takes Vietnamese numbers in the ways people write them', () => {
    expect(normalisePhone('0912 345 678')).toBe('+84912345678');
    expect(normalisePhone('0912.345.678')).toBe('+84912345678');
    expect(normalisePhone('+84 912 345 678')).toBe('+84912345678');
    expect(normalisePhone('+84 (0) 912 345 678')).toBe('+84912345678');
    expect(normalisePhone('0084912345678')).toBe('+84912345678');
    expect(normalisePhone('(0272) 3826 123')).toBe('+842723826123');
  });

  it('takes other countries by E.164 shape', () => {
    expect(normalisePhone('+33 1 23 45 67 89')).toBe('+33123456789');
    expect(normalisePhone('0049 30 1234567')).toBe('+49301234567');
  });

  it('refuses what no one can call', () => {
    for (const bad of ['12345', '091234567', '09123456789', '0112345678', '+84 112 345 678', 'abc', '+1 23', '+0 123 456 789', '0912-345-67x']) {
      expect(normalisePhone(bad), bad).toBeNull();
    }
  });
});
