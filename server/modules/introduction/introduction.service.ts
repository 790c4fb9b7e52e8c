// Brokered introductions: the department puts a published technology request and a published offer of another
// organisation in touch with a note; both organisations' members are told. The first answer from either side opens
// an inquiry thread between them (the inquiry module's own rules and notifications) with the answer as its first
// message; a later answer joins that thread; a side may instead decline politely while nobody has answered.
import type { IntroductionSide, IntroductionStatus, ListingKind } from '../../generated/prisma/enums.ts';
import { message } from '../../i18n/messages.ts';
import { DomainError } from '../../lib/domain-error.ts';
import { emptyConnection, pageRequest, toConnection, type PageArgs } from '../../lib/pagination.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import type { Tx } from '../../lib/prisma.ts';
import { fieldError, inputError, isUuid, requireStorable, type FieldError, type InputError } from '../../lib/validation.ts';
import { isStaff, requireStaff, requireUser, requireVerifiedEmail } from '../access.ts';
import type { UserRow } from '../account/account.repository.ts';
import type { InquiryService } from '../inquiry/inquiry.service.ts';
import { audit } from '../inquiry/inquiry.repository.ts';
import { MATCH_REASON_KINDS } from '../matching/match-reasons.ts';
import type { ListingMatchRow } from '../matching/match-row.ts';
import { notify } from '../notification/notify.ts';
import type { NotificationType } from '../notification/notification-types.ts';
import type { OrganisationService } from '../organisation/organisation.service.ts';
import {
  INTRODUCTION_ORDER,
  MATCH_ORDER,
  type IntroductionRepository,
  type IntroductionRow,
  type ListingBrief,
  type MatchFilter,
} from './introduction.repository.ts';
import { validateAnswer, validateDeclineNote, validateIntroduce } from './introduction.validation.ts';

export type IntroductionResult = IntroductionRow | InputError;

export const INTRODUCTION_LINK = (id: string) => `/introductions/${id}`;

const OFFER_KINDS: readonly ListingKind[] = ['TECHNOLOGY_OFFER', 'EQUIPMENT_OFFER'];

function refused(ctx: RequestContext, code: string): InputError {
  return { __typename: 'InputError', code, message: message(ctx.locale, code), fieldErrors: [] };
}

/** What the side that answers first opens: an inquiry on the offer (the buyer asks) or a proposal on the request. */
function threadOf(side: IntroductionSide, request: ListingBrief, offer: ListingBrief) {
  return side === 'REQUEST'
    ? { direction: 'INQUIRY' as const, listing: offer, organisationId: request.organisationId }
    : { direction: 'PROPOSAL' as const, listing: request, organisationId: offer.organisationId };
}

export class IntroductionService {
  constructor(
    private readonly repo: IntroductionRepository,
    private readonly organisations: OrganisationService,
    private readonly inquiries: InquiryService,
  ) {}

  // ── the department ─────────────────────────────────────────────────────────────────────────────────────────

  async introduce(ctx: RequestContext, input: unknown): Promise<IntroductionResult> {
    const moderator = requireStaff(ctx);
    const v = validateIntroduce(ctx.locale, input);
    if (!v.ok) return v.error;
    const [request, offer] = await Promise.all([this.repo.findListing(v.data.request), this.repo.findListing(v.data.offer)]);
    const errors: FieldError[] = [];
    if (request?.kind !== 'TECHNOLOGY_REQUEST' || request.status !== 'PUBLISHED') errors.push(fieldError(ctx.locale, 'request', 'NOT_A_REQUEST'));
    if (!offer || !OFFER_KINDS.includes(offer.kind) || offer.status !== 'PUBLISHED') errors.push(fieldError(ctx.locale, 'offer', 'NOT_AN_OFFER'));
    if (errors.length) return inputError(ctx.locale, errors);
    if (request!.organisationId === offer!.organisationId) return inputError(ctx.locale, [fieldError(ctx.locale, 'offer', 'SAME_ORGANISATION')]);
    const [req, off] = [request!, offer!];
    const openPair = `${req.id}:${off.id}`;
    return this.repo.transaction(async (tx) => {
      // Two moderators introducing the same pair at once: the second waits here, then finds the first's.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`introduction:${openPair}`}))`;
      if (await this.repo.findOpen(tx, openPair)) return inputError(ctx.locale, [fieldError(ctx.locale, 'offer', 'INTRODUCTION_EXISTS')]);
      const match = await this.repo.matchOf(req.id, off.id, tx);
      const intro = await this.repo.create(tx, { requestId: req.id, offerId: off.id, matchId: match?.id ?? null, note: v.data.note, brokeredById: moderator.id, openPair });
      await audit(tx, { actorId: moderator.id, action: 'introduction.create', entityType: 'introduction', entityId: intro.id, data: { requestId: req.id, offerId: off.id, matchId: match?.id ?? null } });
      await this.tell(tx, intro, [req.organisationId, off.organisationId], moderator, 'introduction.received', req, off);
      return intro;
    });
  }

