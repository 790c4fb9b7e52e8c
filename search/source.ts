// Builds search documents from PostgreSQL, the source of truth: only published listings and organisations are
// indexed, so anything else found here is to be removed from the index.
import type { PrismaClient } from '../server/generated/prisma/client.ts';
import type { OrganisationKind } from '../server/generated/prisma/enums.ts';
import { documentId, priceBandOf, type SearchDocument, type SearchKind } from './types.ts';

export interface Built {
  docs: SearchDocument[];
  /** Ids that must leave the index (unpublished or deleted). */
  removed: string[];
}

// Every published organisation is searchable. The search knows two kinds of organisation: S&T organisations
// (with universities, institutes and department units) and enterprises of every form (S&T enterprises,
// enterprises, cooperatives, household businesses). A person posting a request on their own is not an
// organisation anyone searches for: never indexed.
const ORGANISATION_SEARCH_KIND: Record<Exclude<OrganisationKind, 'INDIVIDUAL'>, SearchKind> = {
  ST_ORGANISATION: 'ST_ORGANISATION',
  UNIVERSITY_INSTITUTE: 'ST_ORGANISATION',
  DEPARTMENT_UNIT: 'ST_ORGANISATION',
  ST_ENTERPRISE: 'ST_ENTERPRISE',
  ENTERPRISE: 'ST_ENTERPRISE',
  COOPERATIVE: 'ST_ENTERPRISE',
  HOUSEHOLD_BUSINESS: 'ST_ENTERPRISE',
};

export class SearchSource {
  constructor(private readonly prisma: PrismaClient) {}

  async listings(ids: string[]): Promise<Built> {
    const rows = await this.prisma.listing.findMany({
      where: { id: { in: ids }, status: 'PUBLISHED' },
      include: { organisation: { select: { nameVi: true, kind: true } }, field: { select: { parentCode: true } }, ipTitles: { select: { type: true } } },
    });
    const claims = await this.verifiedIds('listing', rows.map((r) => r.id));
    const docs = rows.map((l): SearchDocument => {
      const priceMin = l.priceMin === null ? null : Number(l.priceMin);
      return {
        id: documentId('listing', l.id),
        entityType: 'listing',
        entityId: l.id,
        kind: l.kind,
        slug: l.slug,
        title: l.titleVi,
        titleEn: l.titleEn,
        summary: l.summaryVi,
        summaryEn: l.summaryEn,
        keywords: [...l.keywords, ...l.keywordsEn], // English keywords find the listing too
        // An anonymous request must not be findable by its owner's name, nor a person's request by theirs.
        organisationName: l.hideOrganisation || l.organisation.kind === 'INDIVIDUAL' ? null : l.organisation.nameVi,
        fieldCode: l.fieldCode,
        fieldTop: l.field?.parentCode ?? l.fieldCode,
        trl: l.trl,
        priceBand: priceBandOf(l.priceType, priceMin),
        priceMin: l.priceType === 'NEGOTIABLE' ? null : priceMin,
        commune: l.commune,
        province: l.province,
        ipTypes: [...new Set(l.ipTitles.map((t) => t.type))],
        appraisalLevel: l.appraisalLevel,
        verified: claims.has(l.id),
        publishedAt: (l.publishedAt ?? l.updatedAt).toISOString(),
        featuredUntil: l.featuredUntil?.toISOString() ?? null,
      };
    });
    const kept = new Set(rows.map((r) => r.id));
    return { docs, removed: ids.filter((id) => !kept.has(id)).map((id) => documentId('listing', id)) };
  }

  async organisations(ids: string[]): Promise<Built> {
    const rows = await this.prisma.organisation.findMany({
      where: { id: { in: ids }, status: 'PUBLISHED', kind: { not: 'INDIVIDUAL' } },
      include: { fields: { select: { fieldCode: true, field: { select: { parentCode: true } } } }, ipTitles: { select: { type: true } } },
    });
    const claims = await this.verifiedIds('organisation', rows.map((r) => r.id));
    const docs = rows.map((o): SearchDocument => {
      const first = o.fields[0];
      return {
        id: documentId('organisation', o.id),
        entityType: 'organisation',
        entityId: o.id,
        kind: ORGANISATION_SEARCH_KIND[o.kind as Exclude<OrganisationKind, 'INDIVIDUAL'>],
        slug: o.slug,
        title: o.nameVi,
        titleEn: o.nameEn,
        summary: o.descriptionVi ?? '',
        summaryEn: o.descriptionEn,
        keywords: o.shortName ? [o.shortName] : [],
        organisationName: null,
        fieldCode: first?.fieldCode ?? null,
        fieldTop: first ? (first.field.parentCode ?? first.fieldCode) : null,
        trl: null,
        priceBand: null,
        priceMin: null,
        commune: o.commune,
        province: o.province,
        ipTypes: [...new Set(o.ipTitles.map((t) => t.type))],
        appraisalLevel: null,
        verified: o.verifiedAt !== null || claims.has(o.id),
        publishedAt: (o.publishedAt ?? o.updatedAt).toISOString(),
        featuredUntil: null,
      };
    });
    const kept = new Set(rows.map((r) => r.id));
    return { docs, removed: ids.filter((id) => !kept.has(id)).map((id) => documentId('organisation', id)) };
  }

  /** The published listings of these organisations (their documents carry the organisation's name). */
  async publishedListingsOf(organisationIds: string[]): Promise<string[]> {
    if (!organisationIds.length) return [];
    const rows = await this.prisma.listing.findMany({
      where: { organisationId: { in: organisationIds }, status: 'PUBLISHED' },
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  /** Ids of everything that belongs in the index, in pages, for a rebuild. */
  async *publishedIds(pageSize = 2000): AsyncGenerator<{ entityType: 'listing' | 'organisation'; ids: string[] }> {
    for (const entityType of ['organisation', 'listing'] as const) {
      let after: string | undefined;
      for (;;) {
        const page =
          entityType === 'listing'
            ? await this.prisma.listing.findMany({ where: { status: 'PUBLISHED', ...(after ? { id: { gt: after } } : {}) }, select: { id: true }, orderBy: { id: 'asc' }, take: pageSize })
            : await this.prisma.organisation.findMany({ where: { status: 'PUBLISHED', ...(after ? { id: { gt: after } } : {}) }, select: { id: true }, orderBy: { id: 'asc' }, take: pageSize });
        if (!page.length) break;
        yield { entityType, ids: page.map((r) => r.id) };
        after = page[page.length - 1].id;
      }
    }
  }

  async countPublished(): Promise<number> {
    const [l, o] = await Promise.all([
      this.prisma.listing.count({ where: { status: 'PUBLISHED' } }),
      this.prisma.organisation.count({ where: { status: 'PUBLISHED' } }),
    ]);
    return l + o;
  }

  private async verifiedIds(entityType: string, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.prisma.claimVerification.findMany({ where: { entityType, entityId: { in: ids } }, select: { entityId: true } });
    return new Set(rows.map((r) => r.entityId));
  }
}
