import type { ModerationAction, ModerationReason, OutboxOp, PrismaClient, Revision, RevisionStatus } from '../../generated/prisma/client.ts';
import type { Tx } from '../../lib/prisma.ts';
import { recordChange, type AuditInput, type EntityType } from './moderation.repository.ts';

export type RevisionRow = Revision;

export interface DecisionInput {
  entityType: EntityType;
  entityId: string;
  revisionId: string | null;
  moderatorId: string;
  action: ModerationAction;
  reason: ModerationReason | null;
  comment: string | null;
  fieldComments: Record<string, string>;
  /** When it was decided, if not now: the demo seed's history. */
  createdAt?: Date;
}

export const OPEN_REVISION: RevisionStatus[] = ['DRAFT', 'PENDING_REVIEW', 'CHANGES_REQUESTED'];

/** The workflow's own rows (edits under way, decisions) and the records that travel with every move. */
export class WorkflowRepository {
  constructor(private readonly prisma: PrismaClient) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  openRevision(entityType: EntityType, entityId: string, db: Tx = this.prisma): Promise<RevisionRow | null> {
    return db.revision.findFirst({
      where: { entityType, entityId, status: { in: OPEN_REVISION } },
      orderBy: { createdAt: 'desc' },
    });
  }

  openRevisions(entityType: EntityType, entityIds: readonly string[]): Promise<RevisionRow[]> {
    return this.prisma.revision.findMany({
      where: { entityType, entityId: { in: [...entityIds] }, status: { in: OPEN_REVISION } },
      orderBy: { createdAt: 'desc' },
    });
  }

  /** The audit event and, when the public view changes, the search outbox row, in the move's transaction. */
  record(tx: Tx, audit: AuditInput, outbox?: OutboxOp): Promise<void> {
    return recordChange(tx, audit, outbox);
  }

  async saveRevision(tx: Tx, entityType: EntityType, entityId: string, revisionId: string | null, content: object, authorId: string) {
    if (revisionId) return tx.revision.update({ where: { id: revisionId }, data: { content, authorId } });
    return tx.revision.create({ data: { entityType, entityId, content, authorId } });
  }

  /** Moves a revision if it is still in one of `from`; false when someone else moved it first. */
  async changeRevisionStatus(tx: Tx, id: string, from: readonly RevisionStatus[], to: RevisionStatus): Promise<boolean> {
    const now = new Date();
    const stamps = to === 'PENDING_REVIEW' ? { submittedAt: now } : to === 'DRAFT' ? {} : { decidedAt: now };
    const { count } = await tx.revision.updateMany({ where: { id, status: { in: [...from] } }, data: { status: to, ...stamps } });
    return count > 0;
  }

  async closeRevisions(tx: Tx, entityType: EntityType, entityId: string): Promise<void> {
    await tx.revision.updateMany({
      where: { entityType, entityId, status: { in: OPEN_REVISION } },
      data: { status: 'WITHDRAWN', decidedAt: new Date() },
    });
  }

  async createDecision(tx: Tx, input: DecisionInput): Promise<void> {
    await tx.moderationDecision.create({ data: input });
  }
}
