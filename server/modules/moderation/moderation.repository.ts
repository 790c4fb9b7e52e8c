import {
  Prisma,
  type AuditEvent,
  type ClaimType,
  type ClaimVerification,
  type ModerationDecision,
  type OutboxOp,
  type PrismaClient,
} from '../../generated/prisma/client.ts';
import { pagesPerParent } from '../../lib/keyset-sql.ts';
import { keyset, type PageRequest } from '../../lib/pagination.ts';
import type { Tx } from '../../lib/prisma.ts';
import type { AuditActorKind } from '../../generated/prisma/enums.ts';

export type DecisionRow = ModerationDecision;

/** Decisions on a listing or profile: newest first. */
export const DECISIONS_ORDER = keyset('decisions', ['createdAt', 'date', 'desc'], ['id', 'id', 'desc']);
/** An entity's audit trail: newest first. */
export const AUDIT_TRAIL_ORDER = keyset('audit-trail', ['createdAt', 'date', 'desc'], ['id', 'serial', 'desc']);

export type AuditTrailRow = Omit<AuditEvent, 'id'> & { id: string; actorName: string | null; byPlatform: boolean };

/** The moderation queue: oldest submission first; an item is keyed by its revision when it is an edit, else by its own id. */
export const QUEUE_ORDER = keyset('review-queue', ['submittedAt', 'date', 'asc'], ['key', 'id', 'asc']);

interface QueueKey {
  entityType: EntityType;
  entityId: string;
  revisionId: string | null;
  submittedAt: Date;
  key: string;
}
export type ClaimRow = ClaimVerification;
export type EntityType = 'listing' | 'organisation';

export interface AuditInput {
  actorId: string | null;
  action: string;
  /** Beyond listings and organisations: what the demo seed creates with them (accounts, memberships, IP titles). */
  entityType: EntityType | 'user' | 'membership' | 'ipTitle';
  entityId: string;
  data?: Record<string, unknown>;
  /** PLATFORM when the platform acted by itself (auditActor(ctx)); USER when left out. */
  actorKind?: AuditActorKind;
  /** When it happened, if not now: the demo seed's history. */
  createdAt?: Date;
}

/** Records that travel with every change: the audit trail and the search outbox, in the caller's transaction. */
export async function recordChange(tx: Tx, audit: AuditInput, outbox?: OutboxOp): Promise<void> {
  await tx.auditEvent.create({ data: { ...audit, data: (audit.data ?? {}) as object } });
  if (outbox) await tx.outbox.create({ data: { entityType: audit.entityType, entityId: audit.entityId, op: outbox } });
}

