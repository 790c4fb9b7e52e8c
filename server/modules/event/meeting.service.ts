// B2B meetings at an event: an exhibitor's members open time slots; a signed-in buyer from outside the exhibiting
// organisation asks for one (the request is the buyer's confirmation); the exhibitor confirms or declines, and
// either side may cancel. Once confirmed, both sides get an e-mail with the meeting's calendar file, which they can
// also download. A slot holds at most one confirmed meeting: moves on a slot take its row lock, and a partial unique
// index in the database refuses a second confirmation whatever happens.
import { DomainError } from '../../lib/domain-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { pageRequest, toConnection, type PageArgs } from '../../lib/pagination.ts';
import { fieldError, inputError, requireId, type InputError } from '../../lib/validation.ts';
import { message, type Locale } from '../../i18n/messages.ts';
import type { Tx } from '../../lib/prisma.ts';
import { isStaff, requireUser, requireVerifiedEmail } from '../access.ts';
import { notify } from '../notification/notify.ts';
import { organisationMemberIds } from '../notification/notification.repository.ts';
import { absoluteUrl } from '../notification/notification-email.ts';
import type { OrganisationService } from '../organisation/organisation.service.ts';
import { EventRepository, MEETING_ORDER, eventAudit, type ExhibitorRow, type MeetingRow } from './event.repository.ts';
import { EXHIBITOR_LINK, MY_MEETINGS_LINK, eventTitles, type EventService } from './event.service.ts';
import { MAX_SLOTS_PER_EXHIBITOR, validateMeetingMessage, validateSlots } from './event.validation.ts';
import { CALENDAR_CONTENT_TYPE, calendarFileName, meetingCalendar } from './meeting-calendar.ts';

export const calendarPath = (id: string) => `/meetings/${id}.ics`;

export type MeetingSide = 'REQUESTER' | 'EXHIBITOR';

function refusal(locale: Locale, code: string, field?: string): InputError {
  return field ? inputError(locale, [fieldError(locale, field, code)]) : { __typename: 'InputError', code, message: message(locale, code), fieldErrors: [] };
}

export class MeetingService {
  constructor(
    private readonly repo: EventRepository,
    private readonly events: EventService,
    private readonly organisations: OrganisationService,
  ) {}

  // ── slots ──────────────────────────────────────────────────────────────────────────────────────────────────

  /** Slots of `input.minutes` from its start to its end, inside the event, overlapping none of the exhibitor's. */
  async openSlots(ctx: RequestContext, exhibitorId: string, input: unknown, now = new Date()): Promise<ExhibitorRow | InputError> {
    const user = requireUser(ctx);
    const exhibitor = await this.events.forMember(ctx, exhibitorId);
    const v = validateSlots(ctx.locale, input);
    if (!v.ok) return v.error;
    const { event } = exhibitor;
    if (event.status !== 'PUBLISHED') return refusal(ctx.locale, 'INVALID_TRANSITION');
    if (v.data[0]!.startsAt < event.startsAt || v.data.at(-1)!.endsAt > event.endsAt) return refusal(ctx.locale, 'SLOT_OUTSIDE_EVENT', 'startsAt');
    if (v.data[0]!.startsAt <= now) return refusal(ctx.locale, 'SLOT_PAST', 'startsAt');
    return this.repo.transaction(async (tx) => {
      await this.repo.lockExhibitor(tx, exhibitor.id);
      if (await this.repo.overlaps(tx, exhibitor.id, v.data)) return refusal(ctx.locale, 'SLOT_OVERLAP', 'startsAt');
      if ((await this.repo.countSlots(tx, exhibitor.id)) + v.data.length > MAX_SLOTS_PER_EXHIBITOR) {
        return inputError(ctx.locale, [fieldError(ctx.locale, 'minutes', 'TOO_MANY', { max: MAX_SLOTS_PER_EXHIBITOR })]);
      }
      await this.repo.createSlots(tx, exhibitor.id, v.data);
      await eventAudit(tx, { actorId: user.id, action: 'event.openSlots', entityType: 'eventExhibitor', entityId: exhibitor.id, data: { slots: v.data.length } });
      return exhibitor;
    });
  }

