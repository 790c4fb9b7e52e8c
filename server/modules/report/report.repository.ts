// The report's SQL: every table is aggregated in PostgreSQL, for the period and the one before it in the same
// statement (FILTER clauses), so a report costs a fixed number of statements however much data there is.
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';
import type { ReportPeriod } from './report-model.ts';
import { REPORT_TIME_ZONE } from './report-period.ts';

/** A period and the one before it: the statements read [previous.from, period.to) once. */
export interface Window {
  period: ReportPeriod;
  previous: ReportPeriod;
}

/** A key with its figure for the period and for the previous one. */
export interface PairRow {
  key: string | null;
  cur: number;
  prev: number;
}

export interface ListingGroupRow extends PairRow {
  /** Which grouping the row belongs to. */
  dim: 'kind' | 'field' | 'commune';
}

export interface OrganisationRow {
  key: string;
  total: number;
  added: number;
  verified: number;
  prevTotal: number;
  prevAdded: number;
  prevVerified: number;
}

export interface IpRow {
  key: string;
  count: number;
  granted: number;
  prevCount: number;
  prevGranted: number;
}

export interface ModerationRow {
  entityType: string;
  key: 'SUBMITTED' | 'WITHDRAWN' | 'APPROVED' | 'RETURNED' | 'REJECTED';
  cur: number;
  prev: number;
  /** Everything before the end of the period, and before the end of the previous one (for the backlog). */
  untilEnd: number;
  untilPrevEnd: number;
}

/**
 * How long something took, in hours to one decimal (the precision the report shows), as a histogram per key and
 * period: the distinct durations in order and how many had each. Percentiles are read from it (report-tables.ts):
 * sorting 100,000 durations in PostgreSQL (percentile_cont) costs twice as much as counting them by value.
 */
export interface DurationRow {
  key: string;
  /** The period (true) or the previous one. */
  cur: boolean;
  hours: number[] | null;
  counts: number[] | null;
  /** Items still without the event (no answer yet), where the table counts them. */
  pending: number;
}

export interface InquiryGroupRow {
  dim: 'funnel' | 'quarter';
  key: string;
  cur: number;
  prev: number;
}

export interface DealGroupRow {
  dim: 'total' | 'field' | 'form' | 'registration' | 'quarter';
  key: string;
  cur: number;
  prev: number;
  curValue: number;
  prevValue: number;
}

const TZ = Prisma.raw(`'${REPORT_TIME_ZONE}'`);
const SUBMITS = ['listing.submit', 'listing.submitRevision', 'organisation.submit', 'organisation.submitRevision'];
const WITHDRAWALS = ['listing.withdraw', 'listing.withdrawRevision', 'organisation.withdraw', 'organisation.withdrawRevision'];
const MODERATED = ['listing', 'organisation'];

/** `count(*) FILTER` for the period and for the previous one, on an instant column. */
function pair(column: Prisma.Sql, w: Window, what = Prisma.sql`*`, fn = 'count'): Prisma.Sql {
  const f = Prisma.raw(fn);
  return Prisma.sql`${f}(${what}) FILTER (WHERE ${column} >= ${w.period.from} AND ${column} < ${w.period.to}) AS cur,
    ${f}(${what}) FILTER (WHERE ${column} >= ${w.previous.from} AND ${column} < ${w.previous.to}) AS prev`;
}

/** The local date an instant falls on, for date columns (a deal's signing day). */
const localDate = (at: Date) => Prisma.sql`(${at}::timestamptz AT TIME ZONE ${TZ})::date`;

