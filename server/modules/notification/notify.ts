import type { Tx } from '../../lib/prisma.ts';
import { renderEmail, safePath } from './notification-email.ts';
import type { NotificationInput } from './notification-types.ts';
import { createNotifications, queueEmails, recipients } from './notification.repository.ts';
import { listUnsubscribeHeaders, typeUnsubscribeTokens, unsubscribeUrl } from './unsubscribe.ts';

/**
 * Writes the in-app notifications and the e-mails for a change, in the caller's transaction, so a notification
 * exists exactly when the change it tells about does. E-mails wait in the outbox (the mail worker sends them),
 * written in each recipient's language unless they turned this type off.
 */
export async function notify(tx: Tx, input: NotificationInput): Promise<void> {
  const userIds = [...new Set(input.userIds)].filter((id) => id !== input.exceptUserId);
  if (userIds.length === 0) return;
  const link = safePath(input.link);
  // One after the other: a transaction is one connection.
  const created = await createNotifications(tx, userIds, input, link);
  const people = (await recipients(tx, userIds)).filter((p) => !p.emailOptOut.includes(input.type) && created.some((n) => n.userId === p.id));
  // Every e-mail carries a one-click link that turns this type off by e-mail for its recipient.
  const tokens = await typeUnsubscribeTokens(tx, people.map((p) => p.id), input.type);
  const emails = people.map((p) => {
    const unsubscribe = unsubscribeUrl(tokens.get(p.id)!, p.locale);
    return {
      to: p.email,
      notificationId: created.find((n) => n.userId === p.id)!.id,
      headers: listUnsubscribeHeaders(unsubscribe),
      ...renderEmail(p.locale, input.type, input.data, link, p.displayName, unsubscribe),
      ...(input.attachments ? { attachments: input.attachments(p.locale) } : {}),
    };
  });
  await queueEmails(tx, emails);
}
