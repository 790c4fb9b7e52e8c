// Figures every bench prints the same way: percentiles of latencies and the machine's load.
import { availableParallelism, loadavg } from 'node:os';

/** The p-th percentile of latencies sorted ascending (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** "load average 1.20 / 0.90 / 0.70 (1 / 5 / 15 min, 2 cores)": these machines are shared, so every figure says it. */
export function machineLoad(): string {
  return `load average ${loadavg().map((l) => l.toFixed(2)).join(' / ')} (1 / 5 / 15 min, ${availableParallelism()} cores)`;
}
