import type { MercuriusContext } from 'mercurius';
import type { Locale } from '../i18n/messages.ts';
import type { UserRow } from '../modules/account/account.repository.ts';
import type { Services } from '../services.ts';

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

export interface GraphQLContext extends MercuriusContext, RequestContext {
  services: Services;
  /** performance.now() after which no resolver of this request starts (limits/deadline.ts). */
  deadline?: number;
}
