import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'sid';

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Sessions are stored under the hash of their token, so a copy of the table opens no session. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
