import { keyset, keysetOrder, keysetWhere, type PageRequest } from '../../lib/pagination.ts';
import type { PrismaClient, Tx } from '../../lib/prisma.ts';
import type { DataRequest, DataRequestStatus, LegalDocument, Prisma } from '../../generated/prisma/client.ts';
import { MOVES } from '../inquiry/lifecycle.ts';
import type { DocumentVersion } from './legal-documents.ts';

export type DataRequestRow = DataRequest & { user: { id: string; displayName: string; email: string; status: string } };

/** What stands in the way of erasing an account now. */
export type DeletionBlocker = { kind: 'LAST_OWNER'; organisationName: string } | { kind: 'LAST_ADMIN' };

/** How an erased account is shown wherever kept records name it (deals, threads, audit trails), in both languages. */
export const DELETED_ACCOUNT_NAME = 'Tài khoản đã xoá / Deleted account';

const withUser = { user: { select: { id: true, displayName: true, email: true, status: true } } } as const;
const OPEN: DataRequestStatus[] = ['RECEIVED', 'IN_PROGRESS'];

/** The department's list: open requests first (oldest due first), then the answered ones, newest first. */
export const DATA_REQUESTS_ORDER = keyset(
  'data-requests',
  ['completedAt', '?date', 'desc'],
  ['dueAt', 'date', 'asc'],
  ['createdAt', 'date', 'desc'],
  ['id', 'id', 'asc'],
);
/** A person's own requests: newest first. */
export const MY_DATA_REQUESTS_ORDER = keyset('my-data-requests', ['createdAt', 'date', 'desc'], ['id', 'id', 'asc']);

export class PrivacyRepository {
  constructor(private readonly prisma: PrismaClient) {}

  acceptedVersions(userId: string, versions: readonly DocumentVersion[]): Promise<{ document: LegalDocument; version: string }[]> {
    return this.prisma.consent.findMany({
      where: { userId, OR: versions.map((v) => ({ document: v.document, version: v.version })) },
      select: { document: true, version: true },
    });
  }

  consentsOf(userId: string) {
    return this.prisma.consent.findMany({ where: { userId }, orderBy: [{ acceptedAt: 'desc' }, { id: 'desc' }] });
  }

  /** The acceptances and their audit event together; a version accepted before is left as it was. */
  async recordConsents(userId: string, versions: readonly DocumentVersion[]): Promise<void> {
    await this.prisma.$transaction([
      this.prisma.consent.createMany({ data: versions.map((v) => ({ userId, ...v })), skipDuplicates: true }),
      this.prisma.auditEvent.create({
        data: { actorId: userId, action: 'privacy.acceptLegalDocuments', entityType: 'user', entityId: userId, data: { versions: versions.map((v) => ({ ...v })) } },
      }),
    ]);
  }

  requestsOf(userId: string, page: PageRequest<typeof MY_DATA_REQUESTS_ORDER.columns>): Promise<DataRequestRow[]> {
    return this.prisma.dataRequest.findMany({
      where: { userId, ...keysetWhere(MY_DATA_REQUESTS_ORDER, page.after) },
      include: withUser,
      orderBy: keysetOrder(MY_DATA_REQUESTS_ORDER),
      take: page.take,
    });
  }

  async listRequests(status: DataRequestStatus | null, page: PageRequest<typeof DATA_REQUESTS_ORDER.columns>): Promise<DataRequestRow[]> {
    return this.prisma.dataRequest.findMany({
      where: { ...(status ? { status } : {}), ...keysetWhere(DATA_REQUESTS_ORDER, page.after) },
      include: withUser,
      orderBy: keysetOrder(DATA_REQUESTS_ORDER),
      take: page.take,
    });
  }

  findRequest(id: string): Promise<DataRequestRow | null> {
    return this.prisma.dataRequest.findUnique({ where: { id }, include: withUser });
  }

