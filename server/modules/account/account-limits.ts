// Password guessing and mass sign-up, limited with counters in PostgreSQL (shared by every process, kept across
// restarts). Every attempt is counted BEFORE the password is checked, in one atomic statement per counter, so
// parallel attempts cannot all pass a check made before any of them failed; a successful sign-in gives its points
// back. Three counters, after rate-limiter-flexible's login-protection pattern:
// - per e-mail and address: consecutive failures (reset by a success), then a block — stops one source guessing
//   one account without touching the account's owner elsewhere;
// - per address: failures per day — stops one source trying many accounts;
// - per e-mail from anywhere: a looser count with a short block — caps guessing one account from many addresses,
//   while an attacker can hold its owner off only for that short block. It is counted only once the first two
//   admit the attempt, so an attacker hammering from a blocked address does not use up the owner's allowance.
import { createHash } from 'node:crypto';
import { addressKey, consume, type Limiter, type RateLimitStore } from '../../lib/rate-limits.ts';

export interface AccountLimitSettings {
  SIGN_IN_MAX_FAILURES_PER_PAIR: number;
  SIGN_IN_PAIR_BLOCK_SECONDS: number;
  SIGN_IN_MAX_FAILURES_PER_ADDRESS: number;
  SIGN_IN_MAX_FAILURES_PER_EMAIL: number;
  SIGN_IN_EMAIL_BLOCK_SECONDS: number;
  SIGN_UP_PER_ADDRESS_PER_HOUR: number;
}

export type Refused = { retryAfterMs: number };
/** An admitted sign-in attempt: call `succeeded` once the password is right (a wrong one keeps the count). */
export type Admitted = { succeeded(): Promise<void> };

const HOUR_S = 3600;
const DAY_S = 24 * HOUR_S;

export class AccountLimits {
  private readonly pair: Limiter;
  private readonly address: Limiter;
  private readonly email: Limiter;
  private readonly signUp: Limiter;

  constructor(store: RateLimitStore, s: AccountLimitSettings) {
    this.pair = store.limiter({ name: 'signin_pair', points: s.SIGN_IN_MAX_FAILURES_PER_PAIR, durationS: DAY_S, blockS: s.SIGN_IN_PAIR_BLOCK_SECONDS });
    this.address = store.limiter({ name: 'signin_address', points: s.SIGN_IN_MAX_FAILURES_PER_ADDRESS, durationS: DAY_S });
    this.email = store.limiter({ name: 'signin_email', points: s.SIGN_IN_MAX_FAILURES_PER_EMAIL, durationS: HOUR_S, blockS: s.SIGN_IN_EMAIL_BLOCK_SECONDS });
    this.signUp = store.limiter({ name: 'signup_address', points: s.SIGN_UP_PER_ADDRESS_PER_HOUR, durationS: HOUR_S, refuseInMemory: true });
  }

  async admitSignIn(email: string, remoteAddress: string): Promise<Admitted | Refused> {
    // Hashed: the table need not hold the e-mail addresses people typed.
    const account = createHash('sha256').update(email).digest('base64url');
    const ip = addressKey(remoteAddress);
    const pairKey = `${account}:${ip}`;
    const waits = await Promise.all([consume(this.pair, pairKey), consume(this.address, ip)]);
    const wait = Math.max(...waits.map((w) => w ?? 0));
    if (wait > 0) return { retryAfterMs: wait };
    const byEmail = await consume(this.email, account);
    if (byEmail !== null) return { retryAfterMs: byEmail };
    return {
      succeeded: async () => {
        await Promise.all([this.pair.delete(pairKey), this.address.reward(ip), this.email.reward(account)]);
      },
    };
  }

  /** Counted before the password is hashed, whatever the outcome (a taken e-mail too: no free enumeration). */
  async admitSignUp(remoteAddress: string): Promise<Refused | null> {
    const wait = await consume(this.signUp, addressKey(remoteAddress));
    return wait === null ? null : { retryAfterMs: wait };
  }
}
