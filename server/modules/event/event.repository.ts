import { Prisma, type Event, type EventExhibitor, type Meeting, type MeetingSlot, type PrismaClient } from '../../generated/prisma/client.ts';
import type { EventStatus, ExhibitorStatus, MeetingStatus } from '../../generated/prisma/enums.ts';
import type { Tx } from '../../lib/prisma.ts';
import { keyset, keysetOrder, keysetWhere, type KeyColumn, type Keyset, type PageRequest } from '../../lib/pagination.ts';
import type { EventInput } from './event.validation.ts';

export type EventRow = Event;
export type ExhibitorRow = EventExhibitor & { event: Event };
export type SlotRow = MeetingSlot & { exhibitor: ExhibitorRow };
/** A slot as pages show it: whether it can still be booked, and whether the caller asked for it. */
export type SlotView = MeetingSlot & { free: boolean; requestedByMe: boolean };
export type MeetingRow = Meeting & { slot: MeetingSlot; exhibitor: ExhibitorRow };

const WITH_EVENT = { event: true } as const;
const MEETING_INCLUDE = { slot: true, exhibitor: { include: WITH_EVENT } } as const;

/** Upcoming events soonest first; past and managed ones latest first. */
export const UPCOMING_ORDER = keyset('events-upcoming', ['startsAt', 'date', 'asc'], ['id', 'id', 'asc']);
export const PAST_ORDER = keyset('events-past', ['startsAt', 'date', 'desc'], ['id', 'id', 'desc']);
export const MANAGED_ORDER = keyset('events-managed', ['startsAt', 'date', 'desc'], ['id', 'id', 'desc']);
/** An event's exhibitors in the order they registered; a person's registrations and meetings newest first. */
export const EXHIBITOR_ORDER = keyset('exhibitors', ['createdAt', 'date', 'asc'], ['id', 'id', 'asc']);
export const MY_EXHIBITOR_ORDER = keyset('my-exhibitors', ['createdAt', 'date', 'desc'], ['id', 'id', 'desc']);
export const MEETING_ORDER = keyset('meetings', ['createdAt', 'date', 'desc'], ['id', 'id', 'desc']);


export interface EventFiguresRow {
  exhibitors: number;
  listingsShown: number;
  meetingsRequested: number;
  meetingsHeld: number;
  inquiriesAfter: number;
  dealsAfter: number;
}

export class EventRepository {
  constructor(private readonly prisma: PrismaClient) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  // ── events ─────────────────────────────────────────────────────────────────────────────────────────────────

  findEvent(where: { id: string } | { slug: string }): Promise<EventRow | null> {
    return this.prisma.event.findUnique({ where: where as Prisma.EventWhereUniqueInput });
  }

  slugTaken(slug: string): Promise<boolean> {
    return this.prisma.event.count({ where: { slug } }).then((n) => n > 0);
  }

  createEvent(tx: Tx, data: EventInput & { slug: string; createdById: string }): Promise<EventRow> {
    return tx.event.create({ data });
  }

  updateEvent(tx: Tx, id: string, data: Partial<EventInput> & { status?: EventStatus }): Promise<EventRow> {
    return tx.event.update({ where: { id }, data });
  }

  /** Moves an event from one of `from` to `to`; null when it was in none of them. */
  async moveEvent(tx: Tx, id: string, from: EventStatus[], to: EventStatus): Promise<EventRow | null> {
    const { count } = await tx.event.updateMany({ where: { id, status: { in: from } }, data: { status: to } });
    return count ? tx.event.findUnique({ where: { id } }) : null;
  }

  /** Published events that end in `endsAt`, in the order of `set`. */
  publishedPage<C extends readonly KeyColumn[]>(endsAt: Prisma.DateTimeFilter, set: Keyset<C>, page: PageRequest<C>): Promise<EventRow[]> {
    return this.prisma.event.findMany({
      where: { AND: [{ status: 'PUBLISHED', endsAt }, keysetWhere(set, page.after)] },
      orderBy: keysetOrder(set),
      take: page.take,
    });
  }

  managedPage(page: PageRequest<typeof MANAGED_ORDER.columns>): Promise<EventRow[]> {
    return this.prisma.event.findMany({ where: keysetWhere(MANAGED_ORDER, page.after), orderBy: keysetOrder(MANAGED_ORDER), take: page.take });
  }

