// The performance goals, judged on the figures of one run (ratios against references measured in the same
// run, since these machines drift by a quarter between runs).

export interface PageFigures {
  signedIn: boolean;
  /** Requests per second and p99 (ms) with 16 clients on one process. */
  rps16: number;
  p99: number;
  /** What the page costs against its GraphQL operations: their throughput ÷ the page's (1 = free rendering). */
  pageOverGraphql: number;
  /** SQL statements of the page's operations with 10 and 50 items a page (null where no operation takes a size). */
  statementsAt10: number | null;
  statementsAt50: number | null;
}

export interface Verdict {
  goal: string;
  met: boolean;
}

/** Every goal a page is held to, met or missed. */
export function pageVerdicts(f: PageFigures): Verdict[] {
  const verdicts: Verdict[] = f.signedIn
    ? [{ goal: '≥ 200 req/s', met: f.rps16 >= 200 }]
    : [
        { goal: '≥ 400 req/s', met: f.rps16 >= 400 },
        { goal: 'p99 ≤ 100 ms', met: f.p99 <= 100 },
        { goal: '≤ 1.5× GraphQL', met: f.pageOverGraphql <= 1.5 },
      ];
  if (f.statementsAt10 !== null && f.statementsAt50 !== null) {
    verdicts.push({ goal: 'SQL flat in page size', met: f.statementsAt50 <= f.statementsAt10 });
  }
  return verdicts;
}

/** "met" when every goal is, else "miss:" and the goals missed. */
export function verdictText(verdicts: Verdict[]): string {
  const missed = verdicts.filter((v) => !v.met).map((v) => v.goal);
  return missed.length ? `miss: ${missed.join(', ')}` : 'met';
}

/** One goal's figure beside its bound: "met" or "miss". */
export const meets = (met: boolean) => (met ? 'met' : 'miss');

/** GraphQL search against the bare engine in the same run, and its p95 on two processes. */
export const SEARCH_GOALS = { graphqlOverBare: 0.7, p95TwoProcessesMs: 40 };
/** Resident memory of one serving process with the search mirror loaded. */
export const MEMORY_GOAL_MB = 250;
