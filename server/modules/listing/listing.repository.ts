import {
  Prisma,
  type IpTitle,
  type Listing,
  type ListingImage,
  type ListingKind,
  type ModerationStatus,
  type PrismaClient,
} from '../../generated/prisma/client.ts';
import { pagesPerParent } from '../../lib/keyset-sql.ts';
import { keyset, keysetOrder, keysetWhere, type PageRequest } from '../../lib/pagination.ts';
import { poolOf, type Tx } from '../../lib/prisma.ts';
import { publishedRows } from '../../lib/row-types.ts';
import { recordChange, type AuditInput } from '../moderation/moderation.repository.ts';
import { columnsOf, type IpTitleContent, type ListingContent } from './listing-content.ts';
import type { Dossier } from './listing.validation.ts';

/** A workspace's listings: newest change first. */
export const MY_LISTINGS_ORDER = keyset('my-listings', ['updatedAt', 'date', 'desc'], ['id', 'id', 'desc']);

/** An organisation's published listings: newest first. */
export const ORGANISATION_LISTINGS_ORDER = keyset('organisation-listings', ['publishedAt', 'date?', 'desc'], ['id', 'id', 'asc']);

export type ListingRow = Listing;
export type IpTitleRow = IpTitle;
export type ImageRow = ListingImage;

