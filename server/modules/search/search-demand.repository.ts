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

// A search with hits that nobody clicked; zero-result searches have nothing to click and are counted apart. Forged
// clicks on a searched term can only lower it to zero, never below.
const SUMS = Prisma.sql`term, SUM(searches)::int AS searches, SUM("zeroResults")::int AS "zeroResults",
  SUM(GREATEST(searches - "zeroResults" - clicked, 0))::int AS "noClick"`;

export class SearchDemandRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Adds the counts to the days' rows: the searched terms in one upsert (processes add concurrently), then the clicks
   * on searches already written (a click never creates a row, so a forged ref cannot put a term nobody searched here).
   */
  async add(counts: readonly DemandCounts[]): Promise<void> {
    const searched = counts.filter((c) => c.searches > 0);
    const clickedOnly = counts.filter((c) => c.searches === 0 && c.clicked > 0);
    if (searched.length) {
      await this.prisma.$executeRaw`
        INSERT INTO "SearchDemand" (day, term, searches, "zeroResults", clicked)
        SELECT d::date, t, s, z, c FROM unnest(${searched.map((c) => c.day)}::text[], ${searched.map((c) => c.term)}::text[],
          ${searched.map((c) => c.searches)}::int[], ${searched.map((c) => c.zeroResults)}::int[], ${searched.map((c) => c.clicked)}::int[]) AS u(d, t, s, z, c)
        ON CONFLICT (day, term) DO UPDATE SET searches = "SearchDemand".searches + EXCLUDED.searches,
          "zeroResults" = "SearchDemand"."zeroResults" + EXCLUDED."zeroResults", clicked = "SearchDemand".clicked + EXCLUDED.clicked`;
    }
    if (clickedOnly.length) {
      await this.prisma.$executeRaw`
        UPDATE "SearchDemand" SET clicked = "SearchDemand".clicked + u.c
        FROM unnest(${clickedOnly.map((c) => c.day)}::text[], ${clickedOnly.map((c) => c.term)}::text[], ${clickedOnly.map((c) => c.clicked)}::int[]) AS u(d, t, c)
        WHERE "SearchDemand".day = u.d::date AND "SearchDemand".term = u.t`;
    }
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

  /** Every search of the days, and those that found nothing: what the report's shares divide by. */
  async totals(range: DayRange): Promise<{ searches: number; zeroResults: number }> {
    const [t] = await this.prisma.$queryRaw<{ searches: number; zeroResults: number }[]>`
      SELECT COALESCE(SUM(searches), 0)::int AS searches, COALESCE(SUM("zeroResults"), 0)::int AS "zeroResults" FROM "SearchDemand"
      WHERE day >= ${range.fromDay}::date AND day < ${range.toDay}::date`;
    return t!;
  }

  /** Deletes the days before `day`; returns how many rows went. */
  deleteBefore(day: string): Promise<number> {
    return this.prisma.$executeRaw`DELETE FROM "SearchDemand" WHERE day < ${day}::date`;
  }
}
