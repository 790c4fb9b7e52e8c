// Facet counts as the page shows them: the API's values in a sensible order, with the chosen ones always listed
// (a chosen value may match nothing after other filters changed, and must still be there to be unticked).

export interface FacetCount {
  value: string;
  count: number;
}

export interface FacetOption<T extends string = string> {
  value: T;
  count: number;
  selected: boolean;
}

/**
 * The options of one group. With `order` (an enum or a taxonomy) values follow it and unknown ones are left out;
 * without it they follow the API (most results first) and chosen values missing from the counts come last.
 */
export function facetOptions<T extends string>(
  counts: readonly FacetCount[],
  selected: readonly T[],
  order?: readonly T[],
): FacetOption<T>[] {
  const countOf = new Map(counts.map((c) => [c.value, c.count]));
  const values: T[] = order
    ? order.filter((value) => (countOf.get(value) ?? 0) > 0 || selected.includes(value))
    : [
        ...counts.filter((c) => c.count > 0 || selected.includes(c.value as T)).map((c) => c.value as T),
        ...selected.filter((value) => !countOf.has(value)),
      ];
  return values.map((value) => ({ value, count: countOf.get(value) ?? 0, selected: selected.includes(value) }));
}

/**
 * Counts for the TRL bound selects: how many results "TRL n or higher" (min) or "TRL n or lower" (max) would
 * leave, given the other bound. `counts` must come from a search without TRL bounds.
 */
export function trlBoundCounts(
  counts: readonly FacetCount[],
  bound: 'min' | 'max',
  other: number | null,
  levels: readonly number[],
): { level: number; count: number }[] {
  const perLevel = counts
    .map((c) => ({ level: Number(c.value), count: c.count }))
    .filter((c) => Number.isInteger(c.level));
  return levels.map((level) => ({
    level,
    count: perLevel
      .filter((c) =>
        bound === 'min'
          ? c.level >= level && (other == null || c.level <= other)
          : c.level <= level && (other == null || c.level >= other),
      )
      .reduce((sum, c) => sum + c.count, 0),
  }));
}

/** The count of one value ("true" of the verified facet, say), 0 when absent. */
export function countOf(counts: readonly FacetCount[], value: string): number {
  return counts.find((c) => c.value === value)?.count ?? 0;
}
