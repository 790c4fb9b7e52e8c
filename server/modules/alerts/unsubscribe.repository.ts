import type { PrismaClient } from '../../generated/prisma/client.ts';

export class UnsubscribeRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async typeToken(token: string): Promise<{ type: string; emailOptOut: string[] } | null> {
    const row = await this.prisma.emailTypeUnsubscribe.findUnique({ where: { token }, select: { type: true, user: { select: { emailOptOut: true } } } });
    return row ? { type: row.type, emailOptOut: row.user.emailOptOut } : null;
  }

  async deleteSearchByToken(token: string): Promise<void> {
    await this.prisma.savedSearch.deleteMany({ where: { unsubscribeToken: token } });
  }

  /** Adds the type to the person's e-mail opt-outs, with its audit record, in one transaction. */
  async turnTypeOff(token: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const row = await tx.emailTypeUnsubscribe.findUnique({ where: { token } });
      if (!row) return;
      const user = await tx.$queryRaw<{ emailOptOut: string[] }[]>`SELECT "emailOptOut" FROM "User" WHERE id = ${row.userId}::uuid FOR UPDATE`;
      const current = user[0]?.emailOptOut ?? [];
      if (current.includes(row.type)) return;
      await tx.user.update({ where: { id: row.userId }, data: { emailOptOut: [...current, row.type] } });
      await tx.auditEvent.create({
        data: { actorId: row.userId, action: 'account.emailPreferences', entityType: 'user', entityId: row.userId, data: { emailOff: [...current, row.type], via: 'unsubscribeLink' } },
      });
    });
  }
}
