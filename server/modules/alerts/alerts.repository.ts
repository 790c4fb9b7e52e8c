import type { AlertFrequency, PrismaClient, SavedSearch } from '../../generated/prisma/client.ts';
import { keyset, keysetOrder, keysetWhere, type PageRequest } from '../../lib/pagination.ts';
import type { Tx } from '../../lib/prisma.ts';
import type { MatchForm, SearchCriteria } from './alerts-criteria.ts';

export type SavedSearchRow = SavedSearch;

/** Newest first. */
export const SAVED_SEARCH_ORDER = keyset('savedSearches', ['createdAt', 'date', 'desc'], ['id', 'id', 'desc']);

/** A saved search that may match a published item, with what its alert needs of its owner. */
export interface Candidate {
  id: string;
  userId: string;
  name: string;
  criteria: SearchCriteria;
  groups: string[][][];
  frequency: AlertFrequency;
  unsubscribeToken: string;
  email: string;
  displayName: string;
  locale: 'vi' | 'en';
  emailOptOut: string[];
}

export interface NewSavedSearch {
  userId: string;
  name: string;
  criteria: SearchCriteria;
  form: MatchForm;
  frequency: AlertFrequency;
  unsubscribeToken: string;
}

/** An item a digest carries: the delivery, its search and the person. */
export interface PendingDelivery {
  deliveryId: string;
  savedSearchId: string;
  name: string;
  criteria: SearchCriteria;
  unsubscribeToken: string;
  entityType: 'listing' | 'organisation';
  entityId: string;
  reasons: unknown;
  userId: string;
  email: string;
  displayName: string;
  locale: 'vi' | 'en';
  emailOptOut: string[];
}

export class AlertsRepository {
  constructor(private readonly prisma: PrismaClient) {}

  page(userId: string, page: PageRequest<typeof SAVED_SEARCH_ORDER.columns>): Promise<SavedSearchRow[]> {
    return this.prisma.savedSearch.findMany({
      where: { userId, ...keysetWhere(SAVED_SEARCH_ORDER, page.after) },
      orderBy: keysetOrder(SAVED_SEARCH_ORDER),
      take: page.take,
    });
  }

  count(userId: string): Promise<number> {
    return this.prisma.savedSearch.count({ where: { userId } });
  }

  find(id: string): Promise<SavedSearchRow | null> {
    return this.prisma.savedSearch.findUnique({ where: { id } });
  }

