// The SQL of matchmaking: what matching reads of listings, the structured candidates, the stored matches (ListingMatch)
// and the pages that show them. Every statement takes the client or transaction it runs in, so the demo seed can
// compute matches inside its own transaction.
import { Prisma } from '../../generated/prisma/client.ts';
import type { PrismaClient, Tx } from '../../lib/prisma.ts';
import { keyset, type PageRequest } from '../../lib/pagination.ts';
import { keysetCondition, keysetOrderSql } from '../../lib/keyset-sql.ts';
import type { MatchFacts } from './match-score.ts';
import type { MatchReason } from './match-reasons.ts';
import type { ListingMatchRow } from './match-row.ts';

export const OFFER_KINDS = ['TECHNOLOGY_OFFER', 'EQUIPMENT_OFFER'] as const;

/** A listing's matches, best first (the score as an integer key, so the platform's cursor codec can carry it). */
export const LISTING_MATCHES_ORDER = keyset('listing-matches', ['scoreKey', 'int', 'desc'], ['id', 'id', 'asc']);
/** The matches of an organisation's offers, newest first. */
export const OFFER_MATCHES_ORDER = keyset('offer-matches', ['createdAt', 'date', 'desc'], ['id', 'id', 'desc']);

export interface FactsRow extends MatchFacts {
  status: string;
  slug: string;
  titleVi: string;
  titleEn: string | null;
  publishedAt: Date | null;
}

export interface StoredPair {
  id: string;
  counterpartId: string;
  score: number;
  notifiedAt: Date | null;
  firstShownAt: Date | null;
}

