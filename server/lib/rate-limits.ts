// Rate limits whose counters live in PostgreSQL (rate-limiter-flexible's RateLimiterPostgres), so every process and
// host behind the same database counts together, and a restart forgets nothing. Each consume is one atomic
// INSERT … ON CONFLICT DO UPDATE … RETURNING on the "RateLimit" table (prisma/schema.prisma), so parallel requests
// cannot all read the same count before any of them writes it.
import { isIPv6 } from 'node:net';
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Locale } from '../i18n/messages.ts';

const TABLE = 'RateLimit';

export interface LimitOptions {
  /** Unique per limit: the prefix of its keys. */
  name: string;
  points: number;
  durationS: number;
  /** Once over the limit, refuse for this long (from the refusal) instead of until the window ends. */
  blockS?: number;
  /**
   * Refuse in this process's memory, without a database round trip, once a key is over the limit (until its window
   * ends). For limits nothing resets early; a limit that is refunded or deleted on success must not use it.
   */
  refuseInMemory?: boolean;
}

export type Limiter = RateLimiterPostgres;

/**
 * Deletes the rows of windows that ended over an hour ago, for every limit at once (they share the table): the job
 * queue's hourly `ops.rateLimits` entry runs it, once however many processes run.
 */
export async function clearExpiredRateLimits(query: (sql: string, values: unknown[]) => Promise<unknown>): Promise<void> {
  await query(`DELETE FROM "${TABLE}" WHERE expire < $1`, [Date.now() - 3_600_000]);
}

export class RateLimitStore {
  // Its own few connections: a flood of refusals must not wait behind (or starve) the application's queries. A lost
  // counter update after a PostgreSQL crash costs nothing, so commits do not wait for the disk (no fsync per request).
  private readonly pool: pg.Pool;

  constructor(databaseUrl: string, poolSize = 4) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, options: '-c synchronous_commit=off' });
    // An idle connection dropped by the server (restart, shutdown) is replaced on next use; it must not crash.
    this.pool.on('error', () => {});
  }

  limiter({ name, points, durationS, blockS, refuseInMemory }: LimitOptions): Limiter {
    return new RateLimiterPostgres({
      storeClient: this.pool,
      storeType: 'pool',
      tableName: TABLE,
      tableCreated: true, // by the migration
      clearExpiredByTimeout: false, // clearExpiredRateLimits, a job, does it
      keyPrefix: name,
      points,
      duration: durationS,
      blockDuration: blockS ?? 0,
      ...(refuseInMemory ? { inMemoryBlockOnConsumed: points + 1 } : {}),
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Consumes one point: null when allowed, else the milliseconds until it would be. Store failures are thrown. */
export async function consume(limiter: Limiter, key: string, points = 1): Promise<number | null> {
  try {
    await limiter.consume(key, points);
    return null;
  } catch (err) {
    if (!(err instanceof RateLimiterRes)) throw err;
    // A limit that blocks: a refusal racing the one that started the block can still see the window's end (the
    // block is written just after), though the block is what ends first.
    const wait = limiter.blockDuration > 0 ? Math.min(err.msBeforeNext, limiter.msBlockDuration) : err.msBeforeNext;
    return Math.max(wait, 1000);
  }
}

/** "45 seconds", "15 minutes", "2 hours" (rounded up) in the caller's language. */
export function waitText(locale: Locale, ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  const [value, unit] = seconds < 60 ? [seconds, 'second'] : seconds < 3600 ? [Math.ceil(seconds / 60), 'minute'] : [Math.ceil(seconds / 3600), 'hour'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/**
 * What an address is counted as: an IPv4 address as it is, an IPv6 address by its /64 network. One subscriber (a
 * home, a phone) is handed a whole /64 and can pick any of its 2^64 addresses, so counting single IPv6 addresses
 * would let one person take a fresh allowance per request.
 */
export function addressKey(ip: string): string {
  const address = ip.replace(/%.*$/, ''); // a link-local zone (fe80::1%eth0)
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return ip;
  // Expand "::" to the zero groups it stands for (a dotted IPv4 tail fills two groups).
  const groups = (part: string) => (part ? part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])) : []);
  const [head = '', tail] = address.split('::');
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const all = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${all.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}
