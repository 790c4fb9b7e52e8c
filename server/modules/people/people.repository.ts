import { Prisma, type PrismaClient, type User, type UserRole, type UserStatus } from '../../generated/prisma/client.ts';
import { keyset, type PageRequest } from '../../lib/pagination.ts';
import type { Tx } from '../../lib/prisma.ts';

/** Newest accounts first. */
export const PEOPLE_ORDER = keyset('people', ['createdAt', 'date', 'desc'], ['id', 'id', 'asc']);
/** A person's history: newest first. */
export const HISTORY_ORDER = keyset('person-history', ['createdAt', 'date', 'desc'], ['id', 'serial', 'desc']);

export type PersonRow = User;

export interface PeopleFilter {
  /** What the words typed must match (name-fold.ts), or null for everyone. */
  text: { nameRegex: string; emailPattern: string } | null;
  role: UserRole | null;
  status: UserStatus | null;
}

export interface HistoryRow {
  id: string;
  action: string;
  actorName: string | null;
  createdAt: Date;
  data: unknown;
  byPlatform: boolean;
}

/** Why a change was not made; the service turns each into a message. */
export type Refusal = 'not-found' | 'actor-not-admin' | 'last-admin' | 'unchanged' | 'deleted';
export type Changed = { ok: true; person: PersonRow } | { ok: false; refusal: Refusal };

export type TransferOutcome =
  | { ok: true; previousRole: string | null; removedOwnerIds: string[] }
  | { ok: false; refusal: 'organisation-not-found' | 'no-account' | 'account-not-active' };

const refused = (refusal: Refusal): Changed => ({ ok: false, refusal });

function audit(tx: Tx, actorId: string, action: string, userId: string, data: Record<string, unknown>) {
  return tx.auditEvent.create({ data: { actorId, action, entityType: 'user', entityId: userId, data: data as object } });
}