export class ModerationRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** A page of the decisions on each of the entities, in one query. */
  decisionsOf(entityType: EntityType, entityIds: readonly string[], page: PageRequest<typeof DECISIONS_ORDER.columns>): Promise<DecisionRow[]> {
    return pagesPerParent<DecisionRow, typeof DECISIONS_ORDER.columns>(this.prisma, {
      table: 'ModerationDecision',
      parentColumn: 'entityId',
      parentIds: entityIds,
      where: Prisma.sql`AND t."entityType" = ${entityType}`,
      set: DECISIONS_ORDER,
      page,
    });
  }

  claimsOf(entityType: EntityType, entityIds: readonly string[]): Promise<ClaimRow[]> {
    return this.prisma.claimVerification.findMany({ where: { entityType, entityId: { in: [...entityIds] } } });
  }

  async verifyClaim(
    entityType: EntityType,
    entityId: string,
    claim: ClaimType,
    note: string | null,
    moderatorId: string,
  ): Promise<ClaimRow> {
    return this.prisma.$transaction(async (tx) => {
      const row = await tx.claimVerification.upsert({
        where: { entityType_entityId_claim: { entityType, entityId, claim } },
        create: { entityType, entityId, claim, note, verifiedById: moderatorId },
        update: { note, verifiedById: moderatorId, createdAt: new Date() },
      });
      await recordChange(tx, { actorId: moderatorId, action: `${entityType}.verifyClaim`, entityType, entityId, data: { claim, note } }, 'UPSERT');
      return row;
    });
  }

  async unverifyClaim(entityType: EntityType, entityId: string, claim: ClaimType, moderatorId: string): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.claimVerification.deleteMany({ where: { entityType, entityId, claim } });
      if (count) {
        await recordChange(tx, { actorId: moderatorId, action: `${entityType}.unverifyClaim`, entityType, entityId, data: { claim } }, 'UPSERT');
      }
      return count > 0;
    });
  }

  async organisationExists(id: string): Promise<boolean> {
    return (await this.prisma.organisation.count({ where: { id } })) > 0;
  }

  /** A page of the audit trail of each of the entities, in one query, with who acted. */
  async auditTrails(entityType: EntityType, entityIds: readonly string[], page: PageRequest<typeof AUDIT_TRAIL_ORDER.columns>): Promise<AuditTrailRow[]> {
    const rows = await pagesPerParent<AuditEvent, typeof AUDIT_TRAIL_ORDER.columns>(this.prisma, {
      table: 'AuditEvent',
      parentColumn: 'entityId',
      parentType: 'text',
      parentIds: entityIds,
      where: Prisma.sql`AND t."entityType" = ${entityType}`,
      set: AUDIT_TRAIL_ORDER,
      page,
    });
    const actorIds = [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
    const actors = actorIds.length ? await this.prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, displayName: true } }) : [];
    return rows.map((r) => ({
      ...r,
      id: String(r.id),
      actorName: actors.find((a) => a.id === r.actorId)?.displayName ?? null,
      byPlatform: r.actorKind === 'PLATFORM',
    }));
  }

  /**
   * A page of what waits for the department, oldest submission first: listings and organisations under review and
   * pending edits of published ones (an edit is keyed by its revision, the rest by their own id), with how many wait
   * in all; then the page's rows by id. An item's time is when it was submitted, else its last change: each part is
   * read in that order from its index (one branch per column, the page's size at most), so a page costs the same
   * however long the queue, and the count reads the status indexes alone.
   */
  async queue(filter: { kind?: string | null; fieldCode?: string | null; entityType?: string | null }, page: PageRequest<typeof QUEUE_ORDER.columns>) {
    const wantListings = !filter.entityType || filter.entityType === 'listing';
    const wantOrgs = (!filter.entityType || filter.entityType === 'organisation') && !filter.kind && !filter.fieldCode;
    const listingFilter = Prisma.sql`${filter.kind ? Prisma.sql`AND l.kind = ${filter.kind}::"ListingKind"` : Prisma.empty}
      ${filter.fieldCode ? Prisma.sql`AND (l."fieldCode" = ${filter.fieldCode} OR l."fieldCode" IN (SELECT code FROM "FieldOfScience" WHERE "parentCode" = ${filter.fieldCode}))` : Prisma.empty}`;
    const after = page.after;
    // A branch of rows whose time is `at` and key `key`, from `after` on, in queue order, the page's size at most.
    const branch = (select: Prisma.Sql, at: Prisma.Sql, key: Prisma.Sql, where: Prisma.Sql) =>
      Prisma.sql`(${select} WHERE ${where} ${after ? Prisma.sql`AND (${at}, ${key}) > (${after[0]}, ${after[1]}::uuid)` : Prisma.empty}
        ORDER BY ${at}, ${key} LIMIT ${page.take})`;
    // Items never submitted through the workflow (no submittedAt) wait since their last change.
    const ownTime = (type: EntityType, table: 'Listing' | 'Organisation', a: 'l' | 'o', where: Prisma.Sql) =>
      (['submittedAt', 'updatedAt'] as const).map((column) => {
        const at = Prisma.raw(`${a}."${column}"`);
        return branch(
          Prisma.sql`SELECT ${type} AS "entityType", ${Prisma.raw(a)}.id AS "entityId", NULL::uuid AS "revisionId", ${at} AS "submittedAt", ${Prisma.raw(a)}.id AS key FROM ${Prisma.raw(`"${table}" ${a}`)}`,
          at,
          Prisma.raw(`${a}.id`),
          Prisma.sql`${where} AND ${Prisma.raw(`${a}."submittedAt" IS ${column === 'submittedAt' ? 'NOT NULL' : 'NULL'}`)}`,
        );
      });
    const revisions = (type: EntityType, join: Prisma.Sql, where: Prisma.Sql) =>
      branch(
        Prisma.sql`SELECT ${type} AS "entityType", r."entityId", r.id AS "revisionId", COALESCE(r."submittedAt", r."createdAt") AS "submittedAt", r.id AS key FROM "Revision" r ${join}`,
        Prisma.sql`COALESCE(r."submittedAt", r."createdAt")`,
        Prisma.sql`r.id`,
        Prisma.sql`r.status = 'PENDING_REVIEW' AND r."entityType" = ${type} ${where}`,
      );
    const parts: Prisma.Sql[] = [];
    const counts: Prisma.Sql[] = [];
    if (wantListings) {
      parts.push(...ownTime('listing', 'Listing', 'l', Prisma.sql`l.status = 'PENDING_REVIEW' ${listingFilter}`));
      parts.push(revisions('listing', Prisma.sql`JOIN "Listing" l ON l.id = r."entityId"`, listingFilter));
      counts.push(Prisma.sql`(SELECT count(*) FROM "Listing" l WHERE l.status = 'PENDING_REVIEW' ${listingFilter})`);
      counts.push(Prisma.sql`(SELECT count(*) FROM "Revision" r JOIN "Listing" l ON l.id = r."entityId" WHERE r.status = 'PENDING_REVIEW' AND r."entityType" = 'listing' ${listingFilter})`);
    }
    if (wantOrgs) {
      parts.push(...ownTime('organisation', 'Organisation', 'o', Prisma.sql`o.status = 'PENDING_REVIEW'`));
      parts.push(revisions('organisation', Prisma.sql`JOIN "Organisation" o ON o.id = r."entityId"`, Prisma.empty));
      counts.push(Prisma.sql`(SELECT count(*) FROM "Organisation" o WHERE o.status = 'PENDING_REVIEW')`);
      counts.push(Prisma.sql`(SELECT count(*) FROM "Revision" r JOIN "Organisation" o ON o.id = r."entityId" WHERE r.status = 'PENDING_REVIEW' AND r."entityType" = 'organisation')`);
    }
    if (!parts.length) return { totalCount: 0, items: [] };
    // The count comes with the page (a page past the end still says how many wait).
    const rows = await this.prisma.$queryRaw<(Partial<QueueKey> & { total: bigint })[]>`
      SELECT q.*, t.total FROM (SELECT ${Prisma.join(counts, ' + ')} AS total) t
      LEFT JOIN LATERAL (SELECT * FROM (${Prisma.join(parts, ' UNION ALL ')}) q ORDER BY "submittedAt", key LIMIT ${page.take}) q ON true
      ORDER BY q."submittedAt", q.key`;
    const totalCount = Number(rows[0]?.total ?? 0);
    const keys = rows.filter((r): r is QueueKey & { total: bigint } => r.entityId != null);
    const idsOf = (type: EntityType) => keys.filter((r) => r.entityType === type).map((r) => r.entityId);
    const revisionIds = keys.flatMap((r) => (r.revisionId ? [r.revisionId] : []));
    const [listings, orgs, revisionRows] = await Promise.all([
      idsOf('listing').length ? this.prisma.listing.findMany({ where: { id: { in: idsOf('listing') } } }) : [],
      idsOf('organisation').length ? this.prisma.organisation.findMany({ where: { id: { in: idsOf('organisation') } } }) : [],
      revisionIds.length ? this.prisma.revision.findMany({ where: { id: { in: revisionIds } } }) : [],
    ]);
    const items = keys.map((r) => ({
      entityType: r.entityType,
      listing: listings.find((l) => r.entityType === 'listing' && l.id === r.entityId) ?? null,
      organisation: orgs.find((o) => r.entityType === 'organisation' && o.id === r.entityId) ?? null,
      revision: revisionRows.find((v) => v.id === r.revisionId) ?? null,
      submittedAt: r.submittedAt,
      key: r.key,
    }));
    return { totalCount, items };
  }

}
