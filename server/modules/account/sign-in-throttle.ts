// Slows password guessing: after too many failures for one key (an email, an address) within the window,
// sign-in is refused until the oldest failure leaves the window. Kept in memory: a process restart forgets it, and each
// process behind a load balancer counts on its own — enough to make online guessing impractical.
export interface ThrottleOptions {
  maxFailures: number;
  windowMs: number;
}

export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly options: ThrottleOptions) {}

  /** Milliseconds until the key may try again, or 0 when allowed. */
  retryAfter(key: string, now = Date.now()): number {
    const recent = this.recent(key, now);
    return recent.length >= this.options.maxFailures ? recent[0] + this.options.windowMs - now : 0;
  }

  fail(key: string, now = Date.now()): void {
    this.failures.set(key, [...this.recent(key, now), now]);
    if (this.failures.size > 100_000) this.prune(now);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => t > now - this.options.windowMs);
  }

  private prune(now: number): void {
    for (const [key] of this.failures) if (this.recent(key, now).length === 0) this.failures.delete(key);
  }
}
