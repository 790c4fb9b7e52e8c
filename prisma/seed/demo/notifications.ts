// The notifications the demo's history would have sent, so the demo accounts' bells are not empty: the department's
// decisions on the organisations' profiles and listings (to their members), and each step of the demo inquiries (to
// the other side), with the data and links the services write (listing.service tellDecision, inquiry.service tell,
// deal.service). They hold data, not text: each reader sees them in their own language (the buyer's is English).
// Those older than a week count as read; the newer ones wait in the bell. They are rows, not notify() calls: notify()
// stamps the moment of seeding and queues an e-mail per notification, and the demo's history must send no mail.
import type { Prisma } from '../../../server/generated/prisma/client.ts';
import type { DemoAccountKey } from './accounts.ts';
import { DEMO_INQUIRIES } from './inquiries.ts';
import type { DemoRows } from './rows.ts';

const HOUR_MS = 3_600_000;
const READ_AFTER_MS = 7 * 24 * HOUR_MS;

type Data = Record<string, string | number | boolean | null>;
type Side = 'REQUESTER' | 'OWNER';

export function buildDemoNotifications(
  now: Date,
  rows: Omit<DemoRows, 'notifications'>,
  userIds: Record<DemoAccountKey, string>,
): Prisma.NotificationCreateManyInput[] {
  const out: Prisma.NotificationCreateManyInput[] = [];
  const membersOf = (organisationId: string | null | undefined) =>
    rows.memberships.filter((m) => m.organisationId === organisationId).map((m) => m.userId);
  const send = (to: readonly string[], except: string | null, type: string, data: Data, link: string, at: Date) => {
    for (const userId of new Set(to)) {
      if (userId === except) continue;
      const read = now.getTime() - at.getTime() > READ_AFTER_MS;
      out.push({ userId, type, data, link, createdAt: at, readAt: read ? new Date(at.getTime() + HOUR_MS) : null });
    }
  };

  for (const d of rows.decisions) {
    const review = { decision: d.action, reason: d.reason ?? null, comment: d.comment ?? null, onRevision: false };
    const at = new Date(d.createdAt!);
    if (d.entityType === 'listing') {
      const listing = rows.listings.find((l) => l.id === d.entityId)!;
      const data = { title: listing.titleVi, titleEn: listing.titleEn ?? null, ...review };
      send(membersOf(listing.organisationId), d.moderatorId, 'listing.decision', data, `/workspace/listings/${listing.id}`, at);
    } else {
      const org = rows.organisations.find((o) => o.id === d.entityId)!;
      const data = { name: org.nameVi, nameEn: org.nameEn ?? null, ...review };
      send(membersOf(org.id), d.moderatorId, 'organisation.decision', data, `/workspace/organisations/${org.id}`, at);
    }
  }

  const inquiryRows = rows.inquiries;
  if (!inquiryRows) return out;
  DEMO_INQUIRIES.forEach((demo, index) => {
    const inquiry = inquiryRows.inquiries[index]!;
    const listing = rows.listings.find((l) => l.id === inquiry.listingId)!;
    const openedAt = new Date(inquiry.createdAt!);
    const at = (hours: number) => new Date(openedAt.getTime() + hours * HOUR_MS);
    const people: Record<Side, string[]> = {
      REQUESTER: [inquiry.requesterId, ...membersOf(inquiry.requesterOrganisationId)],
      OWNER: membersOf(inquiry.ownerOrganisationId),
    };
    const other = (side: Side): Side => (side === 'OWNER' ? 'REQUESTER' : 'OWNER');
    const link = `/inquiries/${inquiry.id}`;
    const about = (by: DemoAccountKey, side: Side): Data => ({
      inquiryId: inquiry.id!,
      listingId: listing.id!,
      listingTitle: listing.titleVi,
      listingTitleEn: listing.titleEn ?? null,
      // The owner side of an anonymous request stays unnamed until the deal (inquiry.service notificationData).
      fromName: side === 'OWNER' && listing.hideOrganisation && demo.status !== 'AGREED' ? null : nameOf(rows, userIds[by]),
      kind: 'inquiry',
    });
    const tell = (by: DemoAccountKey, side: Side, type: string, extra: Data, when: Date, to: Side = other(side)) =>
      send(people[to], userIds[by], type, { ...about(by, side), ...extra }, link, when);

    tell(demo.requester, 'REQUESTER', 'inquiry.new', { fromOrganisation: demo.requesterOrganisationName }, openedAt);
    for (const m of demo.messages) tell(m.by, m.side, 'inquiry.reply', { excerpt: excerpt(m.body) }, at(m.hoursAfterOpen));
    if (demo.nda) {
      // Whoever asked for the NDA accepted it at the same time: the first acceptance is theirs.
      const [first, second] = demo.nda.acceptedBy;
      if (first) tell(first.by, first.side, 'inquiry.ndaRequested', { ndaVersion: inquiry.ndaVersion ?? null }, at(demo.nda.requestedHoursAfterOpen));
      if (second) {
        for (const to of ['REQUESTER', 'OWNER'] as const) {
          tell(second.by, second.side, 'inquiry.statusChanged', { status: 'NDA_ACCEPTED' }, at(second.hoursAfterOpen), to);
        }
      }
    }
    const deal = inquiryRows.deals.find((d) => d.inquiryId === inquiry.id);
    if (deal && demo.deal) {
      const recorder = demo.deal.recordedBy;
      const side: Side = people.OWNER.includes(userIds[recorder]) ? 'OWNER' : 'REQUESTER';
      const data = { dealId: deal.id!, status: 'AGREED', amountVnd: Number(deal.valueVnd), registrationRequired: deal.registrationRequired ?? false };
      for (const to of ['REQUESTER', 'OWNER'] as const) {
        send(people[to], userIds[recorder], 'deal.recorded', { ...about(recorder, side), ...data }, `/deals/${deal.id}`, new Date(deal.createdAt!));
      }
    }
  });
  return out;
}

function nameOf(rows: Omit<DemoRows, 'notifications'>, userId: string): string {
  return rows.users.find((u) => u.id === userId)!.displayName;
}

/** As inquiry.service's excerpt. */
function excerpt(body: string): string {
  return body.length > 160 ? `${body.slice(0, 157)}…` : body;
}