  async removeSlot(ctx: RequestContext, slotId: string): Promise<ExhibitorRow | InputError> {
    const user = requireUser(ctx);
    const slot = await this.repo.findSlot(requireId(slotId));
    if (!slot) throw new DomainError('NOT_FOUND');
    const exhibitor = await this.events.forMember(ctx, slot.exhibitorId);
    return this.repo.transaction(async (tx) => {
      await this.repo.lockSlot(tx, slot.id);
      if (!(await this.repo.removeSlot(tx, slot.id))) return refusal(ctx.locale, 'SLOT_IN_USE', 'slotId');
      await eventAudit(tx, { actorId: user.id, action: 'event.removeSlot', entityType: 'eventExhibitor', entityId: exhibitor.id, data: { startsAt: slot.startsAt.toISOString() } });
      return exhibitor;
    });
  }

  /** Each exhibitor's slots, with whether it is free and whether the caller asked for it. */
  async slotsOf(ctx: RequestContext, exhibitors: readonly ExhibitorRow[], now = new Date()) {
    const slots = await this.repo.slotsOf(exhibitors.map((x) => x.id));
    const mine = ctx.user && slots.length ? await this.repo.requestedBy(ctx.user.id, slots.map((s) => s.id)) : new Set<string>();
    const rows = slots.map((s) => ({ ...s, free: !s.confirmed && s.startsAt > now, requestedByMe: mine.has(s.id) }));
    return exhibitors.map((x) => rows.filter((s) => s.exhibitorId === x.id));
  }

  // ── reading meetings ───────────────────────────────────────────────────────────────────────────────────────

  async mine(ctx: RequestContext, args: PageArgs) {
    const user = requireUser(ctx);
    const page = pageRequest(ctx.locale, MEETING_ORDER, args);
    return toConnection(MEETING_ORDER, await this.repo.meetingsPage({ requesterId: user.id }, page), page, (m) => [m.createdAt, m.id]);
  }

  async ofExhibitor(ctx: RequestContext, exhibitorId: string, args: PageArgs) {
    const exhibitor = isStaff(ctx) ? await this.repo.findExhibitor(requireId(exhibitorId)) : await this.events.forMember(ctx, exhibitorId);
    if (!exhibitor) throw new DomainError('NOT_FOUND');
    const page = pageRequest(ctx.locale, MEETING_ORDER, args);
    return toConnection(MEETING_ORDER, await this.repo.meetingsPage({ exhibitorId: exhibitor.id }, page), page, (m) => [m.createdAt, m.id]);
  }

  async sides(ctx: RequestContext, meetings: readonly MeetingRow[]): Promise<(MeetingSide | null)[]> {
    const user = ctx.user;
    if (!user) return meetings.map(() => null);
    const members = await this.organisations.memberOf(ctx, meetings.map((m) => m.exhibitor.organisationId));
    return meetings.map((m) => (m.requesterId === user.id ? 'REQUESTER' : members.has(m.exhibitor.organisationId) ? 'EXHIBITOR' : null));
  }

  async requesterNames(meetings: readonly MeetingRow[]): Promise<string[]> {
    const people = await this.repo.people([...new Set(meetings.map((m) => m.requesterId))]);
    return meetings.map((m) => people.find((p) => p.id === m.requesterId)?.displayName ?? '');
  }

  /** The calendar file of a confirmed meeting, for its two sides only; null for anyone else (as if there were none). */
  async calendar(ctx: RequestContext, id: string): Promise<string | null> {
    requireUser(ctx);
    const meeting = await this.repo.findMeeting(requireId(id));
    if (!meeting || meeting.status !== 'CONFIRMED') return null;
    const [side] = await this.sides(ctx, [meeting]);
    return side ? this.calendarText(this.repo, ctx.locale, meeting) : null;
  }

  // ── moves ──────────────────────────────────────────────────────────────────────────────────────────────────

