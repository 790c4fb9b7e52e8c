import { afterAll } from 'vitest';
import { freshDatabase, type TestDatabase } from '../tests/support/database.ts';
import { engineContract } from './engine-contract.ts';
import { PostgresSearchEngine } from './postgres-engine.ts';
import { DEFAULT_PATHS, type SearchPaths } from './postgres-sql.ts';

const dbs: TestDatabase[] = [];
afterAll(() => Promise.all(dbs.map((db) => db.drop())));

const engine = (paths: SearchPaths) => async () => {
  const db = await freshDatabase();
  dbs.push(db);
  return new PostgresSearchEngine(db.url, 2, paths);
};

engineContract('PostgreSQL', engine(DEFAULT_PATHS));
// The contract's handful of documents take the few-matches path; the same answers must come from the paths of
// large results: facets from bitmaps, and pages walked in sort order or listed from bitmaps.
engineContract('PostgreSQL, many-matches paths (walked)', engine({ fewMatches: -1, listFactor: 1e12 }));
engineContract('PostgreSQL, many-matches paths (listed)', engine({ fewMatches: -1, listFactor: 0 }));
