// What the open data, the feeds and the sitemap read: published rows only, and only their public columns (no
// person's name, e-mail or phone: an organisation's contact columns and a personal requester profile stay out).
import { Prisma, type ListingKind, type PrismaClient } from '../../generated/prisma/client.ts';

/** A page of a sitemap: one public page and when it last changed. */
export interface SitemapRow {
  path: string;
  updatedAt: Date;
}

export interface OpenListingRow {
  id: string;
  slug: string;
  kind: ListingKind;
  titleVi: string;
  titleEn: string | null;
  summaryVi: string;
  summaryEn: string | null;
  fieldCode: string | null;
  trl: number | null;
  priceType: string;
  priceMin: bigint | null;
  priceMax: bigint | null;
  commune: string | null;
  province: string;
  organisationId: string | null;
  organisationName: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
}

export interface OpenOrganisationRow {
  id: string;
  slug: string;
  nameVi: string;
  nameEn: string | null;
  kind: string;
  verified: boolean;
  province: string;
  commune: string | null;
  website: string | null;
  fieldCodes: string[];
  updatedAt: Date;
}

/** One cell of the deal statistics: deals recorded in a quarter, a report field and a transfer form. */
export interface DealCellRow {
  id: string;
  quarter: string;
  reportField: string;
  transferForm: string;
  deals: number;
  valueVnd: number;
  updatedAt: Date;
}

/** Where an incremental read starts: rows changed after `modifiedSince`, after the cursor's (updatedAt, id). */
export interface ChangedSince {
  modifiedSince: Date | null;
  after: readonly [Date, string] | null;
  take: number;
}

// A technology request posted without its organisation's name, or by a person (whose profile carries their name),
// is published without the organisation.
const LISTED = Prisma.sql`l.status = 'PUBLISHED'`;
const ORG_SHOWN = Prisma.sql`(NOT l."hideOrganisation" AND o.kind <> 'INDIVIDUAL' AND o.status = 'PUBLISHED')`;
const LISTING_COLUMNS = Prisma.sql`
  l.id, l.slug, l.kind, l."titleVi", l."titleEn", l."summaryVi", l."summaryEn", l."fieldCode", l.trl,
  l."priceType"::text AS "priceType", l."priceMin", l."priceMax", l.commune, l.province,
  CASE WHEN ${ORG_SHOWN} THEN o.id END AS "organisationId",
  CASE WHEN ${ORG_SHOWN} THEN o."nameVi" END AS "organisationName",
  l."publishedAt", l."updatedAt"`;
const DIRECTORY = Prisma.sql`o.status = 'PUBLISHED' AND o.kind <> 'INDIVIDUAL'`;

function changedSince(table: string, q: ChangedSince, idType = 'uuid'): Prisma.Sql {
  const t = Prisma.raw(table);
  const since = q.modifiedSince ? Prisma.sql`AND ${t}."updatedAt" > ${q.modifiedSince}` : Prisma.empty;
  const after = q.after ? Prisma.sql`AND (${t}."updatedAt", ${t}.id) > (${q.after[0]}, ${q.after[1]}::${Prisma.raw(idType)})` : Prisma.empty;
  return Prisma.sql`${since} ${after} ORDER BY ${t}."updatedAt", ${t}.id LIMIT ${q.take}`;
}