export class PeopleRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async search(filter: PeopleFilter, page: PageRequest<typeof PEOPLE_ORDER.columns>): Promise<{ totalCount: number; rows: PersonRow[] }> {
    const conditions: Prisma.Sql[] = [];
    if (filter.text) conditions.push(Prisma.sql`("displayName" ~ ${filter.text.nameRegex} OR email LIKE ${filter.text.emailPattern})`);
    if (filter.role) conditions.push(Prisma.sql`role = ${filter.role}::"UserRole"`);
    if (filter.status) conditions.push(Prisma.sql`status = ${filter.status}::"UserStatus"`);
    const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
    // One pass over the table (the filter can be a regular expression per row): the matches' ids are kept once,
    // counted, and the page's whole rows fetched by id.
    const after = page.after
      ? Prisma.sql`WHERE "createdAt" < ${page.after[0]} OR ("createdAt" = ${page.after[0]} AND id > ${page.after[1]}::uuid)`
      : Prisma.empty;
    const found = await this.prisma.$queryRaw<(PersonRow & { total: bigint })[]>`
      WITH matched AS MATERIALIZED (SELECT id, "createdAt" FROM "User" ${where}),
        page AS (SELECT id, "createdAt" FROM matched ${after} ORDER BY "createdAt" DESC, id LIMIT ${page.take})
      SELECT u.*, (SELECT count(*) FROM matched) AS total
      FROM page JOIN "User" u ON u.id = page.id
      ORDER BY page."createdAt" DESC, page.id`;
    const rows = found.map(({ total: _total, ...person }) => person);
    if (found.length) return { totalCount: Number(found[0]!.total), rows };
    // A page past the end still says how many there are.
    const [counted] = page.after ? await this.prisma.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "User" ${where}` : [];
    return { totalCount: Number(counted?.total ?? 0), rows };
  }

  byId(id: string): Promise<PersonRow | null> {
    return this.prisma.user.findUnique({ where: { id } });
  }

  async activeSessionCounts(userIds: readonly string[], now: Date): Promise<Map<string, number>> {
    const rows = await this.prisma.session.groupBy({
      by: ['userId'],
      where: { userId: { in: [...userIds] }, expiresAt: { gt: now } },
      _count: { _all: true },
    });
    return new Map(rows.map((r) => [r.userId, r._count._all]));
  }

  /**
   * Events about the person: on their account (sign-ins left out, the last one is shown apart) and on organisations
   * that name them (made owner, removed).
   */
  history(userId: string, page: PageRequest<typeof HISTORY_ORDER.columns>): Promise<HistoryRow[]> {
    const after = page.after
      ? Prisma.sql`AND (e."createdAt" < ${page.after[0]} OR (e."createdAt" = ${page.after[0]} AND e.id < ${page.after[1]}::bigint))`
      : Prisma.empty;
    return this.prisma.$queryRaw<HistoryRow[]>`
      SELECT e.id::text AS id, e.action, a."displayName" AS "actorName", e."createdAt", e.data, e."actorKind" = 'PLATFORM' AS "byPlatform"
      FROM "AuditEvent" e LEFT JOIN "User" a ON a.id = e."actorId"
      WHERE ((e."entityType" = 'user' AND e."entityId" = ${userId} AND e.action <> 'account.signIn')
         OR (e."entityType" = 'organisation'
             AND (e.data->>'userId' = ${userId} OR e.data->'removedOwnerIds' @> to_jsonb(${userId}::text))))
        ${after}
      ORDER BY e."createdAt" DESC, e.id DESC
      LIMIT ${page.take}`;
  }

  async changeRole(actorId: string, userId: string, role: UserRole, reason: string): Promise<Changed> {
    return this.underAdminLock(actorId, userId, async (tx, target, activeAdmins) => {
      if (target.role === role) return refused('unchanged');
      if (isActiveAdmin(target) && role !== 'ADMIN' && activeAdmins.length <= 1) return refused('last-admin');
      const person = await tx.user.update({ where: { id: userId }, data: { role } });
      await audit(tx, actorId, 'user.setRole', userId, { from: target.role, to: role, reason });
      return { ok: true, person };
    });
  }

  /** The account and every one of its sessions stop in the same transaction: the next request is a visitor's. */
  async suspend(actorId: string, userId: string, reason: string): Promise<Changed> {
    return this.underAdminLock(actorId, userId, async (tx, target, activeAdmins) => {
      if (target.status !== 'ACTIVE') return refused('unchanged');
      if (isActiveAdmin(target) && activeAdmins.length <= 1) return refused('last-admin');
      const person = await tx.user.update({ where: { id: userId }, data: { status: 'SUSPENDED' } });
      const { count } = await tx.session.deleteMany({ where: { userId } });
      await audit(tx, actorId, 'user.suspend', userId, { reason, sessionsEnded: count });
      return { ok: true, person };
    });
  }

  async reinstate(actorId: string, userId: string, reason: string): Promise<Changed> {
    return this.underAdminLock(actorId, userId, async (tx, target) => {
      if (target.status !== 'SUSPENDED') return refused('unchanged');
      const person = await tx.user.update({ where: { id: userId }, data: { status: 'ACTIVE' } });
      await audit(tx, actorId, 'user.reinstate', userId, { reason });
      return { ok: true, person };
    });
  }

  /** The new owner gets OWNER (joining if need be); the organisation's memberships are locked meanwhile. */
  async transferOwnership(
    actorId: string,
    change: { organisationId: string; newOwnerEmail: string; reason: string; removePreviousOwners: boolean },
  ): Promise<TransferOutcome> {
    const { organisationId } = change;
    return this.prisma.$transaction(async (tx) => {
      const org = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Organisation" WHERE id = ${organisationId}::uuid FOR UPDATE`;
      if (!org.length) return { ok: false, refusal: 'organisation-not-found' } as const;
      await tx.$queryRaw`SELECT 1 FROM "Membership" WHERE "organisationId" = ${organisationId}::uuid FOR UPDATE`;
      const owner = await tx.user.findUnique({ where: { email: change.newOwnerEmail } });
      if (!owner) return { ok: false, refusal: 'no-account' } as const;
      if (owner.status !== 'ACTIVE') return { ok: false, refusal: 'account-not-active' } as const;
      const members = await tx.membership.findMany({ where: { organisationId } });
      const previousRole = members.find((m) => m.userId === owner.id)?.role ?? null;
      await tx.membership.upsert({
        where: { userId_organisationId: { userId: owner.id, organisationId } },
        create: { userId: owner.id, organisationId, role: 'OWNER' },
        update: { role: 'OWNER' },
      });
      const removedOwnerIds = change.removePreviousOwners
        ? members.filter((m) => m.role === 'OWNER' && m.userId !== owner.id).map((m) => m.userId)
        : [];
      if (removedOwnerIds.length) await tx.membership.deleteMany({ where: { organisationId, userId: { in: removedOwnerIds } } });
      await tx.auditEvent.create({
        data: {
          actorId, action: 'organisation.transferOwnership', entityType: 'organisation', entityId: organisationId,
          data: { userId: owner.id, email: owner.email, previousRole, removedOwnerIds, reason: change.reason },
        },
      });
      return { ok: true, previousRole, removedOwnerIds } as const;
    });
  }

  /**
   * Runs a change of a person under a lock on every active admin's row (always taken first and in id order, so
   * two changes cannot deadlock): two admins withdrawing each other's role at the same moment are serialised, and
   * the second one counts the admins the first one left. The actor must still be an active admin then.
   */
  private underAdminLock(
    actorId: string,
    userId: string,
    change: (tx: Tx, target: PersonRow, activeAdmins: string[]) => Promise<Changed>,
  ): Promise<Changed> {
    return this.prisma.$transaction(async (tx) => {
      const admins = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "User" WHERE role = 'ADMIN' AND status = 'ACTIVE' ORDER BY id FOR UPDATE`;
      const activeAdmins = admins.map((a) => a.id);
      if (!activeAdmins.includes(actorId)) return refused('actor-not-admin');
      const [target] = await tx.$queryRaw<PersonRow[]>`SELECT * FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;
      if (!target) return refused('not-found');
      if (target.status === 'DELETED') return refused('deleted');
      return change(tx, target, activeAdmins);
    });
  }
}

function isActiveAdmin(user: PersonRow): boolean {
  return user.role === 'ADMIN' && user.status === 'ACTIVE';
}
