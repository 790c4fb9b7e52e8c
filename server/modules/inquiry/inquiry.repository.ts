import type {
  Inquiry,
  InquiryAttachment,
  InquiryMessage,
  InquirySide,
  InquiryStatus,
  NdaAcceptance,
  NdaVersion,
  Prisma,
  PrismaClient,
} from '../../generated/prisma/client.ts';
import { pagesPerParent } from '../../lib/keyset-sql.ts';
import { keyset, keysetOrder, keysetWhere, type PageRequest } from '../../lib/pagination.ts';
import type { AuditActorKind } from '../../generated/prisma/enums.ts';
import type { Tx } from '../../lib/prisma.ts';
import { ndaHash, type NdaText } from './nda-texts.ts';

/** Lists of inquiries: latest activity first. */
export const INQUIRY_ORDER = keyset('inquiries', ['updatedAt', 'date', 'desc'], ['id', 'id', 'desc']);
/** A thread is read from its end: the newest messages first, each next page the ones written before. */
export const MESSAGES_ORDER = keyset('messages', ['createdAt', 'date', 'desc'], ['id', 'id', 'desc']);

/** What every reader of an inquiry needs from its listing, fetched with it. */
const LISTING_SUMMARY = {
  select: { id: true, titleVi: true, titleEn: true, kind: true, status: true, hideOrganisation: true, organisationId: true },
} as const;

export type InquiryRow = Inquiry & { listing: Prisma.ListingGetPayload<typeof LISTING_SUMMARY> };
export type AttachmentRow = InquiryAttachment;
export type MessageRow = InquiryMessage & { attachments: AttachmentRow[] };
export type AcceptanceRow = NdaAcceptance;
export type NdaVersionRow = NdaVersion;

export interface InquiryAudit {
  actorId: string | null;
  action: string;
  entityType?: 'inquiry' | 'deal' | 'listing' | 'introduction';
  entityId: string;
  data?: Record<string, unknown>;
  /** PLATFORM when the platform acted by itself (auditActor(ctx)); USER when left out. */
  actorKind?: AuditActorKind;
  /** When it happened, if not now: the demo seed's history. */
  createdAt?: Date;
}

export interface InquiryFilter {
  requesterId?: string;
  ownerOrganisationId?: string;
  requesterOrganisationId?: string;
  status?: InquiryStatus | null;
}

/** The audit record of a move, in the caller's transaction. */
export async function audit(tx: Tx, a: InquiryAudit): Promise<void> {
  await tx.auditEvent.create({
    data: { actorId: a.actorId, actorKind: a.actorKind, createdAt: a.createdAt, action: a.action, entityType: a.entityType ?? 'inquiry', entityId: a.entityId, data: (a.data ?? {}) as object },
  });
}

export class InquiryRepository {
  constructor(private readonly prisma: PrismaClient) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  findById(id: string, db: Tx = this.prisma): Promise<InquiryRow | null> {
    return db.inquiry.findUnique({ where: { id }, include: { listing: LISTING_SUMMARY } });
  }

  byIds(ids: readonly string[]): Promise<InquiryRow[]> {
    return this.prisma.inquiry.findMany({ where: { id: { in: [...ids] } }, include: { listing: LISTING_SUMMARY } });
  }

  /** Takes the inquiry's row lock for the rest of the transaction, so moves on one inquiry happen one at a time. */
  async lock(tx: Tx, id: string): Promise<InquiryRow | null> {
    await tx.$queryRaw`SELECT 1 FROM "Inquiry" WHERE id = ${id}::uuid FOR UPDATE`;
    return this.findById(id, tx);
  }

  findListing(id: string) {
    return this.prisma.listing.findUnique({ where: { id } });
  }

  /** An inquiry of this requester on this listing that is still going on. */
  findActive(listingId: string, requesterId: string, active: readonly InquiryStatus[], db: Tx = this.prisma) {
    return db.inquiry.findFirst({ where: { listingId, requesterId, status: { in: [...active] } } });
  }

  create(tx: Tx, data: Prisma.InquiryUncheckedCreateInput): Promise<InquiryRow> {
    return tx.inquiry.create({ data, include: { listing: LISTING_SUMMARY } });
  }

  /** Moves the inquiry if it is still in one of `from`; false when another move got there first. */
  async changeStatus(tx: Tx, id: string, from: readonly InquiryStatus[], data: Prisma.InquiryUncheckedUpdateManyInput): Promise<boolean> {
    const { count } = await tx.inquiry.updateMany({ where: { id, status: { in: [...from] } }, data });
    return count > 0;
  }

  /** Marks activity (a new message) so lists sort by latest activity. */
  async touch(tx: Tx, id: string): Promise<void> {
    await tx.inquiry.update({ where: { id }, data: { updatedAt: new Date() } });
  }

  addMessage(tx: Tx, data: { inquiryId: string; authorId: string; side: InquirySide; body: string }, files: Omit<AttachmentRow, 'id' | 'messageId' | 'createdAt'>[]) {
    // Attachments keep the order they were sent in (their own timestamps, a millisecond apart).
    const at = Date.now();
    return tx.inquiryMessage.create({
      data: { ...data, attachments: { create: files.map((f, i) => ({ ...f, createdAt: new Date(at + i) })) } },
      include: { attachments: { orderBy: { createdAt: 'asc' } } },
    });
  }

