// Who is calling, in which language, from where: what every service method receives first. It lives here, not in
// server/graphql/, because HTTP routes, jobs, the seed and the CLIs call the same services without GraphQL.
import type { Locale } from '../i18n/messages.ts';
import type { UserRow } from '../modules/account/account.repository.ts';
import type { AuditActorKind } from '../generated/prisma/enums.ts';

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
  /** Set only when the platform itself acts (systemContext); `user` is then null. */
  platform?: PlatformActor;
}

/** The platform acting by itself: a job of the clock, the seed. */
export interface PlatformActor {
  job: string;
}

/** A caller that is the platform, not a person (`systemContext`); the audit trail then names the platform. */
export interface SystemContext extends RequestContext {
  user: null;
  platform: PlatformActor;
}

const NO_COOKIES: SessionCookie = { start() {}, end() {}, setLocale() {} };

/**
 * The context jobs and the seed call services with: nobody signed in, the platform as the one who acts. Messages a
 * service words for its caller (and the rare error) come in `locale`; people's notifications keep their own language.
 */
export function systemContext(locale: Locale = 'vi', job = 'clock'): SystemContext {
  return { user: null, sessionId: null, locale, cookies: NO_COOKIES, userAgent: null, ip: '127.0.0.1', platform: { job } };
}

export function isPlatform(ctx: RequestContext): ctx is SystemContext {
  return ctx.platform !== undefined;
}

/** Who an audit event says acted (AuditEvent.actorId and actorKind). */
export interface AuditActor {
  actorId: string | null;
  actorKind: AuditActorKind;
}

/** Who an audit event written for this caller says acted. */
export function auditActor(ctx: RequestContext): AuditActor {
  return isPlatform(ctx) ? { actorId: null, actorKind: 'PLATFORM' } : { actorId: ctx.user?.id ?? null, actorKind: 'USER' };
}
