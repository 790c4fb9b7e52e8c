import { describe, expect, it } from 'vitest';
import { chartGeometry, type BarGeometry, type ColumnGeometry, type DonutGeometry } from './chart';

const data = [
  { label: 'A', value: 10, previous: 5 },
  { label: 'B', value: 5, previous: 20 },
  { label: 'C', value: null, previous: null },
];
const text = (v: number | null) => (v === null ? '< 3' : String(v));

describe('report charts', () => {
  it('draw bars in proportion on one scale for both periods, a missing figure as no bar with its words', () => {
    const { bars } = chartGeometry('BAR', data, text) as BarGeometry;
    expect(bars[1]!.previousWidth).toBeCloseTo(bars[0]!.width * 2);
    expect(bars[0]!.width).toBeCloseTo(bars[1]!.width * 2);
    expect(bars[2]).toMatchObject({ width: 0, valueText: '< 3' });
    expect(bars.map((b) => b.y)).toEqual([...bars.map((b) => b.y)].sort((a, b) => a - b));
    const [negative] = (chartGeometry('BAR', [{ label: 'x', value: -30, previous: 2 }], text) as BarGeometry).bars;
    expect(negative).toMatchObject({ width: 0, valueText: '-30' });
  });

  it('stand columns on one baseline, the tallest at the top of the scale', () => {
    const geometry = chartGeometry('COLUMN', data, text) as ColumnGeometry;
    const [a, b] = geometry.columns;
    expect(a!.y + a!.height).toBeCloseTo(geometry.baseline);
    expect(b!.previousHeight).toBeGreaterThan(a!.height);
    const [negative] = (chartGeometry('COLUMN', [{ label: 'x', value: -14, previous: null }], text) as ColumnGeometry).columns;
    expect(negative).toMatchObject({ height: 0, y: geometry.baseline });
    expect(chartGeometry('LINE', data, text)).toMatchObject({ kind: 'LINE', line: expect.stringMatching(/^[\d.]+,[\d.]+ [\d.]+,[\d.]+ [\d.]+,[\d.]+$/) });
  });

  it('share a donut by the figures, a single non-zero slice almost a whole ring', () => {
    const { slices } = chartGeometry('DONUT', data, text) as DonutGeometry;
    expect(slices.map((s) => Math.round(s.share * 1000) / 10)).toEqual([66.7, 33.3, 0]);
    expect(slices[2]!.path).toBe('');
    const [whole] = (chartGeometry('DONUT', [{ label: 'all', value: 4, previous: 0 }], text) as DonutGeometry).slices;
    expect(whole!.path).toMatch(/ A100,100 0 1 1 /);
  });
});
