// Every kind of notification the platform sends. People may turn e-mail off per type (User.emailOptOut);
// the in-app notification is always written.
//
// `data` keys the messages use (notification-templates.ts); any of them may be missing, the text then stays
// general. A text key `k` may come with `kEn` (e.g. `listingTitle` + `listingTitleEn`): English readers get
// the English one when it is there.
//   inquiry.new            listingTitle, fromName, fromOrganisation, kind ('inquiry' | 'proposal')
//   inquiry.reply          listingTitle, fromName, excerpt
//   inquiry.ndaRequested   listingTitle, fromName
//   inquiry.statusChanged  listingTitle, status ('NDA_ACCEPTED' | 'AGREED' | 'DECLINED' | 'WITHDRAWN' | ...), note
//   deal.recorded          listingTitle, amountVnd, registrationRequired
//   deal.survey            listingTitle
//   listing.decision       title, decision ('APPROVE' | 'REQUEST_CHANGES' | 'REJECT' | 'UNPUBLISH'), reason
//                          (ModerationReason), comment, onRevision (an edit of a published listing)
//   organisation.decision  name (+ nameEn), decision, reason, comment, onRevision: as listing.decision, for an
//                          organisation profile
//   listing.expiring       title, validUntil (ISO date)
//   payment.received       amountVnd, purpose ('deposit' | 'featured' | ...), listingTitle, reservedUntil (ISO)
//   payment.refunded       amountVnd, purpose, listingTitle
//   reservation.decided    listingTitle, confirmed (boolean), decision ('CONFIRMED' | 'DECLINED' | 'EXPIRED' |
//                          'UNAVAILABLE'), note
//   backup.failed          startedAt (ISO), error
//   introduction.received  requestTitle, offerTitle, note: the department introduced your listing to another one
//   introduction.declined  requestTitle, offerTitle, note: the other side (or, for the department, one side) declined
//   bookmark.priceChanged  title, oldPriceType, oldPriceMin, oldPriceMax, newPriceType, newPriceMin, newPriceMax
//                          (PriceType and whole đồng as text)
//   bookmark.reserved      title, reservedUntil (ISO)
//   bookmark.ended         title, status (the listing's: 'EXPIRED' | 'UNPUBLISHED' | 'ARCHIVED' | ...)
//   alert.match            searchName, title (+ titleEn) of the item published, and what matched (alerts/alert-why.ts):
//                          words, kind, fieldName (+ fieldNameEn), trl, priceBand, commune, ipTypes, appraisalLevel,
//                          verified
//   alert.digest           frequency ('DAILY' | 'WEEKLY'), items, searches (counts): the e-mail digest of saved searches
//   match.found            listingTitle (yours), matchTitle (the new listing), matchKind ('offer' | 'request': what
//                          the new listing is), reasons (+ reasonsEn): why they fit, in words
//   meeting.*              eventTitle, exhibitor, fromName (the buyer), startsAt (ISO); declined: cancelled
//   exhibitor.decided      eventTitle, organisation, approved (boolean)
import type { Locale } from '../../i18n/messages.ts';
import type { EmailAttachment } from './mail-sender.ts';

export const NOTIFICATION_TYPES = [
  'inquiry.new', // a buyer opened an inquiry (or a seller a proposal) on your listing
  'inquiry.reply', // a new message in one of your inquiries
  'inquiry.ndaRequested', // the other side asks you to accept the NDA
  'inquiry.statusChanged', // NDA accepted by both, agreed, declined, withdrawn
  'deal.recorded',
  'deal.survey', // follow-up survey some months after a deal
  'listing.decision', // a moderator approved, asked for changes, rejected or unpublished your listing
  'organisation.decision', // the same for the organisation's profile (or an edit of the published one)
  'listing.expiring',
  'payment.received',
  'payment.refunded',
  'reservation.decided', // the seller confirmed or declined your equipment deposit
  'backup.failed', // to every admin: a backup run failed (startedAt, error)
  'introduction.received', // the department put your request and an offer (or your offer and a request) in touch
  'introduction.declined', // one side declined a brokered introduction
  'bookmark.priceChanged', // a listing you follow changed its price
  'bookmark.reserved', // an equipment offer you follow was reserved by someone's deposit
  'bookmark.ended', // a listing you follow left the exchange (expired, unpublished, archived)
  'alert.match', // something newly published matches one of your saved searches
  'alert.digest', // the daily or weekly e-mail of your saved searches' new matches
  'match.found', // a newly published listing may answer your request or fit your offer (server/modules/matching)
  'meeting.requested', // a buyer asks the exhibitor for a B2B meeting at an event
  'meeting.confirmed', // both sides: the meeting is on (the e-mail carries the .ics)
  'meeting.declined', // the exhibitor declined, or a side cancelled (cancelled: true)
  'exhibitor.decided', // the department approved or rejected an organisation's registration to exhibit
] as const;

export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** Types only admins receive: other people's e-mail preferences do not list them. */
export const ADMIN_NOTIFICATION_TYPES: readonly NotificationType[] = ['backup.failed'];

export function isNotificationType(value: string): value is NotificationType {
  return (NOTIFICATION_TYPES as readonly string[]).includes(value);
}

export interface NotificationInput {
  /** Recipients; duplicates and the acting user (`exceptUserId`) are dropped. */
  userIds: readonly string[];
  exceptUserId?: string | null;
  type: NotificationType;
  /** Values the message templates fill in (titles, names, amounts); plain JSON. */
  data: Record<string, string | number | boolean | null>;
  /** Path on the web app the notification opens, e.g. `/workspace/inquiries/<id>`. */
  link?: string;
  /** Files the e-mail carries, in the recipient's language (a meeting's calendar file). */
  attachments?: (locale: Locale) => EmailAttachment[];
}
