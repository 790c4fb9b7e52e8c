import type { Organisation, PrismaClient } from '../../generated/prisma/client.ts';

export type OrganisationRow = Organisation;

export class OrganisationRepository {
  constructor(private readonly prisma: PrismaClient) {}

  findBySlug(slug: string): Promise<OrganisationRow | null> {
    return this.prisma.organisation.findUnique({ where: { slug } });
  }

  byIds(ids: readonly string[]): Promise<OrganisationRow[]> {
    return this.prisma.organisation.findMany({ where: { id: { in: [...ids] } } });
  }

  async isMember(userId: string, organisationId: string): Promise<boolean> {
    const m = await this.prisma.membership.findUnique({ where: { userId_organisationId: { userId, organisationId } } });
    return m !== null;
  }

  async memberOf(userId: string, organisationIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.prisma.membership.findMany({
      where: { userId, organisationId: { in: [...organisationIds] } },
      select: { organisationId: true },
    });
    return new Set(rows.map((r) => r.organisationId));
  }
}
