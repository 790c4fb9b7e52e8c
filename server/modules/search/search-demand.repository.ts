// The demand figures' table: per-day counters added to by each flush of a process's buffer, summed over a window.
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';

/** One term's counts for one day (Vietnam date, YYYY-MM-DD), as buffered and as added to the table. */
export interface DemandCounts {
  day: string;
  term: string;
  searches: number;
  zeroResults: number;
  clicked: number;
}

export interface DemandTermRow {
  term: string;
  searches: number;
  zeroResults: number;
  noClick: number;
}

/** Days from `fromDay` (included) to `toDay` (excluded), YYYY-MM-DD. */
export interface DayRange {
  fromDay: string;
  toDay: string;
}

export type DemandOrder = 'searches' | 'zeroResults';

// A search with hits that nobody clicked; zero-result searches have nothing to click and are counted apart. A forged
// click can only lower it to zero, never below.
const SUMS = Prisma.sql`term, SUM(searches)::int AS searches, SUM("zeroResults")::int AS "zeroResults",
  SUM(GREATEST(searches - "zeroResults" - clicked, 0))::int AS "noClick"`;

export class SearchDemandRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Adds the counts to the days' rows, creating them: one statement however many terms (processes add concurrently). */
  async add(counts: readonly DemandCounts[]): Promise<void> {
    if (!counts.length) return;
    await this.prisma.$executeRaw`
      INSERT INTO "SearchDemand" (day, term, searches, "zeroResults", clicked)
      SELECT d::date, t, s, z, c FROM unnest(${counts.map((c) => c.day)}::text[], ${counts.map((c) => c.term)}::text[],
        ${counts.map((c) => c.searches)}::int[], ${counts.map((c) => c.zeroResults)}::int[], ${counts.map((c) => c.clicked)}::int[]) AS u(d, t, s, z, c)
      ON CONFLICT (day, term) DO UPDATE SET searches = "SearchDemand".searches + EXCLUDED.searches,
        "zeroResults" = "SearchDemand"."zeroResults" + EXCLUDED."zeroResults", clicked = "SearchDemand".clicked + EXCLUDED.clicked`;
  }

  /** The terms of the days, most `order` first, then by term; `after` continues a page (the last row's sort values). */
  terms(range: DayRange, order: DemandOrder, limit: number, after?: readonly [number, string] | null): Promise<DemandTermRow[]> {
    const sum = order === 'searches' ? Prisma.sql`SUM(searches)` : Prisma.sql`SUM("zeroResults")`;
    return this.prisma.$queryRaw<DemandTermRow[]>`
      SELECT ${SUMS} FROM "SearchDemand"
      WHERE day >= ${range.fromDay}::date AND day < ${range.toDay}::date
      GROUP BY term
      HAVING ${sum} > 0 ${after ? Prisma.sql`AND (${sum} < ${after[0]} OR (${sum} = ${after[0]} AND term > ${after[1]}))` : Prisma.empty}
      ORDER BY ${sum} DESC, term
      LIMIT ${limit}`;
  }

  /** Deletes the days before `day`; returns how many rows went. */
  deleteBefore(day: string): Promise<number> {
    return this.prisma.$executeRaw`DELETE FROM "SearchDemand" WHERE day < ${day}::date`;
  }
}
