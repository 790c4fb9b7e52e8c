// `npm run search:reindex`: rebuilds the search index of the configured database from PostgreSQL, with a
// progress bar. Uses Meilisearch when MEILI_URL is set, like the server.
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/lib/database.ts';
import { createPrisma } from '../server/lib/prisma.ts';
import { createEngine } from './create-engine.ts';
import { rebuildIndex } from './indexer.ts';
import { waitForSearchLock } from './search-lock.ts';
import { SearchSource } from './source.ts';

const config = loadConfig();
const db = await openDatabase(config);
const prisma = createPrisma(db.url, 4);
const engine = createEngine(config, db.url);
try {
  const started = performance.now();
  // Under the lock the server's drains and rebuilds take: one writer at a time, one rebuild index at a time.
  const count = await waitForSearchLock(prisma, () => rebuildIndex(new SearchSource(prisma), engine));
  console.log(`Indexed ${count} documents into the ${engine.name} engine in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await engine.close();
  await prisma.$disconnect();
  await db.stop();
}
