// SQL of the single-use links sent by e-mail (AccountToken, stored under the SHA-256 of the token) and of the
// account changes they carry out. Every change is one transaction with its audit event and the e-mails it sends.
import { Prisma, type AccountToken, type AccountTokenPurpose, type PrismaClient } from '../../generated/prisma/client.ts';
import type { Tx } from '../../lib/prisma.ts';
import type { EmailContent } from '../notification/notification-email.ts';
import type { UserRow } from './account.repository.ts';

export type AccountTokenRow = AccountToken & { user: UserRow };

export interface NewToken {
  id: string;
  userId: string;
  purpose: AccountTokenPurpose;
  email: string;
  expiresAt: Date;
}

export type OutgoingEmail = EmailContent & { to: string };

/** Another account took the address between the request and the link (the unique index said so). */
export class AddressTakenError extends Error {}

export class AccountLinksRepository {
  constructor(private readonly prisma: PrismaClient) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  findUserByEmail(email: string): Promise<UserRow | null> {
    return this.prisma.user.findUnique({ where: { email } });
  }

  findToken(id: string): Promise<AccountTokenRow | null> {
    return this.prisma.accountToken.findUnique({ where: { id }, include: { user: true } });
  }

  /** Another account already uses the address. */
  async addressTaken(email: string, exceptUserId: string): Promise<boolean> {
    return (await this.prisma.user.count({ where: { email, id: { not: exceptUserId } } })) > 0;
  }

  /** For each user, the newest address waiting for its link (a change of address not yet confirmed). */
  async pendingAddresses(users: readonly UserRow[], now: Date): Promise<(string | null)[]> {
    const rows = await this.prisma.accountToken.findMany({
      where: { userId: { in: users.map((u) => u.id) }, purpose: 'EMAIL_VERIFICATION', usedAt: null, expiresAt: { gt: now } },
      orderBy: { createdAt: 'desc' },
      select: { userId: true, email: true },
    });
    return users.map((u) => rows.find((r) => r.userId === u.id && r.email !== u.email)?.email ?? null);
  }

  async issue(tx: Tx, token: NewToken, emails: OutgoingEmail[]): Promise<void> {
    await tx.accountToken.create({ data: token });
    await queue(tx, emails);
  }

  /** Marks the token used if it still can be: false when it was used (by a parallel request too) or has expired. */
  async use(tx: Tx, id: string, purpose: AccountTokenPurpose, now: Date): Promise<boolean> {
    const { count } = await tx.accountToken.updateMany({ where: { id, purpose, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    return count === 1;
  }

  /** The new password; every session of the account ends, and every other reset link of it with them. */
  async resetPassword(tx: Tx, user: UserRow, change: { passwordHash: string; verifiedAddress: boolean; now: Date }, notice: OutgoingEmail): Promise<void> {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash: change.passwordHash, ...(change.verifiedAddress && !user.emailVerifiedAt ? { emailVerifiedAt: change.now } : {}) },
    });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await tx.accountToken.updateMany({ where: { userId: user.id, purpose: 'PASSWORD_RESET', usedAt: null }, data: { usedAt: change.now } });
    await audit(tx, user.id, 'account.passwordReset');
    await queue(tx, [notice]);
  }

  async markVerified(tx: Tx, user: UserRow, now: Date): Promise<void> {
    if (!user.emailVerifiedAt) await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: now } });
    await audit(tx, user.id, 'account.emailVerified', { email: user.email });
  }

  /** The account takes the new address, verified; links sent to any earlier address stop working. */
  async changeAddress(tx: Tx, user: UserRow, email: string, now: Date): Promise<void> {
    try {
      await tx.user.update({ where: { id: user.id }, data: { email, emailVerifiedAt: now } });
    } catch (err) {
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') throw new AddressTakenError();
      throw err;
    }
    await tx.accountToken.updateMany({ where: { userId: user.id, purpose: 'EMAIL_VERIFICATION', usedAt: null }, data: { usedAt: now } });
    await audit(tx, user.id, 'account.emailChanged', { from: user.email, to: email });
  }

  recordChangeRequest(tx: Tx, userId: string, to: string): Promise<void> {
    return audit(tx, userId, 'account.emailChangeRequested', { to });
  }
}

async function queue(tx: Tx, emails: OutgoingEmail[]): Promise<void> {
  if (emails.length) await tx.emailOutbox.createMany({ data: emails });
}

async function audit(tx: Tx, userId: string, action: string, data: Record<string, unknown> = {}): Promise<void> {
  await tx.auditEvent.create({ data: { actorId: userId, action, entityType: 'user', entityId: userId, data: data as object } });
}
