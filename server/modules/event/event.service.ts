// Events of the department (techmarts, exhibitions): staff create, edit, publish or cancel them; organisations
// register to exhibit chosen published listings and the department approves; afterwards the department reads what
// came of it (figures). Meetings between buyers and exhibitors are meeting.service.ts's.
import { DomainError } from '../../lib/domain-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { emptyConnection, nestedPages, pageRequest, toConnection, type NestedQuery, type PageArgs } from '../../lib/pagination.ts';
import { fieldError, inputError, isSlug, isUuid, requireId, type InputError } from '../../lib/validation.ts';
import { message } from '../../i18n/messages.ts';
import { slugify } from '../../lib/slug.ts';
import { isStaff, requireStaff, requireUser, requireVerifiedEmail } from '../access.ts';
import { notify } from '../notification/notify.ts';
import { organisationMemberIds } from '../notification/notification.repository.ts';
import type { OrganisationService } from '../organisation/organisation.service.ts';
import type { ListingService } from '../listing/listing.service.ts';
import {
  EXHIBITOR_ORDER, MANAGED_ORDER, MY_EXHIBITOR_ORDER, PAST_ORDER, UPCOMING_ORDER,
  eventAudit, type EventRepository, type EventRow, type ExhibitorRow,
} from './event.repository.ts';
import { validateEvent, validateListingIds } from './event.validation.ts';

export const EXHIBITOR_LINK = '/workspace/events';
export const MY_MEETINGS_LINK = '/meetings';

/** Text of an event for notifications: both languages, so each reader gets theirs. */
export const eventTitles = (e: EventRow) => ({ eventTitle: e.titleVi, eventTitleEn: e.titleEn });

function refusal(ctx: RequestContext, code: string, field?: string): InputError {
  return field
    ? inputError(ctx.locale, [fieldError(ctx.locale, field, code)])
    : { __typename: 'InputError', code, message: message(ctx.locale, code), fieldErrors: [] };
}

export class EventService {
  constructor(
    private readonly repo: EventRepository,
    private readonly organisations: OrganisationService,
    private readonly listings: ListingService,
  ) {}

  // ── reading ────────────────────────────────────────────────────────────────────────────────────────────────

  /** Published events are public; drafts and cancelled ones only to the department. */
  async bySlug(ctx: RequestContext, slug: string): Promise<EventRow | null> {
    const event = isSlug(slug) ? await this.repo.findEvent({ slug }) : null;
    return event && (event.status === 'PUBLISHED' || isStaff(ctx)) ? event : null;
  }

  async published(ctx: RequestContext, when: 'UPCOMING' | 'PAST', args: PageArgs, now = new Date()) {
    if (when === 'UPCOMING') {
      const page = pageRequest(ctx.locale, UPCOMING_ORDER, args);
      return toConnection(UPCOMING_ORDER, await this.repo.publishedPage({ gte: now }, UPCOMING_ORDER, page), page, (e) => [e.startsAt, e.id]);
    }
    const page = pageRequest(ctx.locale, PAST_ORDER, args);
    return toConnection(PAST_ORDER, await this.repo.publishedPage({ lt: now }, PAST_ORDER, page), page, (e) => [e.startsAt, e.id]);
  }

  async managed(ctx: RequestContext, args: PageArgs) {
    requireStaff(ctx);
    const page = pageRequest(ctx.locale, MANAGED_ORDER, args);
    return toConnection(MANAGED_ORDER, await this.repo.managedPage(page), page, (e) => [e.startsAt, e.id]);
  }

  registrationOpen(event: EventRow, now = new Date()): boolean {
    return event.status === 'PUBLISHED' && now <= event.registrationDeadline;
  }

  /** Approved exhibitors for everyone; every registration for the department. */
  async exhibitorsOf(ctx: RequestContext, queries: readonly NestedQuery<EventRow>[]) {
    const statuses: ExhibitorRow['status'][] = isStaff(ctx) ? ['PENDING', 'APPROVED', 'REJECTED'] : ['APPROVED'];
    return nestedPages(
      ctx.locale,
      EXHIBITOR_ORDER,
      queries,
      (events, page) => Promise.all(events.map((e) => this.repo.exhibitorsPage(e.id, statuses, page))),
      (x) => [x.createdAt, x.id],
    );
  }

