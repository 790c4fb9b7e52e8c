// Runs the judged queries (queries.ts) through a search engine filled with the demo data and scores its answers
// (metrics.ts): what `npm run eval:search` prints and tests/integration/search-relevance.test.ts holds to floors.
import { seedDemo } from '../../prisma/seed/demo.ts';
import type { PrismaClient } from '../../server/generated/prisma/client.ts';
import { rebuildIndex } from '../indexer.ts';
import { SearchSource } from '../source.ts';
import type { SearchEngine, SearchQuery } from '../types.ts';
import { ndcgAt, successAt3, summarise, type Scores } from './metrics.ts';
import { JUDGED_QUERIES, type JudgedQuery } from './queries.ts';

/** Issue 17's figures for the PostgreSQL engine on the demo data, overall. */
export const FLOORS = { successAt3: 0.9, ndcgAt10: 0.85 } as const;

export interface QueryResult {
  query: JudgedQuery;
  group: string;
  /** Slugs of the first 10 answers, in order. */
  ranked: string[];
  successAt3: number;
  ndcgAt10: number;
}

export interface Evaluation {
  engine: string;
  results: QueryResult[];
  groups: Map<string, Scores>;
  overall: Scores;
}

/** Seeds the demo data into an empty, migrated database and fills the engine's index from it. */
export async function indexDemo(prisma: PrismaClient, engine: SearchEngine): Promise<void> {
  await seedDemo(prisma);
  await rebuildIndex(new SearchSource(prisma), engine, null);
  await engine.warm?.();
}

/** Every judged query as the search page asks it (every kind, by relevance, no filter), first 10 answers scored. */
export async function evaluate(engine: SearchEngine, prisma: PrismaClient, queries: readonly JudgedQuery[] = JUDGED_QUERIES): Promise<Evaluation> {
  const slugs = await slugsById(prisma);
  const results: QueryResult[] = [];
  for (const query of queries) {
    const asked: SearchQuery = { text: query.text, kinds: [], filters: {}, sort: 'RELEVANCE', limit: 10, offset: 0 };
    const { hits } = await engine.search(asked);
    const ranked = hits.map((h) => slugs.get(h.id) ?? h.id);
    results.push({
      query,
      group: query.kind,
      ranked,
      successAt3: successAt3(ranked, query.judgments),
      ndcgAt10: ndcgAt(10, ranked, query.judgments),
    });
  }
  return { engine: engine.name, results, ...summarise(results) };
}

async function slugsById(prisma: PrismaClient): Promise<Map<string, string>> {
  const [listings, organisations] = await Promise.all([
    prisma.listing.findMany({ select: { id: true, slug: true } }),
    prisma.organisation.findMany({ select: { id: true, slug: true } }),
  ]);
  return new Map([
    ...listings.map((l) => [`listing-${l.id}`, l.slug] as const),
    ...organisations.map((o) => [`organisation-${o.id}`, o.slug] as const),
  ]);
}

/** The worst answered queries: lowest nDCG@10 first, misses of the first three before hits among equals. */
export function worstQueries(evaluation: Evaluation, count = 10): QueryResult[] {
  return [...evaluation.results].sort((a, b) => a.ndcgAt10 - b.ndcgAt10 || a.successAt3 - b.successAt3).slice(0, count);
}

const figure = (v: number) => v.toFixed(2).padStart(9);
const short = (slug: string) => (slug.length > 48 ? `${slug.slice(0, 47)}…` : slug);

/** The engine's table (per kind of query and overall) and its worst queries with what came back. */
export function formatEvaluation(evaluation: Evaluation, worst = 10): string {
  const lines = [`${evaluation.engine.padEnd(16)} queries  success@3  nDCG@10`];
  for (const [group, s] of [...evaluation.groups].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${group.padEnd(14)} ${String(s.queries).padStart(7)} ${figure(s.successAt3)}  ${figure(s.ndcgAt10)}`);
  }
  const o = evaluation.overall;
  lines.push(`  ${'overall'.padEnd(14)} ${String(o.queries).padStart(7)} ${figure(o.successAt3)}  ${figure(o.ndcgAt10)}`);
  lines.push('', `  worst ${worst} queries (nDCG@10, success@3; what came back, [grade] when judged):`);
  for (const r of worstQueries(evaluation, worst)) {
    const best = Math.max(...Object.values(r.query.judgments));
    const wanted = Object.entries(r.query.judgments).filter(([, g]) => g === best).map(([slug]) => short(slug));
    lines.push(`  ${r.ndcgAt10.toFixed(2)} ${r.successAt3 ? 'hit ' : 'miss'} [${r.group}] "${r.query.text}"`);
    lines.push(`      wanted [${best}]: ${wanted.join(', ')}`);
    const got = r.ranked.slice(0, 5).map((slug) => `${short(slug)}${r.query.judgments[slug] ? ` [${r.query.judgments[slug]}]` : ''}`);
    lines.push(`      got: ${got.length ? got.join(', ') : '(nothing)'}${r.ranked.length > 5 ? `, … (${r.ranked.length} in the first 10)` : ''}`);
  }
  return lines.join('\n');
}
