// `npm run eval:search`: seeds the demo data into a throw-away database (an embedded PostgreSQL of its own, or a
// scratch database on DATABASE_URL's server when set), indexes it with the PostgreSQL engine (and with Meilisearch
// when MEILI_URL is set, in an index of its own), runs the judged queries (search/eval/queries.ts) as the search page
// asks them and prints success@3 and nDCG@10 per kind of query and overall for each engine, with the worst queries
// and what came back (`-- --worst 30` lists more).
import { parseArgs } from 'node:util';
import { withMigratedScratchDatabase } from '../../prisma/scratch-database.ts';
import { createPrisma } from '../../server/lib/prisma.ts';
import { MeiliSearchEngine } from '../meilisearch-engine.ts';
import { PostgresSearchEngine } from '../postgres-engine.ts';
import type { SearchEngine } from '../types.ts';
import { evaluate, FLOORS, formatEvaluation, indexDemo } from './evaluate.ts';

const { values: args } = parseArgs({ options: { worst: { type: 'string', default: '10' } } });

await withMigratedScratchDatabase(async (url) => {
  const prisma = createPrisma(url, 4);
  const engines: SearchEngine[] = [new PostgresSearchEngine(url, 4)];
  // Its own index: the evaluation empties and refills it, which must not touch the platform's.
  if (process.env.MEILI_URL) engines.push(new MeiliSearchEngine(process.env.MEILI_URL, process.env.MEILI_MASTER_KEY, 'exchange_eval'));
  const [postgres] = engines;
  for (const engine of engines) {
    await indexDemo(prisma, engine); // seeds once (the seed skips a seeded database), rebuilds each engine's index
    const evaluation = await evaluate(engine, prisma);
    console.log(`\n${formatEvaluation(evaluation, Number(args.worst))}`);
    if (engine === postgres) {
      const met = evaluation.overall.successAt3 >= FLOORS.successAt3 && evaluation.overall.ndcgAt10 >= FLOORS.ndcgAt10;
      console.log(`\n  floors (tests/integration/search-relevance.test.ts): success@3 ≥ ${FLOORS.successAt3}, nDCG@10 ≥ ${FLOORS.ndcgAt10}: ${met ? 'met' : 'NOT met'}`);
    }
    await engine.close();
  }
  if (!process.env.MEILI_URL) console.log('\nmeilisearch: not run (MEILI_URL not set)');
  await prisma.$disconnect();
});
