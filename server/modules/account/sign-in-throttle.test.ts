import { describe, expect, it } from 'vitest';
import { SignInThrottle } from './sign-in-throttle.ts';

describe('sign-in throttle', () => {
  it('refuses after the allowed failures and allows again once the window has passed', () => {
    const t = new SignInThrottle({ maxFailures: 3, windowMs: 60_000 });
    for (let i = 0; i < 3; i++) {
      expect(t.retryAfter('a@b.vn', 1000 + i)).toBe(0);
      t.fail('a@b.vn', 1000 + i);
    }
    expect(t.retryAfter('a@b.vn', 2000)).toBe(59_000);
    expect(t.retryAfter('other@b.vn', 2000)).toBe(0);
    expect(t.retryAfter('a@b.vn', 61_001)).toBe(0);
  });

  it('forgets the failures of a key after a successful sign-in', () => {
    const t = new SignInThrottle({ maxFailures: 2, windowMs: 60_000 });
    t.fail('a@b.vn', 0);
    t.fail('a@b.vn', 1);
    t.succeed('a@b.vn');
    expect(t.retryAfter('a@b.vn', 2)).toBe(0);
  });
});
