import { describe, expect, it } from 'vitest';
import { ndcgAt, successAt3, summarise } from './metrics.ts';

// Gains 2^grade − 1 (3 → 7, 2 → 3, 1 → 1), discounted by log2(position + 1); computed by hand below.
const judged = { a: 3, b: 2, c: 1 };
const IDEAL = 7 + 3 / Math.log2(3) + 1 / 2; // a, b, c in that order: 9.3928

describe('nDCG@k', () => {
  it('is 1 when the judged items come first, best first, whatever follows', () => {
    expect(ndcgAt(10, ['a', 'b', 'c', 'x', 'y'], judged)).toBe(1);
  });

  it('weighs each answer by its grade and its position', () => {
    // c, b, a: 1 + 3/log2(3) + 7/2 = 6.3928 → 0.6806
    expect(ndcgAt(10, ['c', 'b', 'a'], judged)).toBeCloseTo(0.6806, 4);
    // an unjudged item first, then a: 7/log2(3) = 4.4165 → 0.4702
    expect(ndcgAt(10, ['x', 'a'], judged)).toBeCloseTo(0.4702, 4);
    expect(ndcgAt(10, ['x', 'a'], judged)).toBeCloseTo((7 / Math.log2(3)) / IDEAL, 10);
  });

  it('counts only the first k answers, against the best k the judgments allow', () => {
    // a at position 11 is out of the first 10: only b at 1 counts, 3 / 9.3928 = 0.3194
    const ranked = ['b', ...'123456789'.split(''), 'a'];
    expect(ndcgAt(10, ranked, judged)).toBeCloseTo(0.3194, 4);
    // with k = 1 the ideal is a alone (7): b first gives 3/7
    expect(ndcgAt(1, ['b', 'a'], judged)).toBeCloseTo(3 / 7, 10);
  });

  it('is 0 when nothing judged comes back, and refuses a query judged with nothing relevant', () => {
    expect(ndcgAt(10, [], judged)).toBe(0);
    expect(ndcgAt(10, ['x', 'y'], judged)).toBe(0);
    expect(() => ndcgAt(10, ['a'], {})).toThrow(/at least one relevant/);
  });
});

describe('success@3', () => {
  it('is 1 only when an item of the best grade is among the first three', () => {
    expect(successAt3(['x', 'y', 'a'], judged)).toBe(1);
    expect(successAt3(['b', 'c', 'x', 'a'], judged)).toBe(0);
  });

  it('takes the best grade present when no item is graded 3', () => {
    expect(successAt3(['x', 'q'], { p: 2, q: 2, r: 1 })).toBe(1);
    expect(successAt3(['r', 'x', 'y', 'p'], { p: 2, q: 2, r: 1 })).toBe(0);
  });
});

describe('summarise', () => {
  it('averages per group and overall', () => {
    const { groups, overall } = summarise([
      { group: 'typo', successAt3: 1, ndcgAt10: 0.5 },
      { group: 'typo', successAt3: 0, ndcgAt10: 0.25 },
      { group: 'exact', successAt3: 1, ndcgAt10: 1 },
    ]);
    expect(groups.get('typo')).toEqual({ queries: 2, successAt3: 0.5, ndcgAt10: 0.375 });
    expect(groups.get('exact')).toEqual({ queries: 1, successAt3: 1, ndcgAt10: 1 });
    expect(overall).toEqual({ queries: 3, successAt3: 2 / 3, ndcgAt10: 1.75 / 3 });
  });
});
