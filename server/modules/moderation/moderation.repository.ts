import type {
  ClaimType,
  ClaimVerification,
  ModerationDecision,
  OutboxOp,
  PrismaClient,
} from '../../generated/prisma/client.ts';
import type { Tx } from '../../lib/prisma.ts';
import type { AuditActorKind } from '../../generated/prisma/enums.ts';

export type DecisionRow = ModerationDecision;
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

  decisionsOf(entityType: EntityType, entityIds: readonly string[]): Promise<DecisionRow[]> {
    return this.prisma.moderationDecision.findMany({
      where: { entityType, entityId: { in: [...entityIds] } },
      orderBy: { createdAt: 'desc' },
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

  auditTrail(entityType: EntityType, entityId: string) {
    return this.prisma.auditEvent.findMany({
      where: { entityType, entityId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      include: { actor: { select: { displayName: true } } },
      take: 200,
    });
  }

  /** Listings and organisations under review, and pending edits of published ones, oldest first. */
  async queue(filter: { kind?: string | null; fieldCode?: string | null; entityType?: string | null }) {
    const wantListings = !filter.entityType || filter.entityType === 'listing';
    const wantOrgs = (!filter.entityType || filter.entityType === 'organisation') && !filter.kind && !filter.fieldCode;
    const listingWhere = {
      ...(filter.kind ? { kind: filter.kind as never } : {}),
      ...(filter.fieldCode ? { OR: [{ fieldCode: filter.fieldCode }, { field: { parentCode: filter.fieldCode } }] } : {}),
    };
    const [listings, orgs, revisions] = await Promise.all([
      wantListings ? this.prisma.listing.findMany({ where: { status: 'PENDING_REVIEW', ...listingWhere } }) : [],
      wantOrgs ? this.prisma.organisation.findMany({ where: { status: 'PENDING_REVIEW' } }) : [],
      this.prisma.revision.findMany({ where: { status: 'PENDING_REVIEW' } }),
    ]);
    const revisedListingIds = revisions.filter((r) => r.entityType === 'listing').map((r) => r.entityId);
    const revisedOrgIds = revisions.filter((r) => r.entityType === 'organisation').map((r) => r.entityId);
    const [revisedListings, revisedOrgs] = await Promise.all([
      wantListings && revisedListingIds.length
        ? this.prisma.listing.findMany({ where: { id: { in: revisedListingIds }, ...listingWhere } })
        : [],
      wantOrgs && revisedOrgIds.length ? this.prisma.organisation.findMany({ where: { id: { in: revisedOrgIds } } }) : [],
    ]);
    return { listings, orgs, revisions, revisedListings, revisedOrgs };
  }
}
