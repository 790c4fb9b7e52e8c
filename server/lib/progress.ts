// A one-line progress bar on stderr: percentage, rows per second and time left. On a terminal it redraws in
// place; in a log file (not a TTY) it writes a line every 10% instead of filling the log with redraws.

const WIDTH = 24;

/** Where the bar is drawn: process.stderr, or a sink that drops it. */
export type ProgressStream = { isTTY?: boolean; write(text: string): unknown };
const REDRAW_MS = 100;

export class ProgressBar {
  private done = 0;
  private readonly startedAt = performance.now();
  private lastDrawAt = 0;
  private lastLoggedTenth = -1;
  private lastLoggedDone = -1;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly stream: ProgressStream = process.stderr,
  ) {}

  tick(rows: number): void {
    this.done += rows;
    this.draw(false);
  }

  finish(): void {
    this.draw(true);
    if (this.stream.isTTY) this.stream.write('\n');
  }

  private draw(final: boolean): void {
    const now = performance.now();
    if (this.stream.isTTY) {
      if (!final && now - this.lastDrawAt < REDRAW_MS) return;
      this.lastDrawAt = now;
      this.stream.write(`\r${this.line(now)}\x1b[K`);
      return;
    }
    const tenth = Math.floor((this.done / Math.max(this.total, 1)) * 10);
    if ((final || tenth > this.lastLoggedTenth) && this.done !== this.lastLoggedDone) {
      this.lastLoggedTenth = tenth;
      this.lastLoggedDone = this.done;
      this.stream.write(`${this.line(now)}\n`);
    }
  }

  private line(now: number): string {
    const fraction = this.total ? Math.min(this.done / this.total, 1) : 1;
    const filled = Math.round(fraction * WIDTH);
    const seconds = (now - this.startedAt) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const eta = rate > 0 ? (this.total - this.done) / rate : 0;
    return (
      `${this.label.padEnd(14)} [${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ` +
      `${(fraction * 100).toFixed(0).padStart(3)}%  ${fmt(this.done)}/${fmt(this.total)}  ` +
      `${fmt(Math.round(rate))} rows/s  ${fraction < 1 ? `ETA ${formatDuration(eta)}` : `in ${formatDuration(seconds)}`}`
    );
  }
}

const fmt = (n: number) => n.toLocaleString('en-US');

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  const m = Math.floor(seconds / 60);
  return `${m}m${String(Math.round(seconds - m * 60)).padStart(2, '0')}s`;
}
