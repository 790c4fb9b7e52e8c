// Every kind of notification the platform sends. People may turn e-mail off per type (User.emailOptOut);
// the in-app notification is always written.
export const NOTIFICATION_TYPES = [
  'inquiry.new', // a buyer opened an inquiry (or a seller a proposal) on your listing
  'inquiry.reply', // a new message in one of your inquiries
  'inquiry.ndaRequested', // the other side asks you to accept the NDA
  'inquiry.statusChanged', // NDA accepted by both, agreed, declined, withdrawn
  'deal.recorded',
  'deal.survey', // follow-up survey some months after a deal
  'listing.decision', // a moderator approved, asked for changes, rejected or unpublished your listing
  'listing.expiring',
  'payment.received',
  'payment.refunded',
  'reservation.decided', // the seller confirmed or declined your equipment deposit
] as const;

export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export interface NotificationInput {
  /** Recipients; duplicates and the acting user (`exceptUserId`) are dropped. */
  userIds: readonly string[];
  exceptUserId?: string | null;
  type: NotificationType;
  /** Values the message templates fill in (titles, names, amounts); plain JSON. */
  data: Record<string, string | number | boolean | null>;
  /** Path on the web app the notification opens, e.g. `/workspace/inquiries/<id>`. */
  link?: string;
}