export interface MatchWrite {
  requestId: string;
  offerId: string;
  score: number;
  reasons: MatchReason[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

type RawFacts = Omit<FactsRow, 'keywords' | 'transferForms' | 'transferModes' | 'minTrl' | 'budgetMaxVnd' | 'preferredForms' | 'preferredModes'> & {
  keywords: string[] | null;
  keywordsEn: string[] | null;
  d: Record<string, unknown> | null;
};

function toFacts(r: RawFacts): FactsRow {
  const d = r.d ?? {};
  const budget = (d.budget ?? {}) as Record<string, unknown>;
  const { keywordsEn, d: _, ...rest } = r;
  return {
    ...rest,
    keywords: [...(r.keywords ?? []), ...(keywordsEn ?? [])],
    transferForms: strings(d.transferForms),
    transferModes: strings(d.transferModes),
    minTrl: int(d.minTrl),
    budgetMaxVnd: int(budget.max),
    preferredForms: strings(d.preferredForms),
    preferredModes: strings(d.preferredModes),
  };
}

export class MatchingRepository {
  constructor(readonly prisma: PrismaClient) {}

  /** What matching reads of these listings (only the details' keys it uses, not the whole JSON). */
  async facts(db: Tx, ids: readonly string[]): Promise<FactsRow[]> {
    if (!ids.length) return [];
    const rows = await db.$queryRaw<RawFacts[]>`
      SELECT l.id, l.kind::text AS kind, l.status::text AS status, l.slug, l."titleVi", l."titleEn", l."publishedAt",
             l."organisationId", l."fieldCode", f."parentCode" AS "fieldParent", l.trl,
             CASE WHEN l."priceType" = 'NEGOTIABLE' THEN NULL ELSE l."priceMin"::float8 END AS "priceVnd",
             l.commune, l.province, l.keywords, l."keywordsEn",
             jsonb_build_object('transferForms', l.details->'transferForms', 'transferModes', l.details->'transferModes',
               'minTrl', l.details->'minTrl', 'budget', l.details->'budget',
               'preferredForms', l.details->'preferredForms', 'preferredModes', l.details->'preferredModes') AS d
      FROM "Listing" l LEFT JOIN "FieldOfScience" f ON f.code = l."fieldCode"
      WHERE l.id = ANY(${[...ids]}::uuid[])`;
    return rows.map(toFacts);
  }

  /**
   * Published listings of the other side in the listing's field (the field itself, its sub-fields or its parent),
   * newest first, and, when asked (no engine to find them by text: the demo seed), those sharing one of its keywords
   * as written: the structured half of the candidates. Another organisation's only. The field's codes are read
   * first (an init plan), so the field index does the work.
   */
  async structuredCandidates(db: Tx, of: MatchFacts, kinds: readonly string[], limit: number, byKeywords: boolean): Promise<string[]> {
    const other = Prisma.sql`status = 'PUBLISHED' AND kind = ANY(${[...kinds]}::"ListingKind"[]) AND "organisationId" <> ${of.organisationId}::uuid`;
    const parts: Prisma.Sql[] = [];
    if (of.fieldCode) {
      parts.push(Prisma.sql`SELECT id FROM "Listing"
        WHERE "fieldCode" = ANY(ARRAY(SELECT code FROM "FieldOfScience" WHERE code = ${of.fieldCode} OR "parentCode" = ${of.fieldCode} OR code = ${of.fieldParent}))
          AND ${other}
        ORDER BY "publishedAt" DESC NULLS LAST LIMIT ${limit}`);
    }
    if (byKeywords && of.keywords.length) {
      parts.push(Prisma.sql`SELECT id FROM "Listing"
        WHERE (keywords && ${of.keywords}::text[] OR "keywordsEn" && ${of.keywords}::text[]) AND ${other}
        ORDER BY "publishedAt" DESC NULLS LAST LIMIT ${limit}`);
    }
    if (!parts.length) return [];
    const rows = await db.$queryRaw<{ id: string }[]>`${Prisma.join(parts.map((p) => Prisma.sql`(${p})`), ' UNION ')}`;
    return rows.map((r) => r.id);
  }

  /** The pairs stored for a listing, on either side. */
  async storedPairs(db: Tx, listingId: string, side: 'request' | 'offer'): Promise<StoredPair[]> {
    const [own, other] = side === 'request' ? ['requestId', 'offerId'] : ['offerId', 'requestId'];
    return db.$queryRaw<StoredPair[]>`
      SELECT id, ${Prisma.raw(`"${other}"`)} AS "counterpartId", score, "notifiedAt", "firstShownAt"
      FROM "ListingMatch" WHERE ${Prisma.raw(`"${own}"`)} = ${listingId}::uuid`;
  }

  /** Writes the pairs (new or rescored) in one statement. */
  async upsert(db: Tx, pairs: readonly MatchWrite[]): Promise<void> {
    if (!pairs.length) return;
    const rows = pairs.map((p) => Prisma.sql`(gen_random_uuid(), ${p.requestId}::uuid, ${p.offerId}::uuid, ${p.score}, ${JSON.stringify(p.reasons)}::jsonb, now())`);
    await db.$executeRaw`
      INSERT INTO "ListingMatch" (id, "requestId", "offerId", score, reasons, "updatedAt") VALUES ${Prisma.join(rows)}
      ON CONFLICT ("requestId", "offerId") DO UPDATE SET score = EXCLUDED.score, reasons = EXCLUDED.reasons, "updatedAt" = now()
      WHERE "ListingMatch".score IS DISTINCT FROM EXCLUDED.score OR "ListingMatch".reasons IS DISTINCT FROM EXCLUDED.reasons`;
  }

  /**
   * Pairs that no longer match: deleted when nobody ever saw them; kept with score 0 (never shown again) when they
   * were shown or sent, because that record is what the conversion figures read and what stops a second notice.
   */
  async retire(db: Tx, ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    await db.$executeRaw`DELETE FROM "ListingMatch" WHERE id = ANY(${[...ids]}::uuid[]) AND "notifiedAt" IS NULL AND "firstShownAt" IS NULL`;
    await db.$executeRaw`UPDATE "ListingMatch" SET score = 0, "updatedAt" = now() WHERE id = ANY(${[...ids]}::uuid[]) AND score <> 0`;
  }

  /**
   * Notices each organisation was sent in the window, counted from ListingMatch.notifiedAt. A notice goes to the side
   * that was published first (the later publication is the news), so that is whose organisation a pair counts for.
   */
  async noticesSince(db: Tx, organisationIds: readonly string[], since: Date): Promise<Map<string, number>> {
    if (!organisationIds.length) return new Map();
    const rows = await db.$queryRaw<{ organisationId: string; n: number }[]>`
      SELECT CASE WHEN r."publishedAt" <= o."publishedAt" THEN r."organisationId" ELSE o."organisationId" END AS "organisationId", count(*)::int AS n
      FROM "ListingMatch" m JOIN "Listing" r ON r.id = m."requestId" JOIN "Listing" o ON o.id = m."offerId"
      WHERE m."notifiedAt" >= ${since}
        AND (r."organisationId" = ANY(${[...organisationIds]}::uuid[]) OR o."organisationId" = ANY(${[...organisationIds]}::uuid[]))
      GROUP BY 1`;
    return new Map(rows.map((r) => [r.organisationId, r.n]));
  }

  /** Serialises notices to each organisation (in the order given: sorted, so two publications cannot deadlock). */
  async lockOrganisations(db: Tx, organisationIds: readonly string[]): Promise<void> {
    if (!organisationIds.length) return;
    await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('match-notice:' || o)) FROM unnest(${[...organisationIds]}::text[]) WITH ORDINALITY AS t(o, n) ORDER BY n`;
  }

  /** Marks the pairs told, and answers those that were not already (as "requestId:offerId"). */
  async markNotified(db: Tx, pairs: readonly { requestId: string; offerId: string }[], at: Date): Promise<Set<string>> {
    if (!pairs.length) return new Set();
    const rows = await db.$queryRaw<{ key: string }[]>`
      UPDATE "ListingMatch" SET "notifiedAt" = ${at}
      WHERE ("requestId", "offerId") IN (${Prisma.join(pairs.map((p) => Prisma.sql`(${p.requestId}::uuid, ${p.offerId}::uuid)`))}) AND "notifiedAt" IS NULL
      RETURNING "requestId"::text || ':' || "offerId"::text AS key`;
    return new Set(rows.map((r) => r.key));
  }

  /** The members of each organisation, in one query. */
  async membersOf(db: Tx, organisationIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await db.membership.findMany({ where: { organisationId: { in: [...new Set(organisationIds)] } }, select: { organisationId: true, userId: true } });
    const members = new Map<string, string[]>();
    for (const r of rows) members.set(r.organisationId, [...(members.get(r.organisationId) ?? []), r.userId]);
    return members;
  }

  async markShown(ids: readonly string[], at = new Date()): Promise<void> {
    if (!ids.length) return;
    await this.prisma.$executeRaw`UPDATE "ListingMatch" SET "firstShownAt" = ${at} WHERE id = ANY(${[...ids]}::uuid[]) AND "firstShownAt" IS NULL`;
  }

  /** Published listings of an organisation (an organisation published anew rematches them). */
  async publishedOf(organisationId: string, limit: number): Promise<string[]> {
    const rows = await this.prisma.listing.findMany({
      where: { organisationId, status: 'PUBLISHED' },
      select: { id: true },
      orderBy: { publishedAt: 'desc' },
      take: limit,
    });
    return rows.map((r) => r.id);
  }

  /** Every published listing (the demo seed matches them all). */
  async allPublished(db: Tx): Promise<string[]> {
    return (await db.listing.findMany({ where: { status: 'PUBLISHED' }, select: { id: true }, orderBy: { id: 'asc' } })).map((r) => r.id);
  }

  /**
   * Each listing's page of matches whose other side is published, best first, in one query: a request's offers and
   * an offer's requests (`side` says which each parent is).
   */
  async pagesOf(parents: readonly { id: string; side: 'request' | 'offer' }[], page: PageRequest<typeof LISTING_MATCHES_ORDER.columns>): Promise<ListingMatchRow[][]> {
    const requests = parents.filter((p) => p.side === 'request').map((p) => p.id);
    const offers = parents.filter((p) => p.side === 'offer').map((p) => p.id);
    const rows = await this.prisma.$queryRaw<(ListingMatchRow & { parentId: string })[]>`
      SELECT * FROM (
        SELECT t.*, row_number() OVER (PARTITION BY t."parentId" ORDER BY ${keysetOrderSql(LISTING_MATCHES_ORDER)}) AS _rank FROM (
          SELECT m.*, (m.score * 1000000)::int AS "scoreKey", m."requestId" AS "parentId" FROM "ListingMatch" m
          JOIN "Listing" o ON o.id = m."offerId" AND o.status = 'PUBLISHED'
          WHERE m.score > 0 AND m."requestId" = ANY(${requests}::uuid[])
          UNION ALL
          SELECT m.*, (m.score * 1000000)::int AS "scoreKey", m."offerId" AS "parentId" FROM "ListingMatch" m
          JOIN "Listing" r ON r.id = m."requestId" AND r.status = 'PUBLISHED'
          WHERE m.score > 0 AND m."offerId" = ANY(${offers}::uuid[])
        ) t WHERE true ${keysetCondition(LISTING_MATCHES_ORDER, page.after)}
      ) t WHERE _rank <= ${page.take}
      ORDER BY ${keysetOrderSql(LISTING_MATCHES_ORDER)}`;
    return parents.map((p) => rows.filter((r) => r.parentId === p.id));
  }

  /** A page of the matches of these organisations' published offers with published requests, newest first. */
  ofOrganisationsOffers(organisationIds: readonly string[], page: PageRequest<typeof OFFER_MATCHES_ORDER.columns>): Promise<ListingMatchRow[]> {
    return this.prisma.$queryRaw<ListingMatchRow[]>`
      SELECT t.* FROM (
        SELECT m.* FROM "ListingMatch" m
        JOIN "Listing" o ON o.id = m."offerId" AND o.status = 'PUBLISHED' AND o."organisationId" = ANY(${[...organisationIds]}::uuid[])
        JOIN "Listing" r ON r.id = m."requestId" AND r.status = 'PUBLISHED'
        WHERE m.score > 0
      ) t WHERE true ${keysetCondition(OFFER_MATCHES_ORDER, page.after)}
      ORDER BY ${keysetOrderSql(OFFER_MATCHES_ORDER)} LIMIT ${page.take}`;
  }

  /** Published listings of a kind in a field (the related listings when the engine finds too few), newest first. */
  async sameKindInField(listing: { id: string; kind: string; fieldCode: string | null }, limit: number): Promise<string[]> {
    if (!listing.fieldCode) return [];
    const rows = await this.prisma.listing.findMany({
      where: { status: 'PUBLISHED', kind: listing.kind as 'TECHNOLOGY_OFFER', fieldCode: listing.fieldCode, id: { not: listing.id } },
      select: { id: true },
      orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
      take: limit,
    });
    return rows.map((r) => r.id);
  }
}