  /** The new search, unless the person already has `max` (counted under a lock on the person's row, so two saves at once cannot pass it). */
  create(input: NewSavedSearch, max: number): Promise<SavedSearchRow | null> {
    return this.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${input.userId}::uuid FOR UPDATE`;
      if ((await tx.savedSearch.count({ where: { userId: input.userId } })) >= max) return null;
      return tx.savedSearch.create({
        data: {
          userId: input.userId,
          name: input.name,
          criteria: input.criteria as object,
          groups: input.form.groups,
          required: input.form.required,
          anchors: input.form.anchors,
          frequency: input.frequency,
          unsubscribeToken: input.unsubscribeToken,
        },
      });
    });
  }

  update(id: string, data: { name?: string; frequency?: AlertFrequency }): Promise<SavedSearchRow> {
    return this.prisma.savedSearch.update({ where: { id }, data });
  }

  async delete(id: string): Promise<void> {
    await this.prisma.savedSearch.deleteMany({ where: { id } });
  }

  byUnsubscribeToken(token: string): Promise<SavedSearchRow | null> {
    return this.prisma.savedSearch.findUnique({ where: { unsubscribeToken: token } });
  }

  /**
   * The saved searches that may match a document holding `terms`: those anchored on one of its terms and whose
   * single-alternative terms it all holds, of active people who are not members of the organisation that published
   * it (nobody is alerted about their own listing). TypeScript confirms the groups.
   */
  candidates(terms: readonly string[], publisherId: string | null): Promise<Candidate[]> {
    return this.prisma.$queryRaw<Candidate[]>`
      SELECT s.id, s."userId", s.name, s.criteria, s.groups, s.frequency, s."unsubscribeToken",
             u.email, u."displayName", u.locale::text AS locale, u."emailOptOut"
      FROM "SavedSearch" s JOIN "User" u ON u.id = s."userId" AND u.status = 'ACTIVE'
      WHERE s.anchors && ${terms}::text[] AND s.required <@ ${terms}::text[]
        AND NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = s."userId" AND m."organisationId" = ${publisherId}::uuid)`;
  }

  /** Records the deliveries; returns the ids of the saved searches that had not delivered this item yet. */
  async recordDeliveries(
    tx: Tx,
    entityType: 'listing' | 'organisation',
    entityId: string,
    rows: { savedSearchId: string; reasons: object; digested: boolean }[],
  ): Promise<Set<string>> {
    if (!rows.length) return new Set();
    const inserted = await tx.$queryRaw<{ savedSearchId: string }[]>`
      INSERT INTO "SavedSearchDelivery" (id, "savedSearchId", "entityType", "entityId", reasons, "digestedAt")
      SELECT gen_random_uuid(), r.id, ${entityType}, ${entityId}::uuid, r.reasons, CASE WHEN r.digested THEN now() END
      FROM unnest(${rows.map((r) => r.savedSearchId)}::uuid[], ${rows.map((r) => JSON.stringify(r.reasons))}::jsonb[], ${rows.map((r) => r.digested)}::boolean[])
        AS r(id, reasons, digested)
      ON CONFLICT ("savedSearchId", "entityType", "entityId") DO NOTHING
      RETURNING "savedSearchId"`;
    return new Set(inserted.map((r) => r.savedSearchId));
  }

  /**
   * Deliveries of searches with this frequency that no digest carried yet, of active people, for the people after
   * `afterUserId` (in pages of people, so that one digest run never holds everything in memory).
   */
  pendingDigest(frequency: AlertFrequency, afterUserId: string | null, people: number): Promise<PendingDelivery[]> {
    return this.prisma.$queryRaw<PendingDelivery[]>`
      WITH persons AS (
        SELECT DISTINCT s."userId" FROM "SavedSearchDelivery" d JOIN "SavedSearch" s ON s.id = d."savedSearchId"
          JOIN "User" u ON u.id = s."userId" AND u.status = 'ACTIVE'
        WHERE d."digestedAt" IS NULL AND s.frequency = ${frequency}::"AlertFrequency"
          AND (${afterUserId}::uuid IS NULL OR s."userId" > ${afterUserId}::uuid)
        ORDER BY s."userId" LIMIT ${people})
      SELECT d.id AS "deliveryId", s.id AS "savedSearchId", s.name, s.criteria, s."unsubscribeToken", d."entityType", d."entityId",
             d.reasons, u.id AS "userId", u.email, u."displayName", u.locale::text AS locale, u."emailOptOut"
      FROM persons p JOIN "SavedSearch" s ON s."userId" = p."userId" AND s.frequency = ${frequency}::"AlertFrequency"
        JOIN "SavedSearchDelivery" d ON d."savedSearchId" = s.id AND d."digestedAt" IS NULL
        JOIN "User" u ON u.id = s."userId" AND u.status = 'ACTIVE'
      ORDER BY u.id, s."createdAt", d."createdAt"`;
  }

  async markDigested(tx: Tx, deliveryIds: readonly string[], savedSearchIds: readonly string[]): Promise<void> {
    await tx.$executeRaw`UPDATE "SavedSearchDelivery" SET "digestedAt" = now() WHERE id = ANY(${[...deliveryIds]}::uuid[])`;
    await tx.$executeRaw`UPDATE "SavedSearch" SET "lastDigestAt" = now() WHERE id = ANY(${[...savedSearchIds]}::uuid[])`;
  }

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn, { timeout: 60_000 });
  }
}
