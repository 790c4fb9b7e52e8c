// How many e-mails with links people may have sent, counted in PostgreSQL like the sign-in limits (account-limits.ts):
// - a password reset: per network address first, then per typed address (hashed), the second counted only once the
//   first admits the request, so a flood from one address cannot use up the allowance of somebody else's inbox;
// - verification e-mails (resending the link, asking for a new address): per account. A change of address needs the
//   current password, so this limit is also what caps guessing it from a stolen session.
import { createHash } from 'node:crypto';
import { addressKey, consume, type Limiter, type RateLimitStore } from '../../lib/rate-limits.ts';

export interface AccountLinkLimitSettings {
  PASSWORD_RESET_PER_EMAIL_PER_HOUR: number;
  PASSWORD_RESET_PER_ADDRESS_PER_HOUR: number;
  VERIFICATION_EMAILS_PER_HOUR: number;
}

const HOUR_S = 3600;

export class AccountLinkLimits {
  private readonly resetByAddress: Limiter;
  private readonly resetByEmail: Limiter;
  private readonly verification: Limiter;

  constructor(store: RateLimitStore, s: AccountLinkLimitSettings) {
    this.resetByAddress = store.limiter({ name: 'reset_address', points: s.PASSWORD_RESET_PER_ADDRESS_PER_HOUR, durationS: HOUR_S, refuseInMemory: true });
    this.resetByEmail = store.limiter({ name: 'reset_email', points: s.PASSWORD_RESET_PER_EMAIL_PER_HOUR, durationS: HOUR_S });
    this.verification = store.limiter({ name: 'verify_email', points: s.VERIFICATION_EMAILS_PER_HOUR, durationS: HOUR_S });
  }

  /** Null when a reset link may be sent; else how long to wait. Counted whether or not the address has an account. */
  async admitPasswordReset(email: string, remoteAddress: string): Promise<number | null> {
    const byAddress = await consume(this.resetByAddress, addressKey(remoteAddress));
    if (byAddress !== null) return byAddress;
    return consume(this.resetByEmail, createHash('sha256').update(email).digest('base64url'));
  }

  /** Null when the account may be sent another verification e-mail; else how long to wait. */
  admitVerificationEmail(userId: string): Promise<number | null> {
    return consume(this.verification, userId);
  }
}