  async myExhibitors(ctx: RequestContext, args: PageArgs) {
    const user = requireUser(ctx);
    const page = pageRequest(ctx.locale, MY_EXHIBITOR_ORDER, args);
    const orgIds = (await this.organisations.membershipsOf(user.id)).map((m) => m.organisationId);
    if (!orgIds.length) return emptyConnection<ExhibitorRow>();
    return toConnection(MY_EXHIBITOR_ORDER, await this.repo.ofOrganisationsPage(orgIds, page), page, (x) => [x.createdAt, x.id]);
  }

  /** The exhibitor when the caller is a member of its organisation (or staff); FORBIDDEN otherwise. */
  async forMember(ctx: RequestContext, exhibitorId: string, db?: Parameters<EventRepository['findExhibitor']>[1]): Promise<ExhibitorRow> {
    requireUser(ctx);
    const exhibitor = await this.repo.findExhibitor(requireId(exhibitorId), db);
    if (!exhibitor) throw new DomainError('NOT_FOUND');
    if (!(await this.organisations.memberOf(ctx, [exhibitor.organisationId])).has(exhibitor.organisationId)) throw new DomainError('FORBIDDEN');
    return exhibitor;
  }

  async mine(ctx: RequestContext, exhibitors: readonly ExhibitorRow[]): Promise<boolean[]> {
    const members = await this.organisations.memberOf(ctx, exhibitors.map((x) => x.organisationId));
    return exhibitors.map((x) => members.has(x.organisationId));
  }

  /** The shown listings each exhibitor has that the caller may see (published ones, or all for members and staff). */
  async listingsOf(ctx: RequestContext, exhibitors: readonly ExhibitorRow[]) {
    const shown = await this.repo.shownListings(exhibitors.map((x) => x.id));
    const visible = await this.listings.visibleByIds(ctx, shown.map((s) => s.listingId));
    return exhibitors.map((x) => shown.flatMap((s, i) => (s.exhibitorId === x.id && visible[i] ? [visible[i]] : [])));
  }

  async figures(ctx: RequestContext, eventId: string, now = new Date()) {
    requireStaff(ctx);
    const event = await this.repo.findEvent({ id: requireId(eventId) });
    if (!event) throw new DomainError('NOT_FOUND');
    return this.repo.figures(event.id, now);
  }

  // ── the department's moves ─────────────────────────────────────────────────────────────────────────────────

  async create(ctx: RequestContext, input: unknown): Promise<EventRow | InputError> {
    const user = requireStaff(ctx);
    const v = validateEvent(ctx.locale, input);
    if (!v.ok) return v.error;
    const slug = await this.uniqueSlug(v.data.titleVi);
    return this.repo.transaction(async (tx) => {
      const event = await this.repo.createEvent(tx, { ...v.data, slug, createdById: user.id });
      await eventAudit(tx, { actorId: user.id, action: 'event.create', entityType: 'event', entityId: event.id, data: { slug } });
      return event;
    });
  }

  async update(ctx: RequestContext, id: string, input: unknown): Promise<EventRow | InputError> {
    const user = requireStaff(ctx);
    const event = await this.repo.findEvent({ id: requireId(id) });
    if (!event) throw new DomainError('NOT_FOUND');
    const v = validateEvent(ctx.locale, input);
    if (!v.ok) return v.error;
    return this.repo.transaction(async (tx) => {
      const updated = await this.repo.updateEvent(tx, event.id, v.data);
      await eventAudit(tx, { actorId: user.id, action: 'event.update', entityType: 'event', entityId: event.id });
      return updated;
    });
  }

  publish(ctx: RequestContext, id: string) {
    return this.move(ctx, id, ['DRAFT'], 'PUBLISHED');
  }

  cancel(ctx: RequestContext, id: string) {
    return this.move(ctx, id, ['DRAFT', 'PUBLISHED'], 'CANCELLED');
  }

