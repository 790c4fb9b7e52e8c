// Relevance cannot regress silently: the PostgreSQL engine, filled with the demo data, answers the judged queries
// (search/eval/queries.ts) at issue 17's floors. `npm run eval:search` prints the same figures per kind of query.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, FLOORS, formatEvaluation, indexDemo, type Evaluation } from '../../search/eval/evaluate.ts';
import { PostgresSearchEngine } from '../../search/postgres-engine.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';

let db: TestDatabase;
let engine: PostgresSearchEngine;
let evaluation: Evaluation;

beforeAll(async () => {
  db = await freshDatabase();
  engine = new PostgresSearchEngine(db.url, 2);
  await indexDemo(db.prisma, engine);
  evaluation = await evaluate(engine, db.prisma);
});

afterAll(async () => {
  await engine?.close();
  await db?.drop();
});

describe('search relevance on the demo data (PostgreSQL engine)', () => {
  it(`shows what the person wants in the first three answers of at least ${FLOORS.successAt3 * 100}% of the judged queries`, () => {
    expect(evaluation.overall.successAt3, formatEvaluation(evaluation)).toBeGreaterThanOrEqual(FLOORS.successAt3);
  });

  it(`ranks the first ten answers at nDCG@10 ≥ ${FLOORS.ndcgAt10} over the judged queries`, () => {
    expect(evaluation.overall.ndcgAt10, formatEvaluation(evaluation)).toBeGreaterThanOrEqual(FLOORS.ndcgAt10);
  });

  it('finds the two queries of issue 17 in the first three answers, with and without accents', () => {
    const issueQueries = ['công nghệ sấy thanh long', 'cong nghe say thanh long', 'giải pháp xử lý nước thải cho xưởng bún', 'giai phap xu ly nuoc thai cho xuong bun'];
    const missed = evaluation.results.filter((r) => issueQueries.includes(r.query.text) && !r.successAt3).map((r) => `"${r.query.text}": ${r.ranked.slice(0, 3).join(', ') || 'nothing'}`);
    expect(missed).toEqual([]);
  });
});
