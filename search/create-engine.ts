import { MeiliSearchEngine, type MeiliOptions } from './meilisearch-engine.ts';
import { PostgresSearchEngine } from './postgres-engine.ts';
import type { SearchEngine } from './types.ts';

/** Meilisearch when MEILI_URL is set (docker-compose sets it), otherwise the embedded PostgreSQL engine. */
export function createEngine(
  config: { MEILI_URL?: string; MEILI_MASTER_KEY?: string; MEILI_INDEX: string },
  databaseUrl: string,
  log?: MeiliOptions['log'],
): SearchEngine {
  return config.MEILI_URL
    ? new MeiliSearchEngine(config.MEILI_URL, config.MEILI_MASTER_KEY, config.MEILI_INDEX, { log })
    : new PostgresSearchEngine(databaseUrl);
}
