// The search index's lag: changes committed but not yet in the index, and the age of the oldest. One query, read by
// the metrics (search_outbox_* gauges) and by the admins' System page.
import type { PrismaClient } from '../../lib/prisma.ts';

export interface SearchLag {
  pending: number;
  oldestAgeSeconds: number;
}

export async function searchLag(prisma: Pick<PrismaClient, '$queryRaw'>): Promise<SearchLag> {
  const [row] = await prisma.$queryRaw<{ pending: number; age: number }[]>`
    SELECT count(*)::int AS pending, COALESCE(EXTRACT(EPOCH FROM now() - min("createdAt")), 0)::float8 AS age
    FROM "Outbox" WHERE "processedAt" IS NULL`;
  return { pending: row.pending, oldestAgeSeconds: row.age };
}
