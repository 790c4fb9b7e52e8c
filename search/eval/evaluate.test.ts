import { describe, expect, it } from 'vitest';
import { formatEvaluation, worstQueries, type Evaluation, type QueryResult } from './evaluate.ts';
import { summarise } from './metrics.ts';

const result = (text: string, kind: QueryResult['query']['kind'], ranked: string[], successAt3: number, ndcgAt10: number): QueryResult => ({
  query: { text, kind, judgments: { wanted: 3, near: 1 } },
  group: kind,
  ranked,
  successAt3,
  ndcgAt10,
});

const results = [
  result('found', 'exact', ['wanted', 'near'], 1, 1),
  result('found late', 'typo', ['x', 'y', 'z', 'wanted'], 0, 0.4),
  result('near only', 'typo', ['near', 'wanted'], 1, 0.44),
  result('nothing', 'phrase', [], 0, 0),
];
const evaluation: Evaluation = { engine: 'postgres', results, ...summarise(results) };

describe('the evaluation report', () => {
  it('lists the worst queries first: lowest nDCG@10, then misses before hits', () => {
    expect(worstQueries(evaluation, 3).map((r) => r.query.text)).toEqual(['nothing', 'found late', 'near only']);
  });

  it('prints each kind, the overall figures and what the worst queries brought back, grades marked', () => {
    const text = formatEvaluation(evaluation, 2);
    expect(text).toMatch(/^postgres\s+queries\s+success@3\s+nDCG@10$/m);
    expect(text).toMatch(/^\s+typo\s+2\s+0\.50\s+0\.42$/m);
    expect(text).toMatch(/^\s+overall\s+4\s+0\.50\s+0\.46$/m);
    expect(text).toContain('0.00 miss [phrase] "nothing"\n      wanted [3]: wanted\n      got: (nothing)');
    expect(text).toContain('0.40 miss [typo] "found late"\n      wanted [3]: wanted\n      got: x, y, z, wanted [3]');
    expect(text).not.toContain('"near only"');
  });
});
