import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';
import type { Locale, User, Membership } from '../../generated/prisma/client.ts';
import { poolOf, type Tx } from '../../lib/prisma.ts';

export type UserRow = User;
export type MembershipRow = Membership;

export interface NewSession {
  id: string;
  expiresAt: Date;
  userAgent: string | null;
}

export class EmailTakenError extends Error {}

export class AccountRepository {
  constructor(private readonly prisma: PrismaClient) {}

  findUserByEmail(email: string): Promise<UserRow | null> {
    return this.prisma.user.findUnique({ where: { email } });
  }

  async findSessionUser(sessionId: string, now: Date): Promise<{ user: UserRow; expiresAt: Date; lastSeenAt: Date } | null> {
    const session = await this.sessionWithUser(sessionId);
    if (!session || session.expiresAt <= now) return null;
    // A suspended (or deleted) account's cookie opens nothing, even if a session row outlived the suspension.
    if (session.user.status !== 'ACTIVE') return null;
    return { user: session.user, expiresAt: session.expiresAt, lastSeenAt: session.lastSeenAt };
  }

  /**
   * Every request with a session cookie asks this first: one statement through pg (Prisma's include would send two
   * and map both rows), giving the same user row Prisma would.
   */
  private async sessionWithUser(sessionId: string): Promise<{ user: UserRow; expiresAt: Date; lastSeenAt: Date } | null> {
    const pool = poolOf(this.prisma);
    if (!pool) return this.prisma.session.findUnique({ where: { id: sessionId }, include: { user: true } });
    const { rows } = await pool.query<UserRow & { sessionExpiresAt: Date; sessionLastSeenAt: Date }>(
      `SELECT u.*, s."expiresAt" AS "sessionExpiresAt", s."lastSeenAt" AS "sessionLastSeenAt"
       FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE s.id = $1`,
      [sessionId],
    );
    if (!rows[0]) return null;
    const { sessionExpiresAt: expiresAt, sessionLastSeenAt: lastSeenAt, ...user } = rows[0];
    return { user, expiresAt, lastSeenAt };
  }

  /** The account, its first session and the audit record exist together or not at all. */
  async createUserWithSession(
    data: Prisma.UserCreateInput,
    session: NewSession,
    alsoInTransaction: (tx: Tx, user: UserRow) => Promise<void> = async () => {},
  ): Promise<UserRow> {
    try {
      return await this.prisma.$transaction(async (tx) => {
        const user = await tx.user.create({ data: { ...data, lastSignInAt: new Date() } });
        await tx.session.create({ data: { ...session, userId: user.id } });
        await tx.auditEvent.create({
          data: { actorId: user.id, action: 'account.signUp', entityType: 'user', entityId: user.id },
        });
        await alsoInTransaction(tx, user);
        return user;
      });
    } catch (err) {
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') throw new EmailTakenError();
      throw err;
    }
  }

  async createSession(userId: string, session: NewSession): Promise<void> {
    await this.prisma.$transaction([
      this.prisma.session.create({ data: { ...session, userId } }),
      this.prisma.user.update({ where: { id: userId }, data: { lastSignInAt: new Date() } }),
      this.prisma.auditEvent.create({
        data: { actorId: userId, action: 'account.signIn', entityType: 'user', entityId: userId },
      }),
    ]);
  }

  async deleteSession(sessionId: string): Promise<boolean> {
    const { count } = await this.prisma.session.deleteMany({ where: { id: sessionId } });
    return count > 0;
  }

  async extendSession(sessionId: string, expiresAt: Date): Promise<void> {
    await this.prisma.session.update({ where: { id: sessionId }, data: { expiresAt, lastSeenAt: new Date() } });
  }

  /** Conditional, so parallel requests of one session write it once. */
  async touchSession(sessionId: string, now: Date, staleBefore: Date): Promise<void> {
    await this.prisma.session.updateMany({ where: { id: sessionId, lastSeenAt: { lt: staleBefore } }, data: { lastSeenAt: now } });
  }

  async deleteExpiredSessions(now: Date): Promise<number> {
    const { count } = await this.prisma.session.deleteMany({ where: { expiresAt: { lte: now } } });
    return count;
  }

  async setLocale(userId: string, locale: Locale): Promise<void> {
    await this.prisma.user.update({ where: { id: userId }, data: { locale } });
  }

  membershipsOfUsers(userIds: readonly string[]): Promise<MembershipRow[]> {
    return this.prisma.membership.findMany({
      where: { userId: { in: [...userIds] } },
      orderBy: { createdAt: 'asc' },
    });
  }
}
