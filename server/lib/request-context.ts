// Who is calling, in which language, from where: what every service method receives first. It lives here, not in
// server/graphql/, because HTTP routes, jobs, the seed and the CLIs call the same services without GraphQL.
import type { Locale } from '../i18n/messages.ts';
import type { UserRow } from '../modules/account/account.repository.ts';

/** What the session cookie can do from inside a service, without the service knowing about HTTP. */
export interface SessionCookie {
  start(token: string, expiresAt: Date): void;
  end(): void;
  setLocale(locale: Locale): void;
}

/** The caller, as every service method receives it first. */
export interface RequestContext {
  user: UserRow | null;
  sessionId: string | null;
  locale: Locale;
  cookies: SessionCookie;
  userAgent: string | null;
  ip: string;
}