  // ── exhibitors ─────────────────────────────────────────────────────────────────────────────────────────────

  findExhibitor(id: string, db: Tx = this.prisma): Promise<ExhibitorRow | null> {
    return db.eventExhibitor.findUnique({ where: { id }, include: WITH_EVENT });
  }

  /** Locks the exhibitor's row for the rest of the transaction: its slots change one writer at a time. */
  async lockExhibitor(tx: Tx, id: string): Promise<void> {
    await tx.$queryRaw`SELECT id FROM "EventExhibitor" WHERE id = ${id}::uuid FOR UPDATE`;
  }

  async registered(eventId: string, organisationId: string): Promise<boolean> {
    return (await this.prisma.eventExhibitor.count({ where: { eventId, organisationId } })) > 0;
  }

  createExhibitor(tx: Tx, data: { eventId: string; organisationId: string; registeredById: string; listingIds: string[] }): Promise<ExhibitorRow> {
    const { listingIds, ...rest } = data;
    return tx.eventExhibitor.create({ data: { ...rest, listings: { create: listingIds.map((listingId) => ({ listingId })) } }, include: WITH_EVENT });
  }

  decideExhibitor(tx: Tx, id: string, status: ExhibitorStatus, decidedById: string): Promise<ExhibitorRow> {
    return tx.eventExhibitor.update({ where: { id }, data: { status, decidedById, decidedAt: new Date() }, include: WITH_EVENT });
  }

  exhibitorsPage(eventId: string, statuses: ExhibitorStatus[], page: PageRequest<typeof EXHIBITOR_ORDER.columns>): Promise<ExhibitorRow[]> {
    return this.prisma.eventExhibitor.findMany({
      where: { AND: [{ eventId, status: { in: statuses } }, keysetWhere(EXHIBITOR_ORDER, page.after)] },
      orderBy: keysetOrder(EXHIBITOR_ORDER),
      take: page.take,
      include: WITH_EVENT,
    });
  }

  ofOrganisationsPage(organisationIds: string[], page: PageRequest<typeof MY_EXHIBITOR_ORDER.columns>): Promise<ExhibitorRow[]> {
    return this.prisma.eventExhibitor.findMany({
      where: { AND: [{ organisationId: { in: organisationIds } }, keysetWhere(MY_EXHIBITOR_ORDER, page.after)] },
      orderBy: keysetOrder(MY_EXHIBITOR_ORDER),
      take: page.take,
      include: WITH_EVENT,
    });
  }

  shownListings(exhibitorIds: readonly string[]) {
    return this.prisma.eventListing.findMany({ where: { exhibitorId: { in: [...exhibitorIds] } }, select: { exhibitorId: true, listingId: true } });
  }

  /** Published listings among `ids` that belong to the organisation. */
  async publishedListingsOf(organisationId: string, ids: readonly string[]): Promise<string[]> {
    const rows = await this.prisma.listing.findMany({ where: { id: { in: [...ids] }, organisationId, status: 'PUBLISHED' }, select: { id: true } });
    return rows.map((r) => r.id);
  }

  // ── slots ──────────────────────────────────────────────────────────────────────────────────────────────────

  /** Slots of the exhibitors, earliest first, each with whether a meeting in it is confirmed. */
  async slotsOf(exhibitorIds: readonly string[]): Promise<(MeetingSlot & { confirmed: boolean })[]> {
    const rows = await this.prisma.meetingSlot.findMany({
      where: { exhibitorId: { in: [...exhibitorIds] } },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      include: { meetings: { where: { status: 'CONFIRMED' }, select: { id: true } } },
    });
    return rows.map(({ meetings, ...slot }) => ({ ...slot, confirmed: meetings.length > 0 }));
  }

  /** The slots among `slotIds` the user asked for and was not turned down in. */
  async requestedBy(userId: string, slotIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.prisma.meeting.findMany({
      where: { requesterId: userId, slotId: { in: [...slotIds] }, status: { in: ['REQUESTED', 'CONFIRMED'] } },
      select: { slotId: true },
    });
    return new Set(rows.map((r) => r.slotId));
  }