  /** The department's list of introductions, newest first, optionally of one status. */
  async list(ctx: RequestContext, status: IntroductionStatus | null | undefined, args: PageArgs) {
    requireStaff(ctx);
    const page = pageRequest(ctx.locale, INTRODUCTION_ORDER, args);
    if (!page.first) return emptyConnection<IntroductionRow>();
    return toConnection(INTRODUCTION_ORDER, await this.repo.page(status ?? null, page), page, (r) => [r.createdAt, r.id]);
  }

  /** The best matches nobody has introduced yet, of two published listings of different organisations. */
  async matchesToIntroduce(ctx: RequestContext, filter: { fieldCode?: string | null; offerKind?: ListingKind | null; reason?: string | null }, args: PageArgs) {
    requireStaff(ctx);
    requireStorable(ctx.locale, { fieldCode: filter.fieldCode });
    const page = pageRequest(ctx.locale, MATCH_ORDER, args);
    if (!page.first) return emptyConnection<ListingMatchRow>();
    // An unknown reason kind names no match; it is not the database's business.
    const reason = filter.reason && (MATCH_REASON_KINDS as readonly string[]).includes(filter.reason) ? filter.reason : null;
    if (filter.reason && !reason) return emptyConnection<ListingMatchRow>();
    const where: MatchFilter = { fieldCode: filter.fieldCode?.trim() || null, offerKind: filter.offerKind ?? null, reason };
    return toConnection(MATCH_ORDER, await this.repo.matchesToIntroduce(where, page), page, (r) => [r.score, r.id]);
  }

  // ── both sides (and the department) ────────────────────────────────────────────────────────────────────────

  /** An introduction for the department and the members of its two organisations; null for anyone else. */
  async byId(ctx: RequestContext, id: string): Promise<IntroductionRow | null> {
    requireUser(ctx);
    const intro = isUuid(id) ? await this.repo.findById(id) : null;
    if (!intro) return null;
    if (isStaff(ctx)) return intro;
    return (await this.sidesOf(ctx, [intro]))[0] ? intro : null;
  }

  /** The caller's side of each introduction (null: neither side, e.g. department staff). */
  async sidesOf(ctx: RequestContext, intros: readonly IntroductionRow[]): Promise<(IntroductionSide | null)[]> {
    if (!ctx.user || !intros.length) return intros.map(() => null);
    const listings = new Map((await this.repo.listings(intros.flatMap((i) => [i.requestId, i.offerId]))).map((l) => [l.id, l]));
    const mine = await this.organisations.memberOf(ctx, [...new Set([...listings.values()].map((l) => l.organisationId))]);
    return intros.map((i) => {
      if (mine.has(listings.get(i.requestId)?.organisationId ?? '')) return 'REQUEST';
      if (mine.has(listings.get(i.offerId)?.organisationId ?? '')) return 'OFFER';
      return null;
    });
  }

  /** The matches introductions came from (null where picked by hand), for the reasons they show. */
  async matchesOf(intros: readonly IntroductionRow[]): Promise<(ListingMatchRow | null)[]> {
    const matches = await this.repo.matchesByIds(intros.flatMap((i) => (i.matchId ? [i.matchId] : [])));
    return intros.map((i) => (i.matchId ? (matches.get(i.matchId) ?? null) : null));
  }

