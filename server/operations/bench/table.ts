// Markdown tables, as the bench prints them and the README keeps them.

export type Cell = string | number | null | undefined;

/** Numbers shown to the precision that matters at their size; missing figures as "—". */
export function figure(value: Cell, digits = 0): string {
  if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return '—';
  return typeof value === 'number' ? value.toFixed(digits) : value;
}

export function markdownTable(header: string[], rows: Cell[][]): string {
  const line = (cells: Cell[]) => `| ${cells.map((c) => figure(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}
