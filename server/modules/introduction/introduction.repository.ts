// The SQL of brokered introductions: the rows, the department's list of matches not yet introduced, and the
// matchmaking figures of the report (one statement per table read).
import { Prisma, type Introduction, type IntroductionSide, type IntroductionStatus, type ListingKind, type PrismaClient } from '../../generated/prisma/client.ts';
import { keysetCondition, keysetOrderSql } from '../../lib/keyset-sql.ts';
import { keyset, keysetOrder, keysetWhere, type PageRequest } from '../../lib/pagination.ts';
import type { Tx } from '../../lib/prisma.ts';
import { isUuid } from '../../lib/validation.ts';
import type { Window } from '../report/report.repository.ts';
import type { MatchReason } from '../matching/match-reasons.ts';
import type { ListingMatchRow } from '../matching/match-row.ts';

export type IntroductionRow = Introduction;

/** What the rules need of the two listings. */
const LISTING_BRIEF = { id: true, slug: true, kind: true, status: true, organisationId: true, titleVi: true, titleEn: true } as const;
export type ListingBrief = Prisma.ListingGetPayload<{ select: typeof LISTING_BRIEF }>;

/** The department's lists: newest first. */
export const INTRODUCTION_ORDER = keyset('introductions', ['createdAt', 'date', 'desc'], ['id', 'id', 'desc']);
/** Matches worth introducing: best score first. */
export const MATCH_ORDER = keyset('departmentMatches', ['score', 'number', 'desc'], ['id', 'id', 'desc']);

export interface MatchFilter {
  /** A field-of-science code: the request's or the offer's field is it or one of its sub-fields. */
  fieldCode: string | null;
  /** The offer's kind (technology or equipment). */
  offerKind: ListingKind | null;
  /** A match reason kind the match must have. */
  reason: string | null;
}

/** A pair/period figure: this period and the one before. */
export interface Pair {
  cur: number;
  prev: number;
}

export interface IntroductionFigures {
  made: Pair;
  answered: Pair;
  declined: Pair;
  /** Hours from the introduction to its first response (answer or decline): median and 90th percentile. */
  medianHours: [number | null, number | null];
  p90Hours: [number | null, number | null];
}

export interface ConversionRow {
  /** 'ALL', or a match reason kind. */
  kind: string;
  matches: Pair;
  inquiries: Pair;
  deals: Pair;
}

const n = (v: bigint | number | null | undefined) => Number(v ?? 0);
const hours = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 10) / 10);

export class IntroductionRepository {
  constructor(private readonly prisma: PrismaClient) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  findById(id: string, db: Tx = this.prisma): Promise<IntroductionRow | null> {
    return db.introduction.findUnique({ where: { id } });
  }

  /** Takes the row lock for the rest of the transaction: answers and declines of one introduction queue. */
  async lock(tx: Tx, id: string): Promise<IntroductionRow | null> {
    await tx.$queryRaw`SELECT 1 FROM "Introduction" WHERE id = ${id}::uuid FOR UPDATE`;
    return this.findById(id, tx);
  }

  findOpen(tx: Tx, openPair: string): Promise<IntroductionRow | null> {
    return tx.introduction.findUnique({ where: { openPair } });
  }

  create(tx: Tx, data: { requestId: string; offerId: string; matchId: string | null; note: string; brokeredById: string; openPair: string }): Promise<IntroductionRow> {
    return tx.introduction.create({ data });
  }

  respond(
    tx: Tx,
    id: string,
    data: { status: IntroductionStatus; answeredBySide: IntroductionSide; answeredById: string; inquiryId?: string; declineNote?: string | null; openPair?: null },
  ): Promise<IntroductionRow> {
    return tx.introduction.update({ where: { id }, data: { ...data, firstAnsweredAt: new Date() } });
  }

  /** A listing by id or by slug. */
  findListing(idOrSlug: string): Promise<ListingBrief | null> {
    return this.prisma.listing.findFirst({ where: isUuid(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug }, select: LISTING_BRIEF });
  }

  listings(ids: readonly string[], db: Tx = this.prisma): Promise<ListingBrief[]> {
    return db.listing.findMany({ where: { id: { in: [...ids] } }, select: LISTING_BRIEF });
  }

  matchOf(requestId: string, offerId: string, db: Tx = this.prisma): Promise<{ id: string } | null> {
    return db.listingMatch.findUnique({ where: { requestId_offerId: { requestId, offerId } }, select: { id: true } });
  }

  async matchesByIds(ids: readonly string[]): Promise<Map<string, ListingMatchRow>> {
    const rows = ids.length ? await this.prisma.listingMatch.findMany({ where: { id: { in: [...ids] } } }) : [];
    return new Map(rows.map((r) => [r.id, { ...r, reasons: r.reasons as unknown as MatchReason[] }]));
  }