  countSlots(tx: Tx, exhibitorId: string): Promise<number> {
    return tx.meetingSlot.count({ where: { exhibitorId } });
  }

  /** Whether any of the exhibitor's slots overlaps one of `slots` (touching ends do not overlap). */
  async overlaps(tx: Tx, exhibitorId: string, slots: readonly { startsAt: Date; endsAt: Date }[]): Promise<boolean> {
    const n = await tx.meetingSlot.count({
      where: { exhibitorId, OR: slots.map((s) => ({ startsAt: { lt: s.endsAt }, endsAt: { gt: s.startsAt } })) },
    });
    return n > 0;
  }

  createSlots(tx: Tx, exhibitorId: string, slots: readonly { startsAt: Date; endsAt: Date }[]) {
    return tx.meetingSlot.createMany({ data: slots.map((s) => ({ exhibitorId, ...s })) });
  }

  findSlot(id: string, db: Tx = this.prisma): Promise<SlotRow | null> {
    return db.meetingSlot.findUnique({ where: { id }, include: { exhibitor: { include: WITH_EVENT } } });
  }

  /** Removes a slot that holds no live meeting request; false when it holds one. */
  async removeSlot(tx: Tx, id: string): Promise<boolean> {
    const live = await tx.meeting.count({ where: { slotId: id, status: { in: ['REQUESTED', 'CONFIRMED'] } } });
    if (live) return false;
    await tx.meetingSlot.delete({ where: { id } });
    return true;
  }

  // ── meetings ───────────────────────────────────────────────────────────────────────────────────────────────

  findMeeting(id: string, db: Tx = this.prisma): Promise<MeetingRow | null> {
    return db.meeting.findUnique({ where: { id }, include: MEETING_INCLUDE });
  }

  /** Locks the slot's row: moves on one slot's meetings happen one at a time. */
  async lockSlot(tx: Tx, id: string): Promise<void> {
    await tx.$queryRaw`SELECT id FROM "MeetingSlot" WHERE id = ${id}::uuid FOR UPDATE`;
  }

  async slotConfirmed(tx: Tx, slotId: string): Promise<boolean> {
    return (await tx.meeting.count({ where: { slotId, status: 'CONFIRMED' } })) > 0;
  }

  async liveRequest(tx: Tx, slotId: string, requesterId: string): Promise<boolean> {
    return (await tx.meeting.count({ where: { slotId, requesterId, status: { in: ['REQUESTED', 'CONFIRMED'] } } })) > 0;
  }

  createMeeting(tx: Tx, data: { slotId: string; exhibitorId: string; requesterId: string; requesterOrganisationId: string | null; message: string }): Promise<MeetingRow> {
    return tx.meeting.create({ data, include: MEETING_INCLUDE });
  }

  /** Moves a meeting from one of `from`; null when it had moved already. */
  async moveMeeting(tx: Tx, id: string, from: MeetingStatus[], data: Prisma.MeetingUncheckedUpdateManyInput): Promise<MeetingRow | null> {
    const { count } = await tx.meeting.updateMany({ where: { id, status: { in: from } }, data });
    return count ? tx.meeting.findUnique({ where: { id }, include: MEETING_INCLUDE }) : null;
  }

  /** The other open requests of a slot whose meeting was just confirmed, declined in the same transaction. */
  async declineOthers(tx: Tx, slotId: string, exceptId: string, byId: string): Promise<MeetingRow[]> {
    const others = await tx.meeting.findMany({ where: { slotId, status: 'REQUESTED', id: { not: exceptId } }, include: MEETING_INCLUDE });
    if (others.length) await tx.meeting.updateMany({ where: { id: { in: others.map((m) => m.id) } }, data: { status: 'DECLINED', closedById: byId } });
    return others;
  }

  /** Every live meeting of a cancelled event, called off in the same transaction. */
  async cancelMeetingsOf(tx: Tx, eventId: string, byId: string): Promise<MeetingRow[]> {
    const live = await tx.meeting.findMany({ where: { exhibitor: { eventId }, status: { in: ['REQUESTED', 'CONFIRMED'] } }, include: MEETING_INCLUDE });
    if (live.length) await tx.meeting.updateMany({ where: { id: { in: live.map((m) => m.id) } }, data: { status: 'CANCELLED', closedById: byId } });
    return live;
  }