  /** A page of each inquiry's messages (the newest first, see MESSAGES_ORDER) with their files, in two queries. */
  async messagesOf(inquiryIds: readonly string[], page: PageRequest<typeof MESSAGES_ORDER.columns>): Promise<MessageRow[]> {
    const rows = await pagesPerParent<InquiryMessage, typeof MESSAGES_ORDER.columns>(this.prisma, {
      table: 'InquiryMessage',
      parentColumn: 'inquiryId',
      parentIds: inquiryIds,
      set: MESSAGES_ORDER,
      page,
    });
    const files = rows.length
      ? await this.prisma.inquiryAttachment.findMany({ where: { messageId: { in: rows.map((m) => m.id) } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })
      : [];
    return rows.map((m) => ({ ...m, attachments: files.filter((f) => f.messageId === m.id) }));
  }

  /** How many messages each inquiry's thread holds, and when the owner side first answered. */
  async threadFacts(inquiryIds: readonly string[]): Promise<{ inquiryId: string; count: number; answeredAt: Date | null }[]> {
    const rows = await this.prisma.$queryRaw<{ inquiryId: string; count: bigint; answeredAt: Date | null }[]>`
      SELECT "inquiryId", count(*) AS count, min("createdAt") FILTER (WHERE side = 'OWNER') AS "answeredAt"
      FROM "InquiryMessage" WHERE "inquiryId" = ANY(${[...inquiryIds]}::uuid[]) GROUP BY "inquiryId"`;
    return rows.map((r) => ({ ...r, count: Number(r.count) }));
  }

  findAttachmentByFile(fileName: string) {
    return this.prisma.inquiryAttachment.findUnique({ where: { fileName }, include: { message: { select: { inquiryId: true } } } });
  }

  // ── NDA ────────────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * Writes a version's row when this database does not have it yet (ON CONFLICT DO NOTHING, so two first requests
   * at once both succeed); an existing version is never changed.
   */
  async ensureNdaVersion(tx: Tx, text: NdaText): Promise<NdaVersionRow> {
    const { version, titleVi, titleEn, bodyVi, bodyEn } = text;
    await tx.ndaVersion.createMany({ data: [{ version, titleVi, titleEn, bodyVi, bodyEn, textHash: ndaHash(text) }], skipDuplicates: true });
    return tx.ndaVersion.findUniqueOrThrow({ where: { version } });
  }

  ndaVersion(tx: Tx, version: number): Promise<NdaVersionRow> {
    return tx.ndaVersion.findUniqueOrThrow({ where: { version } });
  }

  ndaVersions(versions: readonly number[]): Promise<NdaVersionRow[]> {
    return this.prisma.ndaVersion.findMany({ where: { version: { in: [...versions] } } });
  }

  acceptancesOf(inquiryIds: readonly string[], db: Tx = this.prisma): Promise<AcceptanceRow[]> {
    return db.ndaAcceptance.findMany({ where: { inquiryId: { in: [...inquiryIds] } }, orderBy: { acceptedAt: 'asc' } });
  }

  addAcceptance(tx: Tx, data: { inquiryId: string; side: InquirySide; userId: string; version: number; textHash: string }) {
    return tx.ndaAcceptance.create({ data });
  }

  /** Listings on which this person is on the requester side of an inquiry whose NDA both sides accepted. */
  async ndaCoveredListings(listingIds: readonly string[], userId: string, organisationIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.prisma.inquiry.findMany({
      where: {
        listingId: { in: [...listingIds] },
        OR: [{ requesterId: userId }, ...(organisationIds.length ? [{ requesterOrganisationId: { in: [...organisationIds] } }] : [])],
        ndaAcceptances: { some: { side: 'OWNER' } },
        AND: [{ ndaAcceptances: { some: { side: 'REQUESTER' } } }],
      },
      select: { listingId: true },
    });
    return new Set(rows.map((r) => r.listingId));
  }

  /** The newest inquiry of this requester on each listing. */
  async latestOfRequester(listingIds: readonly string[], requesterId: string): Promise<InquiryRow[]> {
    return this.prisma.inquiry.findMany({
      where: { listingId: { in: [...listingIds] }, requesterId },
      orderBy: { createdAt: 'desc' },
      distinct: ['listingId'],
      include: { listing: LISTING_SUMMARY },
    });
  }

  // ── lists ──────────────────────────────────────────────────────────────────────────────────────────────────

  /** Latest activity first. */
  page(filter: InquiryFilter, page: PageRequest<typeof INQUIRY_ORDER.columns>): Promise<InquiryRow[]> {
    const where: Prisma.InquiryWhereInput = {
      ...(filter.requesterId ? { requesterId: filter.requesterId } : {}),
      ...(filter.ownerOrganisationId ? { ownerOrganisationId: filter.ownerOrganisationId } : {}),
      ...(filter.requesterOrganisationId ? { requesterOrganisationId: filter.requesterOrganisationId } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...keysetWhere(INQUIRY_ORDER, page.after),
    };
    return this.prisma.inquiry.findMany({
      where,
      orderBy: keysetOrder(INQUIRY_ORDER),
      take: page.take,
      include: { listing: LISTING_SUMMARY },
    });
  }

  // ── people ─────────────────────────────────────────────────────────────────────────────────────────────────

  async userNames(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = ids.length ? await this.prisma.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, displayName: true } }) : [];
    return new Map(rows.map((r) => [r.id, r.displayName]));
  }

  /** User ids of the members of these organisations. */
  async memberIds(organisationIds: readonly (string | null)[], db: Tx = this.prisma): Promise<string[]> {
    const ids = organisationIds.filter((id): id is string => !!id);
    if (!ids.length) return [];
    const rows = await db.membership.findMany({ where: { organisationId: { in: ids } }, select: { userId: true } });
    return rows.map((r) => r.userId);
  }

  organisationNames(ids: readonly string[]) {
    return this.prisma.organisation.findMany({ where: { id: { in: [...ids] } }, select: { id: true, nameVi: true, nameEn: true } });
  }
}