  /** An export is answered in the same breath as it is asked: the request is recorded completed. */
  async recordExport(userId: string, now: Date, dueAt: Date): Promise<DataRequestRow> {
    return this.prisma.$transaction(async (tx) => {
      const request = await tx.dataRequest.create({
        data: { userId, kind: 'EXPORT', status: 'COMPLETED', createdAt: now, dueAt, completedAt: now },
        include: withUser,
      });
      await tx.auditEvent.create({ data: { actorId: userId, action: 'privacy.export', entityType: 'dataRequest', entityId: request.id } });
      return request;
    });
  }

  /**
   * A deletion request, acknowledged and, when nothing blocks it, carried out in one transaction. An open deletion
   * request of the person is taken up again rather than doubled. Blocked, it stays IN_PROGRESS.
   */
  async fileDeletion(userId: string, now: Date, dueAt: Date): Promise<{ request: DataRequestRow; blockers: DeletionBlocker[] }> {
    return this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;
      const open = await tx.dataRequest.findFirst({ where: { userId, kind: 'DELETION', status: { in: OPEN } }, orderBy: { createdAt: 'asc' } });
      const request =
        open ??
        (await tx.dataRequest.create({ data: { userId, kind: 'DELETION', status: 'RECEIVED', createdAt: now, dueAt } }));
      if (!open) {
        await tx.auditEvent.create({ data: { actorId: userId, action: 'privacy.requestDeletion', entityType: 'dataRequest', entityId: request.id } });
      }
      const blockers = await this.blockersIn(tx, userId);
      if (blockers.length) {
        const held = await tx.dataRequest.update({ where: { id: request.id }, data: { status: 'IN_PROGRESS' }, include: withUser });
        return { request: held, blockers };
      }
      await this.erase(tx, userId, userId, request.id, now);
      const done = await tx.dataRequest.update({ where: { id: request.id }, data: { status: 'COMPLETED', completedAt: now }, include: withUser });
      return { request: done, blockers };
    });
  }

  /**
   * An admin moves a request on. Completing a deletion erases the account in the same transaction (or, when it is
   * blocked, changes nothing and answers the blockers). `from` guards against two admins answering at once.
   */
  async answer(
    request: DataRequestRow,
    change: { status: DataRequestStatus; note: string | null; handledById: string; now: Date },
  ): Promise<{ request: DataRequestRow | null; blockers: DeletionBlocker[] }> {
    return this.prisma.$transaction(async (tx) => {
      if (request.kind === 'DELETION' && change.status === 'COMPLETED') {
        await tx.$executeRaw`SELECT 1 FROM "User" WHERE id = ${request.userId}::uuid FOR UPDATE`;
        const blockers = await this.blockersIn(tx, request.userId);
        if (blockers.length) return { request: null, blockers };
      }
      const final = change.status === 'COMPLETED' || change.status === 'REFUSED';
      const { count } = await tx.dataRequest.updateMany({
        where: { id: request.id, status: request.status },
        data: { status: change.status, note: change.note, handledById: change.handledById, completedAt: final ? change.now : null },
      });
      if (count === 0) return { request: null, blockers: [] };
      if (request.kind === 'DELETION' && change.status === 'COMPLETED') await this.erase(tx, request.userId, change.handledById, request.id, change.now);
      await tx.auditEvent.create({
        data: {
          actorId: change.handledById,
          action: 'privacy.answerRequest',
          entityType: 'dataRequest',
          entityId: request.id,
          data: { from: request.status, to: change.status, note: change.note },
        },
      });
      return { request: await tx.dataRequest.findUnique({ where: { id: request.id }, include: withUser }), blockers: [] };
    });
  }

  deletionBlockers(userId: string): Promise<DeletionBlocker[]> {
    return this.blockersIn(this.prisma, userId);
  }

  private async blockersIn(db: Tx, userId: string): Promise<DeletionBlocker[]> {
    const blockers: DeletionBlocker[] = [];
    const owned = await db.membership.findMany({ where: { userId, role: 'OWNER' }, include: { organisation: { select: { id: true, nameVi: true } } } });
    for (const m of owned) {
      const [owners, others] = await Promise.all([
        db.membership.count({ where: { organisationId: m.organisationId, role: 'OWNER' } }),
        db.membership.count({ where: { organisationId: m.organisationId, userId: { not: userId } } }),
      ]);
      if (owners === 1 && others > 0) blockers.push({ kind: 'LAST_OWNER', organisationName: m.organisation.nameVi });
    }
    const user = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (user?.role === 'ADMIN' && (await db.user.count({ where: { role: 'ADMIN', status: { not: 'DELETED' } } })) === 1) {
      blockers.push({ kind: 'LAST_ADMIN' });
    }
    return blockers;
  }

  /**
   * Erases the person and keeps the records the department must keep. What goes: name, e-mail (a unique address
   * under the reserved .invalid domain, so the real one is free to sign up again and nothing can be sent to it),
   * phone, password hash (replaced by a value no password verifies against), sessions, single-use tokens,
   * notifications, e-mails to the address, invitations to it, e-mail opt-outs, memberships, bookmarks. What stays, pointing at
   * the anonymised row: deals, NDA acceptances, orders and payments, inquiry threads (the other side's record),
   * listings (the organisation's), audit events, consents and data requests (proof of what was asked and answered).
   * Inquiries the person still had open are withdrawn, since nobody is left to answer on their side.
   */
  private async erase(tx: Tx, userId: string, actorId: string, requestId: string, now: Date): Promise<void> {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    await tx.session.deleteMany({ where: { userId } });
    await tx.accountToken.deleteMany({ where: { userId } });
    await tx.notification.deleteMany({ where: { userId } });
    await tx.emailOutbox.deleteMany({ where: { to: user.email } });
    await tx.organisationInvitation.deleteMany({ where: { email: user.email, acceptedAt: null } });
    await tx.membership.deleteMany({ where: { userId } });
    await tx.bookmark.deleteMany({ where: { userId } });
    await tx.savedSearch.deleteMany({ where: { userId } }); // their deliveries go with them
    await tx.emailTypeUnsubscribe.deleteMany({ where: { userId } });
    const open = await tx.inquiry.findMany({ where: { requesterId: userId, status: { in: [...MOVES.withdraw.from] } }, select: { id: true, status: true } });
    if (open.length) {
      await tx.inquiry.updateMany({ where: { id: { in: open.map((i) => i.id) } }, data: { status: 'WITHDRAWN', closedAt: now } });
      await tx.auditEvent.createMany({
        data: open.map((i) => ({
          actorId,
          action: 'inquiry.withdraw',
          entityType: 'inquiry',
          entityId: i.id,
          data: { from: i.status, side: 'REQUESTER', reason: 'account.deleted' } satisfies Prisma.InputJsonValue,
        })),
      });
    }
    await tx.user.update({
      where: { id: userId },
      data: {
        email: `deleted-${userId}@deleted.invalid`,
        displayName: DELETED_ACCOUNT_NAME,
        phone: null,
        passwordHash: '!deleted',
        emailVerifiedAt: null,
        emailOptOut: [],
        lastSignInAt: null,
        role: 'BUYER',
        status: 'DELETED',
        deletedAt: now,
      },
    });
    await tx.auditEvent.create({ data: { actorId, action: 'account.delete', entityType: 'user', entityId: userId, data: { requestId } } });
  }

  /** Everything the platform holds about the person, for the export (never another person's contact details). */
  async personalData(userId: string) {
    const p = this.prisma;
    const user = await p.user.findUniqueOrThrow({ where: { id: userId } });
    const memberships = await p.membership.findMany({
      where: { userId },
      include: { organisation: { select: { id: true, slug: true, nameVi: true, nameEn: true, kind: true } } },
    });
    const organisationIds = memberships.map((m) => m.organisationId);
    const [consents, sessions, listings, inquiries, messages, ndaAcceptances, deals, orders, notifications, dataRequests, auditEvents] = await Promise.all([
      p.consent.findMany({ where: { userId }, orderBy: { acceptedAt: 'asc' } }),
      p.session.findMany({ where: { userId }, orderBy: { createdAt: 'asc' }, select: { createdAt: true, lastSeenAt: true, expiresAt: true, userAgent: true } }),
      p.listing.findMany({
        where: { createdById: userId },
        orderBy: { createdAt: 'asc' },
        select: { id: true, slug: true, kind: true, status: true, titleVi: true, titleEn: true, organisationId: true, createdAt: true, publishedAt: true },
      }),
      p.inquiry.findMany({
        where: { requesterId: userId },
        orderBy: { createdAt: 'asc' },
        select: { id: true, direction: true, listingId: true, status: true, message: true, intendedUse: true, requesterOrganisationName: true, createdAt: true, closedAt: true },
      }),
      p.inquiryMessage.findMany({
        where: { authorId: userId },
        orderBy: { createdAt: 'asc' },
        select: { id: true, inquiryId: true, side: true, body: true, createdAt: true, attachments: { select: { originalName: true, mimeType: true, bytes: true } } },
      }),
      p.ndaAcceptance.findMany({ where: { userId }, select: { inquiryId: true, side: true, version: true, acceptedAt: true } }),
      p.deal.findMany({
        where: { OR: [{ buyerUserId: userId }, { recordedById: userId }, { sellerOrganisationId: { in: organisationIds } }] },
        orderBy: { createdAt: 'asc' },
        select: {
          id: true, listingId: true, inquiryId: true, status: true, sellerOrganisationId: true, buyerUserId: true, buyerOrganisationName: true,
          transferForm: true, valueVnd: true, signedOn: true, createdAt: true, recordedById: true,
        },
      }),
      p.order.findMany({
        where: { userId },
        orderBy: { createdAt: 'asc' },
        select: { id: true, kind: true, status: true, listingId: true, amountVnd: true, days: true, createdAt: true, paidAt: true, closedAt: true },
      }),
      p.notification.findMany({ where: { userId }, orderBy: { createdAt: 'asc' }, select: { type: true, data: true, link: true, readAt: true, createdAt: true } }),
      p.dataRequest.findMany({ where: { userId }, orderBy: { createdAt: 'asc' }, select: { id: true, kind: true, status: true, createdAt: true, dueAt: true, completedAt: true, note: true } }),
      p.auditEvent.findMany({
        where: { OR: [{ actorId: userId }, { entityType: 'user', entityId: userId }] },
        orderBy: { id: 'asc' },
        select: { action: true, entityType: true, entityId: true, data: true, createdAt: true },
      }),
    ]);
    const bookmarks = await p.bookmark.findMany({ where: { userId }, orderBy: { createdAt: 'asc' }, select: { listingId: true, organisationId: true, createdAt: true } });
    const savedSearches = await p.savedSearch.findMany({ where: { userId }, orderBy: { createdAt: 'asc' }, select: { name: true, criteria: true, frequency: true, createdAt: true } });
    const { passwordHash: _secret, ...profile } = user;
    return {
      profile,
      memberships: memberships.map((m) => ({ organisation: m.organisation, role: m.role, since: m.createdAt })),
      consents: consents.map((c) => ({ document: c.document, version: c.version, acceptedAt: c.acceptedAt })),
      sessions,
      listings,
      inquiries,
      messages,
      ndaAcceptances,
      // The other side's account ids stay out: the file is about the person, not the people they dealt with.
      deals: deals.map(({ buyerUserId, recordedById: _recorder, ...d }) => ({ ...d, yourSide: buyerUserId === userId ? 'BUYER' : 'SELLER' })),
      orders,
      notifications,
      dataRequests,
      auditEvents,
      bookmarks,
      savedSearches,
    };
  }
}
