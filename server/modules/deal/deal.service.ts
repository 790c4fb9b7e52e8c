// Deals: an agreed inquiry recorded by the listing's organisation (agreement and deal in one transaction), whether
// the transfer must be registered (registration.ts), and the follow-up survey each side gets some months later.
import { auditActor, type RequestContext } from '../../lib/request-context.ts';
import { DomainError } from '../../lib/domain-error.ts';
import type { InquirySide } from '../../generated/prisma/enums.ts';
import { message } from '../../i18n/messages.ts';
import { isUuid, requireId, requireStorable, type InputError } from '../../lib/validation.ts';
import { isStaff, requirePlatform, requireStaff, requireUser } from '../access.ts';
import type { ListingService } from '../listing/listing.service.ts';
import { notify } from '../notification/notify.ts';
import type { OrganisationService } from '../organisation/organisation.service.ts';
import { audit } from '../inquiry/inquiry.repository.ts';
import type { InquiryService } from '../inquiry/inquiry.service.ts';
import { sideOf, type Sides } from '../inquiry/inquiry.queries.ts';
import { pageRequest, toConnection, type PageArgs } from '../../lib/pagination.ts';
import { DEAL_ORDER, type DealRepository, type DealRow, type SurveyRow } from './deal.repository.ts';
import { validateDeal, validateSurvey } from './deal.validation.ts';
import { addMonths, registrationOf } from './registration.ts';

export type DealResult = DealRow | InputError;
export const DEAL_LINK = (id: string) => `/deals/${id}`;

function refused(ctx: RequestContext): InputError {
  return { __typename: 'InputError', code: 'INVALID_TRANSITION', message: message(ctx.locale, 'INVALID_TRANSITION'), fieldErrors: [] };
}

/** A deal's two sides, named as in its inquiry (a deal without one, from a deposit, has the seller as owner). */
function sidesOf(deal: DealRow): Sides {
  return deal.inquiry ?? { requesterId: deal.buyerUserId, requesterOrganisationId: deal.buyerOrganisationId, ownerOrganisationId: deal.sellerOrganisationId };
}

export class DealService {
  constructor(
    private readonly repo: DealRepository,
    private readonly inquiries: InquiryService,
    private readonly organisations: OrganisationService,
    private readonly listings: ListingService,
    private readonly surveyMonths: number,
  ) {}

  // ── reading ────────────────────────────────────────────────────────────────────────────────────────────────

  async byId(ctx: RequestContext, id: string): Promise<DealRow | null> {
    if (!ctx.user || !isUuid(id)) return null;
    const deal = await this.repo.findById(id);
    if (!deal) return null;
    if (isStaff(ctx)) return deal;
    const [side] = await this.mySides(ctx, [deal]);
    return side ? deal : null;
  }

  async ofOrganisation(ctx: RequestContext, organisationId: string, args: PageArgs) {
    requireUser(ctx);
    if (!isStaff(ctx) && !(isUuid(organisationId) && (await this.organisations.memberOf(ctx, [organisationId])).has(organisationId))) {
      throw new DomainError('FORBIDDEN');
    }
    requireId(organisationId);
    const page = pageRequest(ctx.locale, DEAL_ORDER, args);
    return toConnection(DEAL_ORDER, await this.repo.page(organisationId, page), page, (r) => [r.createdAt, r.id]);
  }

  async ofInquiries(ids: readonly string[]): Promise<(DealRow | null)[]> {
    const rows = await this.repo.byInquiryIds(ids);
    return ids.map((id) => rows.find((d) => d.inquiryId === id) ?? null);
  }

  async mySides(ctx: RequestContext, deals: readonly DealRow[]): Promise<(InquirySide | null)[]> {
    const user = ctx.user;
    if (!user) return deals.map(() => null);
    const sides = deals.map(sidesOf);
    const orgIds = [...new Set(sides.flatMap((s) => [s.ownerOrganisationId, s.requesterOrganisationId ?? '']).filter(Boolean))];
    const members = await this.organisations.memberOf(ctx, orgIds);
    return sides.map((s) => sideOf(s, user.id, members));
  }

  async surveysOf(deals: readonly DealRow[]): Promise<SurveyRow[][]> {
    const rows = await this.repo.surveysOf(deals.map((d) => d.id));
    return deals.map((d) => rows.filter((s) => s.dealId === d.id));
  }

  async mySurveys(ctx: RequestContext, deals: readonly DealRow[]): Promise<(SurveyRow | null)[]> {
    const [sides, surveys] = await Promise.all([this.mySides(ctx, deals), this.surveysOf(deals)]);
    return deals.map((_, n) => surveys[n].find((s) => s.side === sides[n]) ?? null);
  }

  async buyerNamesOf(deals: readonly DealRow[]): Promise<string[]> {
    const names = await this.repo.userNames([...new Set(deals.map((d) => d.buyerUserId))]);
    return deals.map((d) => names.get(d.buyerUserId) ?? '');
  }

  async listingTitlesOf(deals: readonly DealRow[]) {
    const rows = await this.repo.listingSummaries([...new Set(deals.map((d) => d.listingId))]);
    return deals.map((d) => rows.find((l) => l.id === d.listingId) ?? null);
  }