export class OpenDataRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async sitemapSize(): Promise<number> {
    const [row] = await this.prisma.$queryRaw<{ n: number }[]>`
      SELECT ((SELECT count(*) FROM "Listing" l WHERE ${LISTED}) + (SELECT count(*) FROM "Organisation" o WHERE ${DIRECTORY}))::int AS n`;
    return row?.n ?? 0;
  }

  /** Public listing and organisation pages, `limit` of them from `offset` (a sitemap's pages are few and read rarely). */
  sitemapRows(offset: number, limit: number): Promise<SitemapRow[]> {
    return this.prisma.$queryRaw<SitemapRow[]>`
      SELECT path, "updatedAt" FROM (
        SELECT 0 AS part, l.id, '/listings/' || l.slug AS path, l."updatedAt" FROM "Listing" l WHERE ${LISTED}
        UNION ALL
        SELECT 1, o.id, '/organisations/' || o.slug, o."updatedAt" FROM "Organisation" o WHERE ${DIRECTORY}
      ) pages ORDER BY part, id OFFSET ${offset} LIMIT ${limit}`;
  }

  /** The most recently published listings, newest first. */
  latestListings(filter: { kind: ListingKind | null; fieldCode: string | null }, take: number): Promise<OpenListingRow[]> {
    const kind = filter.kind ? Prisma.sql`AND l.kind = ${filter.kind}::"ListingKind"` : Prisma.empty;
    // A field's code prefixes its sub-fields' ("2" holds "204"): a field takes in its sub-fields.
    const field = filter.fieldCode ? Prisma.sql`AND starts_with(l."fieldCode", ${filter.fieldCode})` : Prisma.empty;
    return this.prisma.$queryRaw<OpenListingRow[]>`
      SELECT ${LISTING_COLUMNS} FROM "Listing" l JOIN "Organisation" o ON o.id = l."organisationId"
      WHERE ${LISTED} ${kind} ${field} AND l."publishedAt" IS NOT NULL
      ORDER BY l."publishedAt" DESC, l.id DESC LIMIT ${take}`;
  }

  listings(q: ChangedSince): Promise<OpenListingRow[]> {
    return this.prisma.$queryRaw<OpenListingRow[]>`
      SELECT ${LISTING_COLUMNS} FROM "Listing" l JOIN "Organisation" o ON o.id = l."organisationId"
      WHERE ${LISTED} ${changedSince('l', q)}`;
  }

  organisations(q: ChangedSince): Promise<OpenOrganisationRow[]> {
    return this.prisma.$queryRaw<OpenOrganisationRow[]>`
      SELECT o.id, o.slug, o."nameVi", o."nameEn", o.kind::text AS kind, o."verifiedAt" IS NOT NULL AS verified, o.province, o.commune,
        o.website, ARRAY(SELECT f."fieldCode" FROM "OrganisationField" f WHERE f."organisationId" = o.id ORDER BY 1) AS "fieldCodes", o."updatedAt"
      FROM "Organisation" o WHERE ${DIRECTORY} ${changedSince('o', q)}`;
  }

  /**
   * Recorded deals counted by cell (quarter of signing × report field of the listing's field × transfer form), with
   * their total value; a cell changes when a deal is recorded in it. Only counts leave: no deal, party or listing.
   */
  dealStatistics(q: ChangedSince): Promise<DealCellRow[]> {
    return this.prisma.$queryRaw<DealCellRow[]>`
      SELECT c.* FROM (
        SELECT concat_ws('.', to_char(d."signedOn", 'YYYY-"Q"Q'), coalesce(f."reportField"::text, 'UNCLASSIFIED'), d."transferForm") AS id,
          to_char(d."signedOn", 'YYYY-"Q"Q') AS quarter, coalesce(f."reportField"::text, 'UNCLASSIFIED') AS "reportField", d."transferForm",
          count(*)::int AS deals, sum(d."valueVnd")::float8 AS "valueVnd", max(d."createdAt") AS "updatedAt"
        FROM "Deal" d JOIN "Listing" l ON l.id = d."listingId" LEFT JOIN "FieldOfScience" f ON f.code = l."fieldCode"
        WHERE d.status = 'RECORDED'
        GROUP BY 1, 2, 3, 4
      ) c WHERE true ${changedSince('c', q, 'text')}`;
  }

  /** When each dataset's newest row changed. */
  async lastModified(): Promise<Record<'listings' | 'organisations' | 'deal-statistics', Date | null>> {
    const [row] = await this.prisma.$queryRaw<Record<'listings' | 'organisations' | 'deal-statistics', Date | null>[]>`
      SELECT (SELECT max(l."updatedAt") FROM "Listing" l WHERE ${LISTED}) AS listings,
             (SELECT max(o."updatedAt") FROM "Organisation" o WHERE ${DIRECTORY}) AS organisations,
             (SELECT max(d."createdAt") FROM "Deal" d WHERE d.status = 'RECORDED') AS "deal-statistics"`;
    return row ?? { listings: null, organisations: null, 'deal-statistics': null };
  }

  fieldExists(code: string): Promise<boolean> {
    return this.prisma.fieldOfScience.count({ where: { code } }).then((n) => n > 0);
  }
}
