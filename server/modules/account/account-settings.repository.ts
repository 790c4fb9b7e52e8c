import { Prisma, type Locale, type PrismaClient } from '../../generated/prisma/client.ts';
import { keyset, type PageRequest } from '../../lib/pagination.ts';

export interface SessionRow {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  userAgent: string | null;
}

/**
 * The sessions list: this session first, then by last use, ties broken by the session's handle digest (the cursor
 * must not carry the stored key, see sessionHandle; the digest names the session as the handle does).
 */
export const SESSIONS_ORDER = keyset('sessions', ['current', 'int', 'desc'], ['lastSeenAt', 'date', 'desc'], ['digest', 'text', 'asc']);

export type SessionPageRow = SessionRow & { current: number; digest: string };

export interface ProfileRow {
  email: string;
  displayName: string;
  phone: string | null;
  locale: Locale;
}

const PROFILE = { email: true, displayName: true, phone: true, locale: true } as const;

const audit = (userId: string, action: string, data: object) => ({
  data: { actorId: userId, action, entityType: 'user', entityId: userId, data },
});

export class AccountSettingsRepository {
  constructor(private readonly prisma: PrismaClient) {}

  profile(userId: string): Promise<ProfileRow> {
    return this.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: PROFILE });
  }

  /** The audit event names the fields that changed, not their values: the log is kept longer than the profile. */
  async updateProfile(userId: string, data: Omit<ProfileRow, 'email'>, changed: string[]): Promise<ProfileRow> {
    return this.prisma.$transaction(async (tx) => {
      const row = await tx.user.update({ where: { id: userId }, data, select: PROFILE });
      if (changed.length) await tx.auditEvent.create(audit(userId, 'account.updateProfile', { changed }));
      return row;
    });
  }

  passwordHash(userId: string): Promise<string> {
    return this.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } }).then((u) => u.passwordHash);
  }

  /** The new hash and the end of every other session happen together: no window where an old session survives. */
  async changePassword(userId: string, passwordHash: string, keepSessionId: string | null): Promise<number> {
    return this.prisma.$transaction(async (tx) => {
      await tx.user.update({ where: { id: userId }, data: { passwordHash } });
      const { count } = await tx.session.deleteMany({ where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) } });
      await tx.auditEvent.create(audit(userId, 'account.changePassword', { endedSessions: count }));
      return count;
    });
  }

  activeSessions(userId: string, now: Date): Promise<SessionRow[]> {
    return this.prisma.session.findMany({
      where: { userId, expiresAt: { gt: now } },
      select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true },
      orderBy: [{ lastSeenAt: 'desc' }, { createdAt: 'desc' }],
    });
  }

  /** A page of the user's active sessions in SESSIONS_ORDER; `digest` is the hex sha256 the handle is cut from. */
  sessionsPage(userId: string, now: Date, currentId: string | null, page: PageRequest<typeof SESSIONS_ORDER.columns>): Promise<SessionPageRow[]> {
    const after = page.after
      ? Prisma.sql`WHERE current < ${page.after[0]} OR (current = ${page.after[0]} AND ("lastSeenAt" < ${page.after[1]}
          OR ("lastSeenAt" = ${page.after[1]} AND digest > ${page.after[2]} COLLATE "C")))`
      : Prisma.empty;
    return this.prisma.$queryRaw<SessionPageRow[]>`
      WITH s AS (
        SELECT id, "createdAt", "lastSeenAt", "userAgent", (id = ${currentId ?? ''})::int AS current,
               encode(sha256(convert_to('session-handle:' || id, 'UTF8')), 'hex') COLLATE "C" AS digest
        FROM "Session" WHERE "userId" = ${userId}::uuid AND "expiresAt" > ${now})
      SELECT * FROM s ${after}
      ORDER BY current DESC, "lastSeenAt" DESC, digest
      LIMIT ${page.take}`;
  }

  /** Ends the user's sessions among `ids` (all of them when `ids` is null) except `except`; never another user's. */
  async endSessions(userId: string, ids: string[] | null, except: string | null, action: string): Promise<number> {
    return this.prisma.$transaction(async (tx) => {
      const idFilter = { ...(ids ? { in: ids } : {}), ...(except ? { not: except } : {}) };
      const { count } = await tx.session.deleteMany({ where: { userId, ...(ids || except ? { id: idFilter } : {}) } });
      if (count) await tx.auditEvent.create(audit(userId, action, { endedSessions: count }));
      return count;
    });
  }
}