  listingsOf(ctx: RequestContext, deals: readonly DealRow[]) {
    return this.listings.visibleByIds(ctx, deals.map((d) => d.listingId));
  }

  async stats(ctx: RequestContext, from: Date | null | undefined, to: Date | null | undefined) {
    requireStaff(ctx);
    requireStorable(ctx.locale, { from, to });
    return this.repo.stats(from ?? null, to ?? null);
  }

  // ── moves ──────────────────────────────────────────────────────────────────────────────────────────────────

  /** The listing's organisation agrees the inquiry and records what was agreed, in one transaction. */
  async record(ctx: RequestContext, inquiryId: string, input: unknown): Promise<DealResult> {
    const party = await this.inquiries.forParty(ctx, inquiryId);
    this.inquiries.requireMove(ctx, 'agree', party.inquiry, party.side);
    const v = validateDeal(ctx.locale, input);
    if (!v.ok) return v.error;
    const { crossBorder, stateFunded, signedOn, rights, ...terms } = v.data;
    const registration = registrationOf({ crossBorder, stateFunded });
    const { user } = party;
    return this.repo.transaction(async (tx) => {
      const inquiry = await this.inquiries.agreeIn(tx, party);
      if (!inquiry) return refused(ctx);
      // In a proposal the requester is the technology's holder and the listing's organisation the one that needs it.
      const proposal = inquiry.direction === 'PROPOSAL';
      const deal = await this.repo.create(
        tx,
        {
          inquiryId: inquiry.id,
          listingId: inquiry.listingId,
          sellerOrganisationId: proposal ? inquiry.requesterOrganisationId! : inquiry.ownerOrganisationId,
          buyerUserId: proposal ? user.id : inquiry.requesterId,
          buyerOrganisationId: proposal ? inquiry.ownerOrganisationId : inquiry.requesterOrganisationId,
          buyerOrganisationName: proposal ? null : inquiry.requesterOrganisationName,
          ...terms,
          rights,
          signedOn: new Date(`${signedOn}T00:00:00Z`),
          registrationRequired: registration.required,
          registrationReason: registration.reason,
          recordedById: user.id,
          surveyDueAt: addMonths(signedOn, this.surveyMonths),
        },
        ['REQUESTER', 'OWNER'],
      );
      await audit(tx, {
        actorId: user.id, action: 'deal.record', entityType: 'deal', entityId: deal.id,
        data: { inquiryId: inquiry.id, valueVnd: terms.valueVnd.toString(), crossBorder, stateFunded, registration: registration.reason },
      });
      const data = {
        ...this.inquiries.notificationData(inquiry, user, party.side),
        dealId: deal.id, status: 'AGREED', amountVnd: Number(terms.valueVnd), registrationRequired: registration.required,
      };
      for (const side of ['REQUESTER', 'OWNER'] as const) {
        await notify(tx, { userIds: await this.inquiries.usersOfSide(tx, inquiry, side), exceptUserId: user.id, type: 'deal.recorded', data, link: DEAL_LINK(deal.id) });
      }
      return deal;
    });
  }

  async answerSurvey(ctx: RequestContext, dealId: string, input: unknown): Promise<DealResult> {
    const user = requireUser(ctx);
    const deal = isUuid(dealId) ? await this.repo.findById(dealId) : null;
    if (!deal) throw new DomainError('NOT_FOUND');
    const [side] = await this.mySides(ctx, [deal]);
    if (!side) throw new DomainError('FORBIDDEN');
    const v = validateSurvey(ctx.locale, input);
    if (!v.ok) return v.error;
    return this.repo.transaction(async (tx) => {
      if (!(await this.repo.answerSurvey(tx, deal.id, side, { answeredById: user.id, ...v.data }))) return refused(ctx);
      await audit(tx, { actorId: user.id, action: 'deal.answerSurvey', entityType: 'deal', entityId: deal.id, data: { side, ...v.data } });
      return deal;
    });
  }

  // ── the clock ──────────────────────────────────────────────────────────────────────────────────────────────

  /** Sends each side's survey once its deal's follow-up date has come; each survey is sent once. Returns how many. */
  async sendDueSurveys(ctx: RequestContext, now = new Date()): Promise<number> {
    requirePlatform(ctx);
    let sent = 0;
    await this.repo.addMissingSurveys(now, 500);
    for (const survey of await this.repo.dueSurveys(now, 500)) {
      const done = await this.repo.transaction(async (tx) => {
        if (!(await this.repo.markSurveySent(tx, survey.id, now))) return false;
        const { deal } = survey;
        const [listing] = await this.repo.listingSummaries([deal.listingId]);
        await audit(tx, { ...auditActor(ctx), action: 'deal.surveySent', entityType: 'deal', entityId: deal.id, data: { side: survey.side } });
        await notify(tx, {
          userIds: await this.inquiries.usersOfSide(tx, sidesOf(deal), survey.side),
          type: 'deal.survey',
          data: { dealId: deal.id, listingTitle: listing?.titleVi ?? null, listingTitleEn: listing?.titleEn ?? null, side: survey.side },
          link: DEAL_LINK(deal.id),
        });
        return true;
      });
      if (done) sent++;
    }
    return sent;
  }
}