export class ReportRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** The number of each table the report reads, moved at every commit that wrote it (ReportSourceVersion). */
  async sourceVersions(): Promise<Map<string, string>> {
    const rows = await this.prisma.$queryRaw<{ table: string; version: bigint }[]>`SELECT "table", version FROM "ReportSourceVersion"`;
    return new Map(rows.map((r) => [r.table, String(r.version)]));
  }

  /** Listings first published in each period, by kind, by report field (of the listing's field) and by commune. */
  publishedListings(w: Window): Promise<ListingGroupRow[]> {
    return this.prisma.$queryRaw<ListingGroupRow[]>`
      SELECT CASE WHEN grouping(l.kind) = 0 THEN 'kind' WHEN grouping(f."reportField") = 0 THEN 'field' ELSE 'commune' END AS dim,
        coalesce(l.kind::text, f."reportField"::text, l.commune) AS key,
        ${pair(Prisma.sql`l."publishedAt"`, w)}
      FROM "Listing" l LEFT JOIN "FieldOfScience" f ON f.code = l."fieldCode"
      WHERE l."publishedAt" >= ${w.previous.from} AND l."publishedAt" < ${w.period.to}
      GROUP BY GROUPING SETS ((l.kind), (f."reportField"), (l.commune))`.then(numbers);
  }

  /** Listings created in each period, by the status they have now (the platform keeps no status history). */
  listingsByStatus(w: Window): Promise<PairRow[]> {
    return this.prisma.$queryRaw<PairRow[]>`
      SELECT l.status::text AS key, ${pair(Prisma.sql`l."createdAt"`, w)}
      FROM "Listing" l WHERE l."createdAt" >= ${w.previous.from} AND l."createdAt" < ${w.period.to}
      GROUP BY l.status`.then(numbers);
  }

  /**
   * Organisations in the directory (published now) by kind: those published before each period's end, those first
   * published in it, and those of the first verified before its end.
   */
  organisations(w: Window): Promise<OrganisationRow[]> {
    const { period: p, previous: q } = w;
    return this.prisma.$queryRaw<OrganisationRow[]>`
      SELECT o.kind::text AS key,
        count(*) FILTER (WHERE o."publishedAt" < ${p.to}) AS total,
        count(*) FILTER (WHERE o."publishedAt" >= ${p.from} AND o."publishedAt" < ${p.to}) AS added,
        count(*) FILTER (WHERE o."publishedAt" < ${p.to} AND o."verifiedAt" < ${p.to}) AS verified,
        count(*) FILTER (WHERE o."publishedAt" < ${q.to}) AS "prevTotal",
        count(*) FILTER (WHERE o."publishedAt" >= ${q.from} AND o."publishedAt" < ${q.to}) AS "prevAdded",
        count(*) FILTER (WHERE o."publishedAt" < ${q.to} AND o."verifiedAt" < ${q.to}) AS "prevVerified"
      FROM "Organisation" o WHERE o.status = 'PUBLISHED' AND o."publishedAt" < ${p.to}
      GROUP BY o.kind`.then(numbers);
  }

  /** IP titles attached to a listing on offer now that was published before each period's end, by type. */
  ipTitles(w: Window): Promise<IpRow[]> {
    const { period: p, previous: q } = w;
    return this.prisma.$queryRaw<IpRow[]>`
      SELECT t.type::text AS key,
        count(*) AS count, count(*) FILTER (WHERE t.status = 'GRANTED') AS granted,
        count(*) FILTER (WHERE l."publishedAt" < ${q.to}) AS "prevCount",
        count(*) FILTER (WHERE l."publishedAt" < ${q.to} AND t.status = 'GRANTED') AS "prevGranted"
      FROM "IpTitle" t JOIN "Listing" l ON l.id = t."listingId"
      WHERE l.status = 'PUBLISHED' AND l."publishedAt" < ${p.to}
      GROUP BY t.type`.then(numbers);
  }

  /**
   * Submissions (first ones and edits of published items), withdrawals and the department's decisions, per type of
   * item: in each period, and in all time before each period's end (what is still waiting is the difference).
   */
  moderation(w: Window): Promise<ModerationRow[]> {
    return this.prisma.$queryRaw<ModerationRow[]>`
      WITH ev AS (
        -- The action names the type ("listing.submit"): the index of actions and times answers alone (index-only scan).
        SELECT split_part(a.action, '.', 1) AS "entityType", CASE WHEN a.action = ANY(${SUBMITS}) THEN 'SUBMITTED' ELSE 'WITHDRAWN' END AS key, a."createdAt" AS at
        FROM "AuditEvent" a WHERE a.action = ANY(${[...SUBMITS, ...WITHDRAWALS]}) AND a."createdAt" < ${w.period.to}
        UNION ALL
        SELECT d."entityType", CASE d.action WHEN 'APPROVE' THEN 'APPROVED' WHEN 'REQUEST_CHANGES' THEN 'RETURNED' ELSE 'REJECTED' END, d."createdAt"
        FROM "ModerationDecision" d WHERE d.action <> 'UNPUBLISH' AND d."createdAt" < ${w.period.to}
      )
      SELECT "entityType", key, ${pair(Prisma.sql`at`, w)}, count(*) AS "untilEnd", count(*) FILTER (WHERE at < ${w.previous.to}) AS "untilPrevEnd"
      FROM ev WHERE "entityType" = ANY(${MODERATED})
      GROUP BY "entityType", key`.then(numbers);
  }

  /** Hours from the submission a decision answered to the decision (kept on the decision, see its `decisionTenths`). */
  timeToDecision(w: Window): Promise<DurationRow[]> {
    return this.prisma.$queryRaw<DurationRow[]>`
      WITH d AS (
        SELECT upper(d."entityType") AS key, d."createdAt" >= ${w.period.from} AS cur,
          d."decisionTenths" AS tenths
        FROM "ModerationDecision" d
        WHERE d.action <> 'UNPUBLISH' AND d."entityType" = ANY(${MODERATED}) AND d."createdAt" >= ${w.previous.from} AND d."createdAt" < ${w.period.to}
      )
      ${durations(Prisma.sql`d`)}`.then(numbers);
  }

  /** Inquiries opened and NDAs in force (both sides accepted) in each period, and inquiries per local quarter. */
  inquiries(w: Window): Promise<InquiryGroupRow[]> {
    return this.prisma.$queryRaw<InquiryGroupRow[]>`
      WITH i AS (
        SELECT i."createdAt" AS at FROM "Inquiry" i WHERE i."createdAt" >= ${w.previous.from} AND i."createdAt" < ${w.period.to}
      ), n AS (
        SELECT max(a."acceptedAt") AS at FROM "NdaAcceptance" a GROUP BY a."inquiryId" HAVING count(*) = 2
      )
      SELECT 'funnel' AS dim, 'INQUIRIES' AS key, ${pair(Prisma.sql`at`, w)} FROM i
      UNION ALL
      SELECT 'funnel', 'NDAS', ${pair(Prisma.sql`at`, w)} FROM n
      UNION ALL
      SELECT 'quarter', to_char(at AT TIME ZONE ${TZ}, 'YYYY-"Q"Q'), count(*), 0 FROM i GROUP BY 2`.then(numbers);
  }

  /**
   * Deals recorded (not cancelled) and their contract value by the day they were signed, in total, by the report field
   * of the listing's field, by transfer form, by whether they must be registered, and per local quarter.
   */
  deals(w: Window): Promise<DealGroupRow[]> {
    const signed = Prisma.sql`d."signedOn"`;
    const inPeriod = Prisma.sql`${signed} >= ${localDate(w.period.from)} AND ${signed} < ${localDate(w.period.to)}`;
    const inPrevious = Prisma.sql`${signed} >= ${localDate(w.previous.from)} AND ${signed} < ${localDate(w.previous.to)}`;
    const figures = Prisma.sql`count(*) FILTER (WHERE ${inPeriod}) AS cur, count(*) FILTER (WHERE ${inPrevious}) AS prev,
      coalesce(sum(d."valueVnd") FILTER (WHERE ${inPeriod}), 0)::float8 AS "curValue",
      coalesce(sum(d."valueVnd") FILTER (WHERE ${inPrevious}), 0)::float8 AS "prevValue"`;
    return this.prisma.$queryRaw<DealGroupRow[]>`
      SELECT CASE WHEN grouping(f."reportField") = 0 THEN 'field' WHEN grouping(d."transferForm") = 0 THEN 'form'
          WHEN grouping(d."registrationRequired") = 0 THEN 'registration' WHEN grouping(to_char(${signed}, 'YYYY-"Q"Q')) = 0 THEN 'quarter' ELSE 'total' END AS dim,
        coalesce(f."reportField"::text, d."transferForm", CASE d."registrationRequired" WHEN true THEN 'REQUIRED' WHEN false THEN 'NOT_REQUIRED' END,
          to_char(${signed}, 'YYYY-"Q"Q')) AS key,
        ${figures}
      FROM "Deal" d JOIN "Listing" l ON l.id = d."listingId" LEFT JOIN "FieldOfScience" f ON f.code = l."fieldCode"
      WHERE d.status = 'RECORDED' AND ${signed} >= ${localDate(w.previous.from)} AND ${signed} < ${localDate(w.period.to)}
      GROUP BY GROUPING SETS ((), (f."reportField"), (d."transferForm"), (d."registrationRequired"), (to_char(${signed}, 'YYYY-"Q"Q')))`.then(numbers);
  }

  /** Hours from an inquiry's opening to the listing's side's first message (kept on the inquiry), by direction. */
  timeToFirstAnswer(w: Window): Promise<DurationRow[]> {
    return this.prisma.$queryRaw<DurationRow[]>`
      WITH d AS (
        SELECT i.direction::text AS key, i."createdAt" >= ${w.period.from} AS cur, i."firstAnswerTenths" AS tenths
        FROM "Inquiry" i WHERE i."createdAt" >= ${w.previous.from} AND i."createdAt" < ${w.period.to}
      )
      ${durations(Prisma.sql`d`)}`.then(numbers);
  }
}

/**
 * Per key and period of `source` (key, cur, tenths: a duration in whole tenths of an hour, the precision the report
 * shows, kept on the rows by triggers so it has statistics and hashes): the histogram of the durations, and how many
 * have none.
 */
function durations(source: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT key, cur, array_agg((tenths / 10.0)::float8 ORDER BY tenths) FILTER (WHERE tenths IS NOT NULL) AS hours,
      array_agg(n ORDER BY tenths) FILTER (WHERE tenths IS NOT NULL) AS counts, coalesce(sum(n) FILTER (WHERE tenths IS NULL), 0)::int AS pending
    FROM (SELECT key, cur, tenths, count(*)::int AS n FROM ${source} GROUP BY 1, 2, 3) buckets
    GROUP BY key, cur`;
}

/** PostgreSQL's counts arrive as bigint and its averages as numeric: the report's figures are plain numbers. */
function numbers<T extends object>(rows: T[]): T[] {
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])) as T);
}
