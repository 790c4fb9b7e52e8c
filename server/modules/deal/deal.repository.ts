import type { Deal, DealSurvey, Inquiry, InquirySide, Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { Tx } from '../../lib/prisma.ts';
import { keyset, keysetOrder, keysetWhere, type PageRequest } from '../../lib/pagination.ts';

export type DealRow = Deal & { inquiry: Inquiry | null };
export type SurveyRow = DealSurvey;

const WITH_INQUIRY = { inquiry: true } as const;

/** Lists of deals: newest first. */
export const DEAL_ORDER = keyset('deals', ['createdAt', 'date', 'desc'], ['id', 'id', 'desc']);

export interface DealStatsRow {
  inquiriesByStatus: { status: Inquiry['status']; count: number }[];
  declinesByReason: { reason: NonNullable<Inquiry['declineReason']>; count: number }[];
  deals: number;
  totalValueVnd: bigint;
  registrationRequired: number;
}

export class DealRepository {
  constructor(private readonly prisma: PrismaClient) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  findById(id: string, db: Tx = this.prisma): Promise<DealRow | null> {
    return db.deal.findUnique({ where: { id }, include: WITH_INQUIRY });
  }

  byInquiryIds(inquiryIds: readonly string[]): Promise<DealRow[]> {
    return this.prisma.deal.findMany({ where: { inquiryId: { in: [...inquiryIds] } }, include: WITH_INQUIRY });
  }

  /** The deal and one survey per side, in the caller's transaction. */
  async create(tx: Tx, data: Prisma.DealUncheckedCreateInput, sides: readonly InquirySide[]): Promise<DealRow> {
    const deal = await tx.deal.create({ data, include: WITH_INQUIRY });
    await tx.dealSurvey.createMany({ data: sides.map((side) => ({ dealId: deal.id, side })) });
    return deal;
  }

  /** Deals where the organisation sold or bought, newest first. */
  page(organisationId: string, page: PageRequest<typeof DEAL_ORDER.columns>): Promise<DealRow[]> {
    return this.prisma.deal.findMany({
      where: {
        AND: [
          { OR: [{ sellerOrganisationId: organisationId }, { buyerOrganisationId: organisationId }] },
          keysetWhere(DEAL_ORDER, page.after),
        ],
      },
      orderBy: keysetOrder(DEAL_ORDER),
      take: page.take,
      include: WITH_INQUIRY,
    });
  }

  surveysOf(dealIds: readonly string[]): Promise<SurveyRow[]> {
    return this.prisma.dealSurvey.findMany({ where: { dealId: { in: [...dealIds] } }, orderBy: { side: 'asc' } });
  }

  /**
   * Gives due deals recorded without surveys (a deposit confirmed by the seller) one per side, so every deal is
   * followed up; returns how many were added.
   */
  async addMissingSurveys(now: Date, limit: number): Promise<number> {
    const deals = await this.prisma.deal.findMany({
      where: { status: 'RECORDED', surveyDueAt: { lte: now }, surveys: { none: {} } },
      select: { id: true },
      take: limit,
    });
    if (!deals.length) return 0;
    const sides: InquirySide[] = ['REQUESTER', 'OWNER'];
    const { count } = await this.prisma.dealSurvey.createMany({ data: deals.flatMap((d) => sides.map((side) => ({ dealId: d.id, side }))), skipDuplicates: true });
    return count;
  }

  /** Surveys not sent yet whose deal's follow-up date has come. */
  dueSurveys(now: Date, limit: number) {
    return this.prisma.dealSurvey.findMany({
      where: { sentAt: null, deal: { status: 'RECORDED', surveyDueAt: { lte: now } } },
      include: { deal: { include: WITH_INQUIRY } },
      take: limit,
    });
  }

  /** Stamps a survey as sent unless another run did; false then. */
  async markSurveySent(tx: Tx, id: string, at: Date): Promise<boolean> {
    const { count } = await tx.dealSurvey.updateMany({ where: { id, sentAt: null }, data: { sentAt: at } });
    return count > 0;
  }

  /** Records the answer of a sent, unanswered survey; false when there is none. */
  async answerSurvey(
    tx: Tx,
    dealId: string,
    side: InquirySide,
    data: { answeredById: string; implemented: boolean; satisfaction: number; comment: string | null },
  ): Promise<boolean> {
    const { count } = await tx.dealSurvey.updateMany({
      where: { dealId, side, sentAt: { not: null }, answeredAt: null },
      data: { ...data, answeredAt: new Date() },
    });
    return count > 0;
  }

  listingSummaries(ids: readonly string[]) {
    return this.prisma.listing.findMany({ where: { id: { in: [...ids] } }, select: { id: true, titleVi: true, titleEn: true, organisationId: true } });
  }

  async userNames(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = ids.length ? await this.prisma.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, displayName: true } }) : [];
    return new Map(rows.map((r) => [r.id, r.displayName]));
  }

  async stats(from: Date | null, to: Date | null): Promise<DealStatsRow> {
    const createdAt = { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) };
    const [byStatus, byReason, deals, required] = await Promise.all([
      this.prisma.inquiry.groupBy({ by: ['status'], where: { createdAt }, _count: { _all: true } }),
      this.prisma.inquiry.groupBy({ by: ['declineReason'], where: { createdAt, status: 'DECLINED', declineReason: { not: null } }, _count: { _all: true } }),
      this.prisma.deal.aggregate({ where: { createdAt, status: 'RECORDED' }, _count: { _all: true }, _sum: { valueVnd: true } }),
      this.prisma.deal.count({ where: { createdAt, status: 'RECORDED', registrationRequired: true } }),
    ]);
    return {
      inquiriesByStatus: byStatus.map((r) => ({ status: r.status, count: r._count._all })),
      declinesByReason: byReason.map((r) => ({ reason: r.declineReason!, count: r._count._all })),
      deals: deals._count._all,
      totalValueVnd: deals._sum.valueVnd ?? 0n,
      registrationRequired: required,
    };
  }
}
