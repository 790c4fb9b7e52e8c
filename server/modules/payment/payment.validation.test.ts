import { describe, expect, it } from 'vitest';
import { depositAmount } from './payment.validation.ts';

describe('depositAmount', () => {
  it('takes the percentage of a VND price in whole đồng, rounding half up', () => {
    expect(depositAmount(450_000_000n, 10)).toBe(45_000_000n);
    expect(depositAmount(123_456_789n, 10)).toBe(12_345_679n);
    expect(depositAmount(123_456_784n, 10)).toBe(12_345_678n);
    expect(depositAmount(1_000_000n, 12.5)).toBe(125_000n);
    expect(depositAmount(15n, 10)).toBe(2n);
  });

  it('stays exact beyond the range of floating point numbers', () => {
    expect(depositAmount(9_007_199_254_740_993n, 100)).toBe(9_007_199_254_740_993n);
  });
});
