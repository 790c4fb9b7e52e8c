import { afterAll } from 'vitest';
import { freshDatabase, type TestDatabase } from '../tests/support/database.ts';
import { engineContract } from './engine-contract.ts';
import { PostgresSearchEngine } from './postgres-engine.ts';

let db: TestDatabase | undefined;
afterAll(() => db?.drop());

engineContract('PostgreSQL', async () => {
  db = await freshDatabase();
  return new PostgresSearchEngine(db.url, 2);
});