  private async move(ctx: RequestContext, id: string, from: EventRow['status'][], to: EventRow['status']): Promise<EventRow | InputError> {
    const user = requireStaff(ctx);
    requireId(id);
    const moved = await this.repo.transaction(async (tx) => {
      const event = await this.repo.moveEvent(tx, id, from, to);
      if (!event) return null;
      await eventAudit(tx, { actorId: user.id, action: `event.${to.toLowerCase()}`, entityType: 'event', entityId: id });
      // A cancelled event holds no meetings: both sides of each are told.
      if (to === 'CANCELLED') {
        for (const m of await this.repo.cancelMeetingsOf(tx, id, user.id)) {
          const data = { ...eventTitles(event), startsAt: m.slot.startsAt.toISOString(), cancelled: true };
          await notify(tx, { userIds: [m.requesterId], type: 'meeting.declined', data, link: MY_MEETINGS_LINK });
          await notify(tx, { userIds: await organisationMemberIds(tx, m.exhibitor.organisationId), type: 'meeting.declined', data, link: EXHIBITOR_LINK });
        }
      }
      return event;
    });
    if (moved) return moved;
    if (!(await this.repo.findEvent({ id }))) throw new DomainError('NOT_FOUND');
    return refusal(ctx, 'INVALID_TRANSITION');
  }

  private async uniqueSlug(title: string): Promise<string> {
    const base = slugify(title) || 'su-kien';
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if (!(await this.repo.slugTaken(slug))) return slug;
    }
  }

  // ── exhibitors ─────────────────────────────────────────────────────────────────────────────────────────────

  /** A member registers their organisation with some of its published listings; the department decides. */
  async register(ctx: RequestContext, eventId: string, organisationId: string, listingIds: unknown, now = new Date()): Promise<ExhibitorRow | InputError> {
    const user = requireUser(ctx);
    const unverified = requireVerifiedEmail(ctx);
    if (unverified) return unverified;
    const event = await this.repo.findEvent({ id: requireId(eventId) });
    if (!event || event.status !== 'PUBLISHED') throw new DomainError('NOT_FOUND');
    if (!isUuid(organisationId) || !(await this.organisations.memberOf(ctx, [organisationId])).has(organisationId)) throw new DomainError('FORBIDDEN');
    if (!this.registrationOpen(event, now)) return refusal(ctx, 'REGISTRATION_CLOSED');
    const ids = validateListingIds(ctx.locale, listingIds);
    if (!ids.ok) return ids.error;
    const showable = await this.repo.publishedListingsOf(organisationId, ids.data);
    if (showable.length !== ids.data.length) return refusal(ctx, 'LISTING_NOT_SHOWABLE', 'listingIds');
    if (await this.repo.registered(event.id, organisationId)) return refusal(ctx, 'ALREADY_REGISTERED', 'organisationId');
    try {
      return await this.repo.transaction(async (tx) => {
        const exhibitor = await this.repo.createExhibitor(tx, { eventId: event.id, organisationId, registeredById: user.id, listingIds: ids.data });
        await eventAudit(tx, { actorId: user.id, action: 'event.register', entityType: 'eventExhibitor', entityId: exhibitor.id, data: { eventId: event.id, organisationId, listingIds: ids.data } });
        return exhibitor;
      });
    } catch (err) {
      // Two members registering at once: the (event, organisation) key lets one in.
      if ((err as { code?: string }).code === 'P2002') return refusal(ctx, 'ALREADY_REGISTERED', 'organisationId');
      throw err;
    }
  }

  async decide(ctx: RequestContext, exhibitorId: string, approve: boolean): Promise<ExhibitorRow | InputError> {
    const user = requireStaff(ctx);
    const exhibitor = await this.repo.findExhibitor(requireId(exhibitorId));
    if (!exhibitor) throw new DomainError('NOT_FOUND');
    const status = approve ? 'APPROVED' : 'REJECTED';
    if (exhibitor.status === status) return refusal(ctx, 'INVALID_TRANSITION');
    return this.repo.transaction(async (tx) => {
      const decided = await this.repo.decideExhibitor(tx, exhibitor.id, status, user.id);
      await eventAudit(tx, { actorId: user.id, action: 'event.decideExhibitor', entityType: 'eventExhibitor', entityId: exhibitor.id, data: { status } });
      const [org] = await this.repo.organisationNames([exhibitor.organisationId], tx);
      await notify(tx, {
        userIds: await organisationMemberIds(tx, exhibitor.organisationId),
        type: 'exhibitor.decided',
        data: { ...eventTitles(exhibitor.event), organisation: org?.nameVi ?? null, organisationEn: org?.nameEn ?? null, approved: approve },
        link: EXHIBITOR_LINK,
      });
      return decided;
    });
  }
}
