import type {
  Membership,
  MembershipRole,
  ModerationStatus,
  Organisation,
  OrganisationInvitation,
  OrganisationKind,
  Prisma,
  PrismaClient,
} from '../../generated/prisma/client.ts';
import { pagesPerParent } from '../../lib/keyset-sql.ts';
import { keyset, keysetOrder, keysetWhere, type PageRequest } from '../../lib/pagination.ts';
import { recordChange } from '../moderation/moderation.repository.ts';
import { poolOf, type Tx } from '../../lib/prisma.ts';
import { publishedRows } from '../../lib/row-types.ts';
import type { OrganisationContent } from './organisation-content.ts';

/** The directory: verified organisations first (most recently verified first), then by name. */
export const DIRECTORY_ORDER = keyset('directory', ['verifiedAt', 'date?', 'desc'], ['nameVi', 'text', 'asc'], ['id', 'id', 'asc']);

/** An organisation's members: oldest membership first. */
export const MEMBERS_ORDER = keyset('members', ['createdAt', 'date', 'asc'], ['userId', 'id', 'asc']);

export type OrganisationRow = Organisation;
export interface MemberView {
  organisationId: string;
  userId: string;
  role: MembershipRole;
  createdAt: Date;
  displayName: string;
  email: string;
}
export type InvitationView = OrganisationInvitation & { acceptPath: string | null };

function columnsOf(content: OrganisationContent) {
  const { fieldCodes: _f, ...columns } = content;
  return columns;
}

async function replaceFields(tx: Tx, organisationId: string, fieldCodes: string[]) {
  await tx.organisationField.deleteMany({ where: { organisationId } });
  if (fieldCodes.length) await tx.organisationField.createMany({ data: fieldCodes.map((fieldCode) => ({ organisationId, fieldCode })) });
}

export class OrganisationRepository {
  constructor(private readonly prisma: PrismaClient) {}

  findBySlug(slug: string): Promise<OrganisationRow | null> {
    return this.prisma.organisation.findUnique({ where: { slug } });
  }

  findById(id: string): Promise<OrganisationRow | null> {
    return this.prisma.organisation.findUnique({ where: { id } });
  }

  byIds(ids: readonly string[]): Promise<OrganisationRow[]> {
    return this.prisma.organisation.findMany({ where: { id: { in: [...ids] } } });
  }

  /** Published organisations among `ids`, read with pg where Prisma's mapping of whole rows costs more (search hits). */
  async publishedByIds(ids: readonly string[]): Promise<OrganisationRow[]> {
    const pool = poolOf(this.prisma);
    if (!pool) return this.prisma.organisation.findMany({ where: { id: { in: [...ids] }, status: 'PUBLISHED' } });
    return publishedRows<OrganisationRow>(pool, 'Organisation', ids);
  }

  slugExists(slug: string): Promise<boolean> {
    return this.prisma.organisation.count({ where: { slug } }).then((n) => n > 0);
  }

  taxCodeTaken(taxCode: string, exceptId: string | null): Promise<boolean> {
    return this.prisma.organisation.count({ where: { taxCode, ...(exceptId ? { NOT: { id: exceptId } } : {}) } }).then((n) => n > 0);
  }

  /** The user's memberships, with each organisation's kind (a personal requester profile acts for nobody else). */
  membershipsOf(userId: string): Promise<(Membership & { organisation: { kind: OrganisationKind } })[]> {
    return this.prisma.membership.findMany({ where: { userId }, include: { organisation: { select: { kind: true } } } });
  }