  memberIds(organisationIds: readonly string[], db: Tx = this.prisma): Promise<string[]> {
    return db.membership.findMany({ where: { organisationId: { in: [...organisationIds] } }, select: { userId: true } }).then((rows) => rows.map((r) => r.userId));
  }

  page(status: IntroductionStatus | null, page: PageRequest<typeof INTRODUCTION_ORDER.columns>): Promise<IntroductionRow[]> {
    return this.prisma.introduction.findMany({
      where: { AND: [status ? { status } : {}, keysetWhere(INTRODUCTION_ORDER, page.after)] },
      orderBy: keysetOrder(INTRODUCTION_ORDER),
      take: page.take,
    });
  }

  /** Matches of two published listings of different organisations that nobody introduced yet. */
  async matchesToIntroduce(filter: MatchFilter, page: PageRequest<typeof MATCH_ORDER.columns>): Promise<ListingMatchRow[]> {
    const field = filter.fieldCode ? Prisma.sql`AND (r."fieldCode" LIKE ${`${filter.fieldCode}%`} OR o."fieldCode" LIKE ${`${filter.fieldCode}%`})` : Prisma.empty;
    const kind = filter.offerKind ? Prisma.sql`AND o.kind = ${filter.offerKind}::"ListingKind"` : Prisma.empty;
    const reason = filter.reason ? Prisma.sql`AND t.reasons @> ${JSON.stringify([{ kind: filter.reason }])}::jsonb` : Prisma.empty;
    const rows = await this.prisma.$queryRaw<ListingMatchRow[]>`
      SELECT t.id, t."requestId", t."offerId", t.score, t.reasons, t."firstShownAt", t."notifiedAt", t."createdAt"
      FROM "ListingMatch" t
      JOIN "Listing" r ON r.id = t."requestId" AND r.status = 'PUBLISHED'
      JOIN "Listing" o ON o.id = t."offerId" AND o.status = 'PUBLISHED'
      -- A score of 0 is a match that no longer holds, kept only because someone saw it.
      WHERE t.score > 0 AND r."organisationId" <> o."organisationId"
        AND NOT EXISTS (SELECT 1 FROM "Introduction" i WHERE i."requestId" = t."requestId" AND i."offerId" = t."offerId")
        ${field} ${kind} ${reason} ${keysetCondition(MATCH_ORDER, page.after)}
      ORDER BY ${keysetOrderSql(MATCH_ORDER)}
      LIMIT ${page.take}`;
    return rows;
  }

  // ── the report's figures ──────────────────────────────────────────────────────────────────────────────────

  /** Matches found (created), first shown on a page, and sent in an alert, in the period and the one before. */
  async matchCounts(w: Window): Promise<{ found: Pair; shown: Pair; sent: Pair }> {
    const [r] = await this.prisma.$queryRaw<Record<string, bigint>[]>`
      SELECT ${pairOf(Prisma.sql`"createdAt"`, w, 'found')}, ${pairOf(Prisma.sql`"firstShownAt"`, w, 'shown')}, ${pairOf(Prisma.sql`"notifiedAt"`, w, 'sent')}
      FROM "ListingMatch"
      WHERE "createdAt" < ${w.period.to}`;
    const p = (k: string): Pair => ({ cur: n(r?.[`${k}_cur`]), prev: n(r?.[`${k}_prev`]) });
    return { found: p('found'), shown: p('shown'), sent: p('sent') };
  }

  /** Introductions made in the period (and before), how many were answered or declined, and how fast. */
  async introductionFigures(w: Window): Promise<IntroductionFigures> {
    const hoursOf = Prisma.sql`extract(epoch FROM ("firstAnsweredAt" - "createdAt")) / 3600`;
    const inPeriod = (p: { from: Date; to: Date }) => Prisma.sql`"createdAt" >= ${p.from} AND "createdAt" < ${p.to}`;
    const [r] = await this.prisma.$queryRaw<Record<string, bigint | number | null>[]>`
      SELECT
        count(*) FILTER (WHERE ${inPeriod(w.period)}) AS made_cur, count(*) FILTER (WHERE ${inPeriod(w.previous)}) AS made_prev,
        count(*) FILTER (WHERE ${inPeriod(w.period)} AND status = 'ANSWERED') AS answered_cur,
        count(*) FILTER (WHERE ${inPeriod(w.previous)} AND status = 'ANSWERED') AS answered_prev,
        count(*) FILTER (WHERE ${inPeriod(w.period)} AND status = 'DECLINED') AS declined_cur,
        count(*) FILTER (WHERE ${inPeriod(w.previous)} AND status = 'DECLINED') AS declined_prev,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hoursOf}) FILTER (WHERE ${inPeriod(w.period)}) AS median_cur,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hoursOf}) FILTER (WHERE ${inPeriod(w.previous)}) AS median_prev,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY ${hoursOf}) FILTER (WHERE ${inPeriod(w.period)}) AS p90_cur,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY ${hoursOf}) FILTER (WHERE ${inPeriod(w.previous)}) AS p90_prev
      FROM "Introduction"
      WHERE "createdAt" >= ${w.previous.from} AND "createdAt" < ${w.period.to}`;
    const p = (k: string): Pair => ({ cur: n(r?.[`${k}_cur`] as bigint), prev: n(r?.[`${k}_prev`] as bigint) });
    const h = (k: string): [number | null, number | null] => [hours(r?.[`${k}_cur`] as number | null), hours(r?.[`${k}_prev`] as number | null)];
    return { made: p('made'), answered: p('answered'), declined: p('declined'), medianHours: h('median'), p90Hours: h('p90') };
  }

