import type { Tx } from '../../lib/prisma.ts';
import type { NotificationInput } from './notification-types.ts';

/**
 * Writes the in-app notifications (and, later, the e-mails) for a change, in the caller's transaction, so a
 * notification exists exactly when the change it tells about does.
 */
export async function notify(tx: Tx, input: NotificationInput): Promise<void> {
  const userIds = [...new Set(input.userIds)].filter((id) => id !== input.exceptUserId);
  if (userIds.length === 0) return;
  await tx.notification.createMany({
    data: userIds.map((userId) => ({ userId, type: input.type, data: input.data, link: input.link ?? null })),
  });
}