  /**
   * The person's own requester profile (kind INDIVIDUAL), made the first time they post as an individual: one per
   * person, even when two first posts race (they queue on a lock named after the person). It stays a draft: it is
   * never public, and the department reviews each of the person's requests instead.
   */
  async personalProfile(user: { id: string; displayName: string }, slug: string): Promise<OrganisationRow> {
    return this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`personal-profile:${user.id}`}))`;
      const existing = await tx.organisation.findFirst({
        where: { kind: 'INDIVIDUAL', memberships: { some: { userId: user.id, role: 'OWNER' } } },
      });
      if (existing) return existing;
      const org = await tx.organisation.create({
        data: { slug, kind: 'INDIVIDUAL', nameVi: user.displayName, province: 'Tây Ninh', status: 'DRAFT' },
      });
      await tx.membership.create({ data: { userId: user.id, organisationId: org.id, role: 'OWNER' } });
      await recordChange(tx, { actorId: user.id, action: 'organisation.createPersonal', entityType: 'organisation', entityId: org.id });
      return org;
    });
  }

  membersOf(organisationIds: readonly string[]) {
    return this.prisma.membership.findMany({
      where: { organisationId: { in: [...organisationIds] } },
      include: { user: { select: { displayName: true, email: true } } },
      orderBy: { createdAt: 'asc' },
    });
  }

  /** A page of each organisation's members (oldest first), with their names and addresses, in two queries. */
  async membersPage(organisationIds: readonly string[], page: PageRequest<typeof MEMBERS_ORDER.columns>): Promise<MemberView[]> {
    const rows = await pagesPerParent<Membership, typeof MEMBERS_ORDER.columns>(this.prisma, {
      table: 'Membership',
      parentColumn: 'organisationId',
      parentIds: organisationIds,
      set: MEMBERS_ORDER,
      page,
    });
    const users = rows.length
      ? await this.prisma.user.findMany({ where: { id: { in: [...new Set(rows.map((m) => m.userId))] } }, select: { id: true, displayName: true, email: true } })
      : [];
    return rows.flatMap((m) => {
      const user = users.find((u) => u.id === m.userId);
      return user ? [{ organisationId: m.organisationId, userId: m.userId, role: m.role, createdAt: m.createdAt, displayName: user.displayName, email: user.email }] : [];
    });
  }

  async roleOf(userId: string, organisationId: string): Promise<MembershipRole | null> {
    const m = await this.prisma.membership.findUnique({ where: { userId_organisationId: { userId, organisationId } } });
    return m?.role ?? null;
  }

  /** The user's role in each of the organisations, in one query. */
  async rolesOf(userId: string, organisationIds: readonly string[]): Promise<Map<string, MembershipRole>> {
    const rows = await this.prisma.membership.findMany({
      where: { userId, organisationId: { in: [...organisationIds] } },
      select: { organisationId: true, role: true },
    });
    return new Map(rows.map((r) => [r.organisationId, r.role]));
  }

  async memberOf(userId: string, organisationIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.prisma.membership.findMany({
      where: { userId, organisationId: { in: [...organisationIds] } },
      select: { organisationId: true },
    });
    return new Set(rows.map((r) => r.organisationId));
  }

  fieldCodesOf(organisationId: string): Promise<string[]> {
    return this.prisma.organisationField
      .findMany({ where: { organisationId }, orderBy: { fieldCode: 'asc' } })
      .then((rows) => rows.map((r) => r.fieldCode));
  }

  async directory(filter: { kinds: OrganisationKind[] | null; fieldCode: string | null; province: string | null }, page: PageRequest<typeof DIRECTORY_ORDER.columns>) {
    // A person's requester profile is never in the directory, whatever its status or the filter asked.
    const kinds = filter.kinds?.filter((k) => k !== 'INDIVIDUAL');
    const where: Prisma.OrganisationWhereInput = {
      status: 'PUBLISHED',
      kind: kinds?.length ? { in: kinds } : filter.kinds?.length ? { in: [] } : { not: 'INDIVIDUAL' },
      ...(filter.province ? { province: filter.province } : {}),
      ...(filter.fieldCode
        ? { fields: { some: { OR: [{ fieldCode: filter.fieldCode }, { field: { parentCode: filter.fieldCode } }] } } }
        : {}),
    };
    const [totalCount, rows] = await Promise.all([
      this.prisma.organisation.count({ where }),
      this.prisma.organisation.findMany({ where: { AND: [where, keysetWhere(DIRECTORY_ORDER, page.after)] }, orderBy: keysetOrder(DIRECTORY_ORDER), take: page.take }),
    ]);
    return { totalCount, rows };
  }

  /** The organisation, its owner and the audit record exist together or not at all. */
  async create(row: { slug: string }, content: OrganisationContent, ownerId: string): Promise<OrganisationRow> {
    return this.prisma.$transaction(async (tx) => {
      const org = await tx.organisation.create({ data: { ...row, ...columnsOf(content), status: 'DRAFT' } });
      await replaceFields(tx, org.id, content.fieldCodes);
      await tx.membership.create({ data: { userId: ownerId, organisationId: org.id, role: 'OWNER' } });
      await recordChange(tx, { actorId: ownerId, action: 'organisation.create', entityType: 'organisation', entityId: org.id });
      return org;
    });
  }

  async saveContent(tx: Tx, id: string, editable: readonly ModerationStatus[], content: OrganisationContent): Promise<OrganisationRow | null> {
    const { count } = await tx.organisation.updateMany({ where: { id, status: { in: [...editable] } }, data: columnsOf(content) });
    if (!count) return null;
    await replaceFields(tx, id, content.fieldCodes);
    return tx.organisation.findUniqueOrThrow({ where: { id } });
  }

  async applyContent(tx: Tx, id: string, content: OrganisationContent): Promise<void> {
    await tx.organisation.update({ where: { id }, data: columnsOf(content) });
    await replaceFields(tx, id, content.fieldCodes);
  }

  /** Moves a profile if it is still in one of `from` (another request may have moved it first: then null). */
  async changeStatus(tx: Tx, id: string, from: readonly ModerationStatus[], data: Prisma.OrganisationUncheckedUpdateManyInput): Promise<OrganisationRow | null> {
    const { count } = await tx.organisation.updateMany({ where: { id, status: { in: [...from] } }, data });
    return count ? tx.organisation.findUniqueOrThrow({ where: { id } }) : null;
  }

  reload(tx: Tx, id: string): Promise<OrganisationRow> {
    return tx.organisation.findUniqueOrThrow({ where: { id } });
  }

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  async createInvitation(data: { organisationId: string; email: string; role: MembershipRole; tokenHash: string; invitedById: string; expiresAt: Date }) {
    return this.prisma.$transaction(async (tx) => {
      const invitation = await tx.organisationInvitation.create({ data });
      await recordChange(tx, {
        actorId: data.invitedById, action: 'organisation.invite', entityType: 'organisation', entityId: data.organisationId,
        data: { email: data.email, role: data.role },
      });
      return invitation;
    });
  }

  findInvitation(tokenHash: string) {
    return this.prisma.organisationInvitation.findUnique({ where: { tokenHash } });
  }

  /** Accepting is once only: the conditional update and the membership are one transaction. */
  async acceptInvitation(invitationId: string, userId: string, now: Date): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.organisationInvitation.updateMany({
        where: { id: invitationId, acceptedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now },
      });
      if (!count) return false;
      const invitation = await tx.organisationInvitation.findUniqueOrThrow({ where: { id: invitationId } });
      await tx.membership.upsert({
        where: { userId_organisationId: { userId, organisationId: invitation.organisationId } },
        create: { userId, organisationId: invitation.organisationId, role: invitation.role },
        update: { role: invitation.role },
      });
      await recordChange(tx, {
        actorId: userId, action: 'organisation.join', entityType: 'organisation', entityId: invitation.organisationId,
        data: { role: invitation.role },
      });
      return true;
    });
  }

  /** Removes a member unless that would leave the organisation without an owner. */
  async removeMember(organisationId: string, userId: string, actorId: string): Promise<'removed' | 'last-owner' | 'not-member'> {
    return this.prisma.$transaction(async (tx) => {
      // Lock the organisation's memberships so two owners cannot remove each other at the same moment.
      await tx.$queryRaw`SELECT 1 FROM "Membership" WHERE "organisationId" = ${organisationId}::uuid FOR UPDATE`;
      const members = await tx.membership.findMany({ where: { organisationId } });
      const target = members.find((m) => m.userId === userId);
      if (!target) return 'not-member';
      if (target.role === 'OWNER' && members.filter((m) => m.role === 'OWNER').length === 1) return 'last-owner';
      await tx.membership.delete({ where: { userId_organisationId: { userId, organisationId } } });
      await recordChange(tx, { actorId, action: 'organisation.removeMember', entityType: 'organisation', entityId: organisationId, data: { userId } });
      return 'removed';
    });
  }
}
