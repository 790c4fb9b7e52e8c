// Many clients on one server, through autocannon: each connection sends `requests` in turn, as fast as answers come.
import autocannon from 'autocannon';
import { percentile } from './stats.ts';

export interface HttpRequest {
  method?: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  /** Answers per second (all of them, whatever their status). */
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  answers: number;
  /** Connection errors and timeouts, plus answers whose status was not the expected one. */
  failures: number;
  /** The unexpected statuses and how many of each. */
  unexpected: Record<number, number>;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  /** The status every answer must have (200: a redirect counts as a failure). */
  status?: number;
}

/** Sends `requests` from `connections` clients for `seconds` and summarises the answers. */
export async function load(base: string, requests: HttpRequest[], { connections, seconds, status = 200 }: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const unexpected: Record<number, number> = {};
  const instance = autocannon({ url: base, connections, duration: seconds, timeout: 30, requests });
  instance.on('response', (_client, statusCode, _bytes, ms) => {
    latencies.push(ms);
    if (statusCode !== status) unexpected[statusCode] = (unexpected[statusCode] ?? 0) + 1;
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => (latencies.length ? percentile(latencies, p) : NaN);
  return {
    rps: latencies.length / result.duration,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    answers: latencies.length,
    failures: result.errors + result.timeouts + Object.values(unexpected).reduce((a, b) => a + b, 0),
    unexpected,
  };
}
