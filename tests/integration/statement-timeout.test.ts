// A runaway statement (a pathological query, a lock held by someone else) cannot hold a serving process's
// connection for long: PostgreSQL cancels it after DB_STATEMENT_TIMEOUT_MS and the connection serves the next query.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrisma, type PrismaClient } from '../../server/lib/prisma.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';

let db: TestDatabase;
let prisma: PrismaClient;
beforeAll(async () => {
  db = await freshDatabase();
  prisma = createPrisma(db.url, 1, 300);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await db?.drop();
});

describe('statement timeout of the serving processes', () => {
  it('cancels a statement that runs past it, and the one connection answers the next query', async () => {
    const started = performance.now();
    await expect(prisma.$queryRaw`SELECT 1 AS one FROM pg_sleep(5)`).rejects.toThrow(/statement timeout/);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(await prisma.$queryRaw<{ one: number }[]>`SELECT 1 AS one`).toEqual([{ one: 1 }]);
  });

  it('is off where nobody asks for it (seeds, reindex, tests)', async () => {
    const plain = createPrisma(db.url, 1);
    try {
      await expect(plain.$queryRaw`SELECT 1 AS one FROM pg_sleep(0.5)`).resolves.toEqual([{ one: 1 }]);
    } finally {
      await plain.$disconnect();
    }
  });
});