async function replaceIpTitles(tx: Tx, listing: { id: string; organisationId: string }, titles: IpTitleContent[]) {
  await tx.ipTitle.deleteMany({ where: { listingId: listing.id } });
  if (titles.length) {
    await tx.ipTitle.createMany({
      data: titles.map((t) => ({
        ...t,
        grantedAt: t.grantedAt ? new Date(t.grantedAt) : null,
        listingId: listing.id,
        organisationId: listing.organisationId,
      })),
    });
  }
}

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

  findById(id: string): Promise<ListingRow | null> {
    return this.prisma.listing.findUnique({ where: { id } });
  }

  findByIds(ids: readonly string[]): Promise<ListingRow[]> {
    return this.prisma.listing.findMany({ where: { id: { in: [...ids] } } });
  }

  /** Search hits are re-checked here on every search: read through pg, the same row Prisma would give. */
  async publishedByIds(ids: readonly string[]): Promise<ListingRow[]> {
    const pool = poolOf(this.prisma);
    if (!pool) return this.prisma.listing.findMany({ where: { id: { in: [...ids] }, status: 'PUBLISHED' } });
    const rows = await publishedRows<Omit<ListingRow, 'priceMin' | 'priceMax'> & { priceMin: string | null; priceMax: string | null }>(
      pool, 'Listing', ids,
    );
    // int8 comes back as text from pg (Prisma gives BigInt), a NULL list as null (Prisma gives []).
    return rows.map((r) => ({
      ...r,
      keywords: r.keywords ?? [],
      priceMin: r.priceMin === null ? null : BigInt(r.priceMin),
      priceMax: r.priceMax === null ? null : BigInt(r.priceMax),
    }));
  }

  slugExists(slug: string): Promise<boolean> {
    return this.prisma.listing.count({ where: { slug } }).then((n) => n > 0);
  }

  /**
   * A page of the listings of the person's organisations (or of the one named, when it is theirs), newest change
   * first, with how many there are in each status: the membership is part of each statement, not a read of its own.
   */
  async ofMember(userId: string, organisationId: string | null, statuses: ModerationStatus[] | null, page: PageRequest<typeof MY_LISTINGS_ORDER.columns>) {
    const where = { organisation: { memberships: { some: { userId } } }, ...(organisationId ? { organisationId } : {}) };
    const [rows, byStatus] = await Promise.all([
      this.prisma.listing.findMany({
        where: { ...where, ...(statuses?.length ? { status: { in: statuses } } : {}), ...keysetWhere(MY_LISTINGS_ORDER, page.after) },
        orderBy: keysetOrder(MY_LISTINGS_ORDER),
        take: page.take,
      }),
      this.prisma.listing.groupBy({ by: ['status'], where, _count: { _all: true } }),
    ]);
    return { rows, byStatus: byStatus.map((g) => ({ status: g.status, count: g._count._all })) };
  }

  ipTitlesOf(listingIds: readonly string[]): Promise<IpTitleRow[]> {
    return this.prisma.ipTitle.findMany({ where: { listingId: { in: [...listingIds] } }, orderBy: { createdAt: 'asc' } });
  }

  /** A page (`take` rows) of each organisation's published listings after the cursor, in one query. */
  async publishedOfOrganisations(organisationIds: readonly string[], page: PageRequest<typeof ORGANISATION_LISTINGS_ORDER.columns>): Promise<ListingRow[]> {
    const rows = await pagesPerParent<ListingRow, typeof ORGANISATION_LISTINGS_ORDER.columns>(this.prisma, {
      table: 'Listing',
      parentColumn: 'organisationId',
      parentIds: organisationIds,
      where: Prisma.sql`AND t.status = 'PUBLISHED'`,
      set: ORGANISATION_LISTINGS_ORDER,
      page,
    });
    // A raw read gives a NULL list as null (Prisma's own reads give []); missingForSubmission counts keywords.
    return rows.map((r) => ({ ...r, keywords: r.keywords ?? [] }));
  }

  async create(
    row: { slug: string; kind: ListingKind; organisationId: string; createdById: string },
    content: ListingContent,
    audit: Omit<AuditInput, 'entityId'>,
  ): Promise<ListingRow> {
    return this.prisma.$transaction(async (tx) => {
      const listing = await tx.listing.create({ data: { ...row, ...columnsOf(content), status: 'DRAFT' } });
      await replaceIpTitles(tx, listing, content.ipTitles);
      await recordChange(tx, { ...audit, entityId: listing.id });
      return listing;
    });
  }

  /** Saves content of a listing that is not public, if it is still in one of `editable` states. */
  async saveContent(tx: Tx, id: string, editable: readonly ModerationStatus[], content: ListingContent, columns: Dossier = {}): Promise<ListingRow | null> {
    const { count } = await tx.listing.updateMany({ where: { id, status: { in: [...editable] } }, data: { ...columnsOf(content), ...columns } });
    if (!count) return null;
    const listing = await tx.listing.findUniqueOrThrow({ where: { id } });
    await replaceIpTitles(tx, listing, content.ipTitles);
    return listing;
  }

  /** The confidential dossier alone: it is never public, so it needs no review and no search update. */
  saveDossier(id: string, dossier: Dossier, audit: AuditInput): Promise<ListingRow> {
    return this.prisma.$transaction(async (tx) => {
      await this.writeDossier(tx, id, dossier, audit);
      return tx.listing.findUniqueOrThrow({ where: { id } });
    });
  }

  async writeDossier(tx: Tx, id: string, dossier: Dossier, audit: AuditInput): Promise<void> {
    await tx.listing.update({ where: { id }, data: dossier });
    await recordChange(tx, { ...audit, data: { ...audit.data, fields: Object.keys(dossier) } });
  }

  /** Moves a listing if it is still in one of `from` (another request may have moved it first: then null). */
  async changeStatus(tx: Tx, id: string, from: readonly ModerationStatus[], data: Prisma.ListingUncheckedUpdateManyInput): Promise<ListingRow | null> {
    const { count } = await tx.listing.updateMany({ where: { id, status: { in: [...from] } }, data });
    return count ? tx.listing.findUniqueOrThrow({ where: { id } }) : null;
  }

  /** Writes approved content over the published version (the revision's approval). */
  async applyContent(tx: Tx, listing: ListingRow, content: ListingContent, publishedHash: string): Promise<void> {
    await tx.listing.update({ where: { id: listing.id }, data: { ...columnsOf(content), publishedHash } });
    await replaceIpTitles(tx, listing, content.ipTitles);
  }

  reload(tx: Tx, id: string): Promise<ListingRow> {
    return tx.listing.findUniqueOrThrow({ where: { id } });
  }

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  imagesOf(listingIds: readonly string[]): Promise<ImageRow[]> {
    return this.prisma.listingImage.findMany({ where: { listingId: { in: [...listingIds] } }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] });
  }

  findImage(id: string): Promise<ImageRow | null> {
    return this.prisma.listingImage.findUnique({ where: { id } });
  }

  findImageByFile(fileName: string) {
    return this.prisma.listingImage.findUnique({ where: { fileName }, include: { listing: true } });
  }

  /** Adds an image unless the listing already has `max`; the count and the insert are one locked step. */
  async addImage(data: Omit<ImageRow, 'id' | 'createdAt' | 'position'>, max: number, audit: AuditInput): Promise<ImageRow | null> {
    return this.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Listing" WHERE id = ${data.listingId}::uuid FOR UPDATE`;
      const count = await tx.listingImage.count({ where: { listingId: data.listingId } });
      if (count >= max) return null;
      const image = await tx.listingImage.create({ data: { ...data, position: count } });
      await recordChange(tx, audit, 'UPSERT');
      return image;
    });
  }

  async deleteImage(id: string, audit: AuditInput): Promise<ImageRow | null> {
    return this.prisma.$transaction(async (tx) => {
      const image = await tx.listingImage.findUnique({ where: { id } });
      if (!image) return null;
      await tx.listingImage.delete({ where: { id } });
      await recordChange(tx, audit, 'UPSERT');
      return image;
    });
  }

  /** Published listings whose validity has passed. */
  expiredPublished(now: Date, limit: number): Promise<ListingRow[]> {
    return this.prisma.listing.findMany({ where: { status: 'PUBLISHED', validUntil: { lte: now } }, take: limit });
  }

  /** Published listings that expire within the notice period and whose owner has not been told yet. */
  expiringUnwarned(now: Date, until: Date, limit: number): Promise<ListingRow[]> {
    return this.prisma.listing.findMany({
      where: { status: 'PUBLISHED', expiryWarnedAt: null, validUntil: { gt: now, lte: until } },
      take: limit,
    });
  }

  /** Conditional, so two processes warning at once tell the owners once; `extra` runs in the same transaction. */
  async markExpiryWarned(id: string, audit: AuditInput, extra?: (tx: Tx) => Promise<void>): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.listing.updateMany({ where: { id, expiryWarnedAt: null }, data: { expiryWarnedAt: new Date() } });
      if (!count) return false;
      await recordChange(tx, audit);
      await extra?.(tx);
      return true;
    });
  }
}