  /**
   * Matches first put before either side (shown on a page, sent in an alert or brokered as an introduction, whichever
   * came first) in the period, and how many of them led to an inquiry between the two organisations opened after
   * that (an inquiry on the offer by the request's organisation, or a proposal on the request by the offer's), and
   * to a deal from such an inquiry: overall ('ALL') and under each of the match's reason kinds. Read as the latest
   * inquiry (and the latest that became a deal) of each organisation on each listing, at or after the moment the match
   * was put before them: one pass over the inquiries, hash-joined to the matches, no lookup per match.
   */
  async conversion(w: Window): Promise<ConversionRow[]> {
    const rows = await this.prisma.$queryRaw<{ kind: string; m_cur: bigint; m_prev: bigint; i_cur: bigint; i_prev: bigint; d_cur: bigint; d_prev: bigint }[]>`
      WITH between_orgs AS (
        SELECT q.direction, q."listingId", q."requesterOrganisationId" AS org,
               max(q."createdAt") AS last_inquiry, max(q."createdAt") FILTER (WHERE d.id IS NOT NULL) AS last_deal
        FROM "Inquiry" q LEFT JOIN "Deal" d ON d."inquiryId" = q.id
        WHERE q."requesterOrganisationId" IS NOT NULL
        GROUP BY 1, 2, 3
      ), introduced AS (
        SELECT "matchId", min("createdAt") AS at FROM "Introduction" WHERE "matchId" IS NOT NULL GROUP BY 1
      ), exposed AS (
        SELECT m.reasons, m."requestId", m."offerId", r."organisationId" AS request_org, o."organisationId" AS offer_org,
               LEAST(m."firstShownAt", m."notifiedAt", i.at) AS at
        FROM "ListingMatch" m
        JOIN "Listing" r ON r.id = m."requestId"
        JOIN "Listing" o ON o.id = m."offerId"
        LEFT JOIN introduced i ON i."matchId" = m.id
      ), outcome AS (
        SELECT e.reasons, e.at >= ${w.period.from} AS cur,
               coalesce(a.last_inquiry >= e.at, false) OR coalesce(b.last_inquiry >= e.at, false) AS inquired,
               coalesce(a.last_deal >= e.at, false) OR coalesce(b.last_deal >= e.at, false) AS dealt
        FROM exposed e
        LEFT JOIN between_orgs a ON a.direction = 'INQUIRY' AND a."listingId" = e."offerId" AND a.org = e.request_org
        LEFT JOIN between_orgs b ON b.direction = 'PROPOSAL' AND b."listingId" = e."requestId" AND b.org = e.offer_org
        WHERE e.at >= ${w.previous.from} AND e.at < ${w.period.to}
      )
      SELECT k.kind,
        count(*) FILTER (WHERE cur) AS m_cur, count(*) FILTER (WHERE NOT cur) AS m_prev,
        count(*) FILTER (WHERE cur AND inquired) AS i_cur, count(*) FILTER (WHERE NOT cur AND inquired) AS i_prev,
        count(*) FILTER (WHERE cur AND dealt) AS d_cur, count(*) FILTER (WHERE NOT cur AND dealt) AS d_prev
      FROM outcome
      CROSS JOIN LATERAL (SELECT 'ALL' AS kind UNION SELECT DISTINCT r->>'kind' FROM jsonb_array_elements(outcome.reasons) r) k
      GROUP BY k.kind`;
    return rows.map((r) => ({
      kind: r.kind,
      matches: { cur: n(r.m_cur), prev: n(r.m_prev) },
      inquiries: { cur: n(r.i_cur), prev: n(r.i_prev) },
      deals: { cur: n(r.d_cur), prev: n(r.d_prev) },
    }));
  }
}

function pairOf(column: Prisma.Sql, w: Window, name: string): Prisma.Sql {
  return Prisma.sql`count(*) FILTER (WHERE ${column} >= ${w.period.from} AND ${column} < ${w.period.to}) AS ${Prisma.raw(`${name}_cur`)},
    count(*) FILTER (WHERE ${column} >= ${w.previous.from} AND ${column} < ${w.previous.to}) AS ${Prisma.raw(`${name}_prev`)}`;
}
