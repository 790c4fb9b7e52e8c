// The geometry of a report chart, drawn as plain SVG on the server (see README: LayerChart 2.5's charts do not
// render their marks during SSR with our Svelte). One figure per row (the table's first column that is not a
// share), the previous period beside it where the chart compares. Pure numbers, so it is tested without a DOM.
import type { ReportChart } from '$lib/graphql/generated';

export interface ChartDatum {
  label: string;
  value: number | null;
  previous: number | null;
}

export const CHART_WIDTH = 560;
const LABEL_WIDTH = 190;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 12;
const PAD = 8;

export interface BarShape {
  label: string;
  y: number;
  x: number;
  width: number;
  previousWidth: number;
  valueText: string;
}

export interface BarGeometry {
  kind: 'BAR';
  height: number;
  labelWidth: number;
  bars: BarShape[];
}

export interface ColumnShape {
  label: string;
  x: number;
  width: number;
  y: number;
  height: number;
  previousY: number;
  previousHeight: number;
  valueText: string;
}

export interface ColumnGeometry {
  kind: 'COLUMN' | 'LINE';
  height: number;
  baseline: number;
  columns: ColumnShape[];
  /** For LINE: the polyline of this period and of the previous one. */
  line: string;
  previousLine: string;
}

export interface DonutSlice {
  label: string;
  path: string;
  share: number;
  colour: number;
}

export interface DonutGeometry {
  kind: 'DONUT';
  height: number;
  slices: DonutSlice[];
}

export type ChartGeometry = BarGeometry | ColumnGeometry | DonutGeometry;

// Bars and columns grow from zero: a negative figure (which the table shows as it is) draws no bar.
const size = (v: number | null) => Math.max(0, v ?? 0);
const largest = (data: ChartDatum[]) => Math.max(1, ...data.flatMap((d) => [size(d.value), size(d.previous)]));

function bars(data: ChartDatum[], text: (v: number | null) => string): BarGeometry {
  const span = CHART_WIDTH - LABEL_WIDTH - 70;
  const max = largest(data);
  return {
    kind: 'BAR',
    labelWidth: LABEL_WIDTH,
    height: data.length * ROW_HEIGHT + PAD * 2,
    bars: data.map((d, i) => ({
      label: d.label,
      y: PAD + i * ROW_HEIGHT,
      x: LABEL_WIDTH,
      width: (size(d.value) / max) * span,
      previousWidth: (size(d.previous) / max) * span,
      valueText: text(d.value),
    })),
  };
}

function columns(kind: 'COLUMN' | 'LINE', data: ChartDatum[], text: (v: number | null) => string): ColumnGeometry {
  const height = 220;
  const baseline = height - 40;
  const top = 24;
  const max = largest(data);
  const slot = (CHART_WIDTH - PAD * 2) / Math.max(1, data.length);
  const scale = (v: number | null) => (size(v) / max) * (baseline - top);
  const shapes = data.map((d, i) => {
    const h = scale(d.value);
    const ph = scale(d.previous);
    return {
      label: d.label,
      x: PAD + i * slot + slot * 0.2,
      width: slot * 0.6,
      y: baseline - h,
      height: h,
      previousY: baseline - ph,
      previousHeight: ph,
      valueText: text(d.value),
    };
  });
  const points = (pick: (s: ColumnShape) => number) => shapes.map((s) => `${(s.x + s.width / 2).toFixed(1)},${pick(s).toFixed(1)}`).join(' ');
  return { kind, height, baseline, columns: shapes, line: points((s) => s.y), previousLine: points((s) => s.previousY) };
}

function donut(data: ChartDatum[]): DonutGeometry {
  const total = data.reduce((sum, d) => sum + Math.max(0, d.value ?? 0), 0);
  const [cx, cy, r, inner] = [110, 110, 100, 58];
  let angle = -Math.PI / 2;
  const point = (radius: number, a: number) => `${(cx + radius * Math.cos(a)).toFixed(2)},${(cy + radius * Math.sin(a)).toFixed(2)}`;
  const slices = data.map((d, i) => {
    const share = total ? Math.max(0, d.value ?? 0) / total : 0;
    // A whole circle cannot be one arc: stop just short of it.
    const sweep = Math.min(share * 2 * Math.PI, 2 * Math.PI - 1e-4);
    const end = angle + sweep;
    const large = sweep > Math.PI ? 1 : 0;
    const path = share
      ? `M${point(r, angle)} A${r},${r} 0 ${large} 1 ${point(r, end)} L${point(inner, end)} A${inner},${inner} 0 ${large} 0 ${point(inner, angle)} Z`
      : '';
    angle = end;
    return { label: d.label, path, share, colour: i % 6 };
  });
  return { kind: 'DONUT', height: Math.max(220, data.length * 22 + 16), slices };
}

export function chartGeometry(kind: ReportChart, data: ChartDatum[], text: (v: number | null) => string): ChartGeometry {
  if (kind === 'DONUT') return donut(data);
  if (kind === 'COLUMN' || kind === 'LINE') return columns(kind, data, text);
  return bars(data, text);
}
