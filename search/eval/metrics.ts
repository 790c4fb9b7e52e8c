// The two relevance measures of `npm run eval:search` and its floor test, over graded judgments (3, 2, 1; an
// unjudged item is 0).

export type Judgments = Readonly<Record<string, number>>;

/**
 * 1 when an item of the best grade the query has (3 when it has one) is among the first three answers, else 0:
 * did the person see what they came for without scrolling.
 */
export function successAt3(ranked: readonly string[], judgments: Judgments): number {
  const best = Math.max(...Object.values(judgments));
  return ranked.slice(0, 3).some((key) => judgments[key] === best) ? 1 : 0;
}

// Exponential gain (2^grade − 1): the item the person wants (7) outweighs two clearly relevant ones (3 each).
const gain = (grade: number) => 2 ** grade - 1;
const dcg = (grades: readonly number[], k: number) =>
  grades.slice(0, k).reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);

/** Normalised discounted cumulative gain of the first k answers: 1 when they are the judged items best first. */
export function ndcgAt(k: number, ranked: readonly string[], judgments: Judgments): number {
  const ideal = dcg(Object.values(judgments).sort((a, b) => b - a), k);
  if (ideal === 0) throw new Error('a judged query needs at least one relevant item');
  return dcg(ranked.map((key) => judgments[key] ?? 0), k) / ideal;
}

export interface Scores {
  queries: number;
  successAt3: number;
  ndcgAt10: number;
}

/** Means over the queries, per group and overall. */
export function summarise<T extends { group: string; successAt3: number; ndcgAt10: number }>(
  rows: readonly T[],
): { groups: Map<string, Scores>; overall: Scores } {
  const mean = (list: readonly T[]): Scores => ({
    queries: list.length,
    successAt3: list.reduce((s, r) => s + r.successAt3, 0) / list.length,
    ndcgAt10: list.reduce((s, r) => s + r.ndcgAt10, 0) / list.length,
  });
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.group, [...(groups.get(row.group) ?? []), row]);
  return { groups: new Map([...groups].map(([group, list]) => [group, mean(list)])), overall: mean(rows) };
}
