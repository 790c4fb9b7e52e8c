import type { Listing, ListingKind, PrismaClient } from '../../generated/prisma/client.ts';

export type ListingRow = Listing;

export class ListingRepository {
  constructor(private readonly prisma: PrismaClient) {}

  latestPublished(first: number, kind: ListingKind | null): Promise<ListingRow[]> {
    return this.prisma.listing.findMany({
      where: { status: 'PUBLISHED', ...(kind ? { kind } : {}) },
      orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
      take: first,
    });
  }

  findBySlug(slug: string): Promise<ListingRow | null> {
    return this.prisma.listing.findUnique({ where: { slug } });
  }

  /** The newest `first` published listings of each organisation, in one query. */
  publishedOfOrganisations(organisationIds: readonly string[], first: number): Promise<ListingRow[]> {
    return this.prisma.$queryRaw<ListingRow[]>`
      SELECT * FROM (
        SELECT l.*, row_number() OVER (PARTITION BY l."organisationId" ORDER BY l."publishedAt" DESC, l.id) AS rank
        FROM "Listing" l
        WHERE l."organisationId" = ANY(${[...organisationIds]}::uuid[]) AND l.status = 'PUBLISHED'
      ) ranked WHERE rank <= ${first}
      ORDER BY "publishedAt" DESC, id`;
  }
}