  /**
   * An answer from a member of either side. The first opens the inquiry thread (and records the response time);
   * once there is a thread, an answer is the next message in it.
   */
  async answer(ctx: RequestContext, id: string, body: unknown): Promise<IntroductionResult> {
    const { user, side } = await this.forSide(ctx, id);
    // Answering opens an inquiry, which needs a confirmed address like any other.
    const unverified = requireVerifiedEmail(ctx);
    if (unverified) return unverified;
    const text = validateAnswer(ctx.locale, body);
    if (!text.ok) return text.error;
    const outcome = await this.repo.transaction(async (tx): Promise<IntroductionResult | { join: string }> => {
      const locked = (await this.repo.lock(tx, id))!;
      if (locked.status === 'DECLINED') return refused(ctx, 'INTRODUCTION_CLOSED');
      if (locked.status === 'ANSWERED') return { join: locked.inquiryId! };
      const [request, offer] = await this.pair(locked, tx);
      const thread = threadOf(side, request, offer);
      const opened = await this.inquiries.openIn(tx, ctx, user, thread.listing, thread.direction, {
        message: text.data, intendedUse: null, organisationId: thread.organisationId, organisationName: null,
      });
      if ('__typename' in opened) return opened;
      await audit(tx, { actorId: user.id, action: 'introduction.answer', entityType: 'introduction', entityId: id, data: { side, inquiryId: opened.id } });
      return this.repo.respond(tx, id, { status: 'ANSWERED', answeredBySide: side, answeredById: user.id, inquiryId: opened.id });
    });
    if (!('join' in outcome)) return outcome;
    const replied = await this.inquiries.reply(ctx, outcome.join, text.data);
    return '__typename' in replied ? replied : (await this.repo.findById(id))!;
  }

  /** A polite no from either side while nobody has answered; the other side and the department are told. */
  async decline(ctx: RequestContext, id: string, note: unknown): Promise<IntroductionResult> {
    const { user, side } = await this.forSide(ctx, id);
    const v = validateDeclineNote(ctx.locale, note);
    if (!v.ok) return v.error;
    return this.repo.transaction(async (tx) => {
      const locked = (await this.repo.lock(tx, id))!;
      if (locked.status !== 'SENT') return refused(ctx, locked.status === 'DECLINED' ? 'INTRODUCTION_CLOSED' : 'INVALID_TRANSITION');
      const [request, offer] = await this.pair(locked, tx);
      const declined = await this.repo.respond(tx, id, { status: 'DECLINED', answeredBySide: side, answeredById: user.id, declineNote: v.data, openPair: null });
      await audit(tx, { actorId: user.id, action: 'introduction.decline', entityType: 'introduction', entityId: id, data: { side } });
      const otherOrganisation = side === 'REQUEST' ? offer.organisationId : request.organisationId;
      await this.tell(tx, declined, [otherOrganisation], user, 'introduction.declined', request, offer, [locked.brokeredById]);
      return declined;
    });
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────────────────────

  private async forSide(ctx: RequestContext, id: string): Promise<{ user: UserRow; intro: IntroductionRow; side: IntroductionSide }> {
    const user = requireUser(ctx);
    const intro = isUuid(id) ? await this.repo.findById(id) : null;
    if (!intro) throw new DomainError('NOT_FOUND');
    const [side] = await this.sidesOf(ctx, [intro]);
    if (!side) throw new DomainError('FORBIDDEN');
    return { user, intro, side };
  }

  private async pair(intro: IntroductionRow, tx: Tx): Promise<[ListingBrief, ListingBrief]> {
    const listings = await this.repo.listings([intro.requestId, intro.offerId], tx);
    const find = (listingId: string) => listings.find((l) => l.id === listingId)!;
    return [find(intro.requestId), find(intro.offerId)];
  }

  private async tell(
    tx: Tx,
    intro: IntroductionRow,
    organisationIds: string[],
    actor: UserRow,
    type: NotificationType,
    request: ListingBrief,
    offer: ListingBrief,
    alsoUserIds: string[] = [],
  ): Promise<void> {
    const note = type === 'introduction.received' ? intro.note : intro.declineNote;
    await notify(tx, {
      userIds: [...(await this.repo.memberIds(organisationIds, tx)), ...alsoUserIds],
      exceptUserId: actor.id,
      type,
      data: {
        introductionId: intro.id,
        requestTitle: request.titleVi, requestTitleEn: request.titleEn,
        offerTitle: offer.titleVi, offerTitleEn: offer.titleEn,
        note: note && note.length > 300 ? `${note.slice(0, 297)}…` : note,
      },
      link: INTRODUCTION_LINK(intro.id),
    });
  }
}