  meetingsPage(where: Prisma.MeetingWhereInput, page: PageRequest<typeof MEETING_ORDER.columns>): Promise<MeetingRow[]> {
    return this.prisma.meeting.findMany({
      where: { AND: [where, keysetWhere(MEETING_ORDER, page.after)] },
      orderBy: keysetOrder(MEETING_ORDER),
      take: page.take,
      include: MEETING_INCLUDE,
    });
  }

  // ── people and figures ─────────────────────────────────────────────────────────────────────────────────────

  people(ids: readonly string[], db: Tx = this.prisma) {
    return ids.length ? db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, displayName: true, email: true } }) : Promise.resolve([]);
  }

  organisationNames(ids: readonly string[], db: Tx = this.prisma) {
    return ids.length ? db.organisation.findMany({ where: { id: { in: [...ids] } }, select: { id: true, nameVi: true, nameEn: true, email: true } }) : Promise.resolve([]);
  }

  /**
   * An event's figures. A held meeting is a confirmed one whose time is over; what followed it is an inquiry or a
   * deal between its two sides (the buyer or the buyer's organisation, and the exhibiting organisation, either way
   * round) begun after the meeting ended.
   */
  async figures(eventId: string, now: Date): Promise<EventFiguresRow> {
    const [row] = await this.prisma.$queryRaw<Record<keyof EventFiguresRow, number>[]>`
      WITH ex AS (SELECT id, "organisationId" FROM "EventExhibitor" WHERE "eventId" = ${eventId}::uuid AND status = 'APPROVED'),
      held AS (
        SELECT m."requesterId", m."requesterOrganisationId", ex."organisationId" AS "exhibitorOrgId", s."endsAt"
        FROM "Meeting" m JOIN "MeetingSlot" s ON s.id = m."slotId" JOIN ex ON ex.id = m."exhibitorId"
        WHERE m.status = 'CONFIRMED' AND s."endsAt" <= ${now}
      )
      SELECT
        (SELECT count(*) FROM ex)::int AS "exhibitors",
        (SELECT count(*) FROM "EventListing" l JOIN ex ON ex.id = l."exhibitorId")::int AS "listingsShown",
        (SELECT count(*) FROM "Meeting" m JOIN ex ON ex.id = m."exhibitorId")::int AS "meetingsRequested",
        (SELECT count(*) FROM held)::int AS "meetingsHeld",
        (SELECT count(DISTINCT i.id) FROM "Inquiry" i JOIN held h ON i."createdAt" >= h."endsAt" AND (
            (i."requesterId" = h."requesterId" AND i."ownerOrganisationId" = h."exhibitorOrgId")
         OR (i."requesterOrganisationId" = h."exhibitorOrgId" AND i."ownerOrganisationId" = h."requesterOrganisationId")))::int AS "inquiriesAfter",
        (SELECT count(DISTINCT d.id) FROM "Deal" d JOIN held h ON d."createdAt" >= h."endsAt" AND d.status = 'RECORDED' AND (
            (d."buyerUserId" = h."requesterId" AND d."sellerOrganisationId" = h."exhibitorOrgId")
         OR (d."sellerOrganisationId" = h."requesterOrganisationId" AND d."buyerOrganisationId" = h."exhibitorOrgId")))::int AS "dealsAfter"`;
    return row!;
  }

  /** Whether a unique violation is the one-confirmed-meeting-per-slot index (a lost race to confirm). */
  static isSlotTaken(err: unknown): boolean {
    return err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002' || String((err as Error)?.message ?? '').includes('Meeting_one_confirmed_per_slot');
  }
}

/** The audit record of a move on an event, an exhibitor or a meeting, in the caller's transaction. */
export async function eventAudit(
  tx: Tx,
  a: { actorId: string; action: string; entityType: 'event' | 'eventExhibitor' | 'meeting'; entityId: string; data?: Record<string, unknown> },
): Promise<void> {
  await tx.auditEvent.create({ data: { actorId: a.actorId, action: a.action, entityType: a.entityType, entityId: a.entityId, data: (a.data ?? {}) as object } });
}
