import type { Notification, PrismaClient } from '../../generated/prisma/client.ts';
import { keyset, keysetOrder, keysetWhere, type PageRequest } from '../../lib/pagination.ts';
import type { Tx } from '../../lib/prisma.ts';
import type { EmailContent } from './notification-email.ts';
import type { EmailAttachment } from './mail-sender.ts';
import type { NotificationInput } from './notification-types.ts';

export type NotificationRow = Notification;

export interface Recipient {
  id: string;
  email: string;
  displayName: string;
  locale: 'vi' | 'en';
  emailOptOut: string[];
}

/** The members of an organisation, e.g. to tell a listing's owners about a decision (in the caller's transaction). */
export async function organisationMemberIds(tx: Tx, organisationId: string): Promise<string[]> {
  const rows = await tx.membership.findMany({ where: { organisationId }, select: { userId: true } });
  return rows.map((r) => r.userId);
}

export function recipients(tx: Tx, userIds: readonly string[]): Promise<Recipient[]> {
  return tx.user.findMany({
    where: { id: { in: [...userIds] } },
    select: { id: true, email: true, displayName: true, locale: true, emailOptOut: true },
  });
}

export function createNotifications(tx: Tx, userIds: readonly string[], input: Pick<NotificationInput, 'type' | 'data'>, link: string | null) {
  return tx.notification.createManyAndReturn({
    data: userIds.map((userId) => ({ userId, type: input.type, data: input.data, link })),
    select: { id: true, userId: true },
  });
}

export async function queueEmails(
  tx: Tx,
  emails: (EmailContent & { to: string; notificationId: string | null; headers?: Record<string, string>; attachments?: EmailAttachment[] })[],
): Promise<void> {
  if (emails.length) await tx.emailOutbox.createMany({ data: emails });
}

/** Newest first. */
export const NOTIFICATION_ORDER = keyset('notifications', ['createdAt', 'date', 'desc'], ['id', 'id', 'desc']);

export class NotificationRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Newest first, after the cursor's row. */
  page(userId: string, page: PageRequest<typeof NOTIFICATION_ORDER.columns>, unreadOnly: boolean): Promise<NotificationRow[]> {
    return this.prisma.notification.findMany({
      where: { userId, ...(unreadOnly ? { readAt: null } : {}), ...keysetWhere(NOTIFICATION_ORDER, page.after) },
      orderBy: keysetOrder(NOTIFICATION_ORDER),
      take: page.take,
    });
  }

  unreadCount(userId: string): Promise<number> {
    return this.prisma.notification.count({ where: { userId, readAt: null } });
  }

  /** Marks the user's own notifications among `ids`; ids of other people's notifications change nothing. */
  async markRead(userId: string, ids: readonly string[]): Promise<number> {
    const { count } = await this.prisma.notification.updateMany({
      where: { userId, id: { in: [...ids] }, readAt: null },
      data: { readAt: new Date() },
    });
    return count;
  }

  async markReadForLink(userId: string, link: string): Promise<number> {
    const { count } = await this.prisma.notification.updateMany({ where: { userId, link, readAt: null }, data: { readAt: new Date() } });
    return count;
  }

  async markAllRead(userId: string): Promise<number> {
    const { count } = await this.prisma.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
    return count;
  }

  async emailOptOut(userId: string): Promise<string[]> {
    const user = await this.prisma.user.findUnique({ where: { id: userId }, select: { emailOptOut: true } });
    return user?.emailOptOut ?? [];
  }

  /** The person's choice and its audit record, together. */
  setEmailOptOut(userId: string, types: string[]): Promise<string[]> {
    return this.prisma.$transaction(async (tx) => {
      const user = await tx.user.update({ where: { id: userId }, data: { emailOptOut: types }, select: { emailOptOut: true } });
      await tx.auditEvent.create({
        data: { actorId: userId, action: 'account.emailPreferences', entityType: 'user', entityId: userId, data: { emailOff: types } },
      });
      return user.emailOptOut;
    });
  }
}
