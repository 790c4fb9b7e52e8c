import { describe, expect, it } from 'vitest';
import { column, percentilesOf, row, suppressSmallCells, table } from './report-tables.ts';

describe('percentiles from a histogram', () => {
  it('interpolate between the values around the rank, as percentile_cont does', () => {
    expect(percentilesOf([10, 24, 48], [1, 1, 1], [0.5, 0.9])).toEqual([24, 24 + 0.8 * 24]);
    // 1, 1, 1, 2: the median is between the 2nd and 3rd values, the 90th percentile 70 % of the way from 1 to 2.
    expect(percentilesOf([1, 2], [3, 1], [0.5, 0.9]).map((v) => Math.round(v! * 100) / 100)).toEqual([1, 1.7]);
    expect(percentilesOf([5], [1], [0.5, 0.9])).toEqual([5, 5]);
    expect(percentilesOf([], [], [0.5, 0.9])).toEqual([null, null]);
  });
});

describe('small cells', () => {
  it('hide counts of 1 and 2, keep 0 and 3, and hide a total that would give a hidden cell away', () => {
    const t = table('x', [column('count')], [row('A', [1], [0]), row('B', [3], [4]), row('C', [0], [5])], { total: 'sum' });
    const shown = suppressSmallCells(t);
    expect(shown.rows.map((r) => [r.values, r.previous])).toEqual([[[null], [0]], [[3], [4]], [[0], [5]]]);
    expect(shown.total).toMatchObject({ values: [null], previous: [9] });
    expect(shown.suppressed).toBe(true);
    expect(suppressSmallCells(table('y', [column('count')], [row('A', [3], [0])], { total: 'sum' })).suppressed).toBe(false);
  });
});