  async request(ctx: RequestContext, slotId: string, text: unknown, now = new Date()): Promise<MeetingRow | InputError> {
    const user = requireUser(ctx);
    const unverified = requireVerifiedEmail(ctx);
    if (unverified) return unverified;
    const slot = await this.repo.findSlot(requireId(slotId));
    if (!slot || slot.exhibitor.event.status !== 'PUBLISHED') throw new DomainError('NOT_FOUND');
    if (slot.exhibitor.status !== 'APPROVED') return refusal(ctx.locale, 'EXHIBITOR_NOT_APPROVED');
    if ((await this.organisations.memberOf(ctx, [slot.exhibitor.organisationId])).size) return refusal(ctx.locale, 'OWN_EXHIBITOR');
    if (slot.startsAt <= now) return refusal(ctx.locale, 'SLOT_PAST', 'slotId');
    const v = validateMeetingMessage(ctx.locale, text);
    if (!v.ok) return v.error;
    // The buyer's organisation, when they belong to exactly one, is who they meet for.
    const memberships = await this.organisations.membershipsOf(user.id);
    const requesterOrganisationId = memberships.length === 1 ? memberships[0]!.organisationId : null;
    return this.repo.transaction(async (tx) => {
      await this.repo.lockSlot(tx, slot.id);
      if (await this.repo.slotConfirmed(tx, slot.id)) return refusal(ctx.locale, 'SLOT_TAKEN', 'slotId');
      if (await this.repo.liveRequest(tx, slot.id, user.id)) return refusal(ctx.locale, 'ALREADY_REQUESTED', 'slotId');
      const meeting = await this.repo.createMeeting(tx, { slotId: slot.id, exhibitorId: slot.exhibitorId, requesterId: user.id, requesterOrganisationId, message: v.data });
      await eventAudit(tx, { actorId: user.id, action: 'meeting.request', entityType: 'meeting', entityId: meeting.id, data: { slotId: slot.id } });
      await notify(tx, {
        userIds: await organisationMemberIds(tx, slot.exhibitor.organisationId),
        exceptUserId: user.id,
        type: 'meeting.requested',
        data: { ...eventTitles(slot.exhibitor.event), fromName: user.displayName, startsAt: slot.startsAt.toISOString() },
        link: EXHIBITOR_LINK,
      });
      return meeting;
    });
  }

  /** The exhibitor's confirmation: the meeting is on, the slot's other requests are declined, both sides get the .ics. */
  async confirm(ctx: RequestContext, id: string): Promise<MeetingRow | InputError> {
    const { user, meeting } = await this.forSide(ctx, id, 'EXHIBITOR');
    try {
      return await this.repo.transaction(async (tx) => {
        await this.repo.lockSlot(tx, meeting.slotId);
        if (await this.repo.slotConfirmed(tx, meeting.slotId)) return refusal(ctx.locale, 'SLOT_TAKEN');
        const confirmed = await this.repo.moveMeeting(tx, meeting.id, ['REQUESTED'], { status: 'CONFIRMED', exhibitorConfirmedAt: new Date(), exhibitorConfirmedById: user.id });
        if (!confirmed) return refusal(ctx.locale, 'INVALID_TRANSITION');
        await eventAudit(tx, { actorId: user.id, action: 'meeting.confirm', entityType: 'meeting', entityId: meeting.id });
        const data = await this.notificationData(tx, confirmed);
        // Both sides, the confirming member too: each needs the calendar file.
        const attachments = await this.attachments(tx, confirmed);
        await notify(tx, { userIds: [confirmed.requesterId], type: 'meeting.confirmed', data, link: MY_MEETINGS_LINK, attachments });
        await notify(tx, { userIds: await organisationMemberIds(tx, confirmed.exhibitor.organisationId), type: 'meeting.confirmed', data, link: EXHIBITOR_LINK, attachments });
        for (const other of await this.repo.declineOthers(tx, meeting.slotId, meeting.id, user.id)) {
          await notify(tx, { userIds: [other.requesterId], type: 'meeting.declined', data: await this.notificationData(tx, other), link: MY_MEETINGS_LINK });
        }
        return confirmed;
      });
    } catch (err) {
      if (EventRepository.isSlotTaken(err)) return refusal(ctx.locale, 'SLOT_TAKEN');
      throw err;
    }
  }

  async decline(ctx: RequestContext, id: string): Promise<MeetingRow | InputError> {
    const { user, meeting } = await this.forSide(ctx, id, 'EXHIBITOR');
    return this.close(ctx, user.id, meeting, ['REQUESTED'], 'DECLINED');
  }

  /** Either side calls the meeting off while it is requested (the buyer) or confirmed (either side). */
  async cancel(ctx: RequestContext, id: string): Promise<MeetingRow | InputError> {
    const { user, meeting, side } = await this.forSide(ctx, id, null);
    return this.close(ctx, user.id, meeting, side === 'REQUESTER' ? ['REQUESTED', 'CONFIRMED'] : ['CONFIRMED'], 'CANCELLED', side);
  }

  private async close(ctx: RequestContext, userId: string, meeting: MeetingRow, from: MeetingRow['status'][], to: 'DECLINED' | 'CANCELLED', side: MeetingSide = 'EXHIBITOR') {
    return this.repo.transaction(async (tx) => {
      const closed = await this.repo.moveMeeting(tx, meeting.id, from, { status: to, closedById: userId });
      if (!closed) return refusal(ctx.locale, 'INVALID_TRANSITION');
      await eventAudit(tx, { actorId: userId, action: `meeting.${to.toLowerCase()}`, entityType: 'meeting', entityId: meeting.id });
      const data = { ...(await this.notificationData(tx, closed)), cancelled: to === 'CANCELLED' };
      const others = side === 'REQUESTER' ? await organisationMemberIds(tx, closed.exhibitor.organisationId) : [closed.requesterId];
      await notify(tx, { userIds: others, exceptUserId: userId, type: 'meeting.declined', data, link: side === 'REQUESTER' ? EXHIBITOR_LINK : MY_MEETINGS_LINK });
      return closed;
    });
  }

  /** The meeting and the caller's side, which must be `side` when given; FORBIDDEN for anyone else. */
  private async forSide(ctx: RequestContext, id: string, side: MeetingSide | null) {
    const user = requireUser(ctx);
    const meeting = await this.repo.findMeeting(requireId(id));
    if (!meeting) throw new DomainError('NOT_FOUND');
    const [mine] = await this.sides(ctx, [meeting]);
    if (!mine || (side && mine !== side)) throw new DomainError('FORBIDDEN');
    return { user, meeting, side: mine };
  }

  private async notificationData(tx: Tx, m: MeetingRow) {
    const [org] = await this.repo.organisationNames([m.exhibitor.organisationId], tx);
    const [person] = await this.repo.people([m.requesterId], tx);
    return {
      ...eventTitles(m.exhibitor.event),
      exhibitor: org?.nameVi ?? null,
      exhibitorEn: org?.nameEn ?? null,
      fromName: person?.displayName ?? null,
      startsAt: m.slot.startsAt.toISOString(),
    };
  }

  private async attachments(tx: Tx, m: MeetingRow) {
    const files = {
      vi: await this.calendarText(this.repo, 'vi', m, tx),
      en: await this.calendarText(this.repo, 'en', m, tx),
    };
    return (locale: Locale) => [{ filename: calendarFileName(m.id), contentType: CALENDAR_CONTENT_TYPE, content: files[locale] }];
  }

  private async calendarText(repo: EventRepository, locale: Locale, m: MeetingRow, tx?: Tx): Promise<string> {
    const [org] = await repo.organisationNames([m.exhibitor.organisationId], tx);
    const [person] = await repo.people([m.requesterId], tx);
    const [requesterOrg] = m.requesterOrganisationId ? await repo.organisationNames([m.requesterOrganisationId], tx) : [];
    const pick = (vi: string | undefined, en: string | null | undefined) => (locale === 'en' && en ? en : (vi ?? ''));
    const { event } = m.exhibitor;
    return meetingCalendar(locale, {
      id: m.id,
      status: m.status,
      startsAt: m.slot.startsAt,
      endsAt: m.slot.endsAt,
      updatedAt: m.updatedAt,
      message: m.message,
      event,
      eventUrl: absoluteUrl(`${locale === 'en' ? '/en' : ''}/events/${event.slug}`),
      exhibitor: { name: pick(org?.nameVi, org?.nameEn), email: org?.email ?? null },
      requester: { name: person?.displayName ?? '', email: person?.email ?? '', organisation: requesterOrg ? pick(requesterOrg.nameVi, requesterOrg.nameEn) : null },
    });
  }
}
