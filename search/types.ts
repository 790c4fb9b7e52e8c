// The search port: what every engine (Meilisearch, the embedded PostgreSQL one) indexes and answers.

export const LISTING_KINDS = ['TECHNOLOGY_OFFER', 'EQUIPMENT_OFFER', 'TECHNOLOGY_REQUEST'] as const;
export const ORGANISATION_KINDS = ['ST_ORGANISATION', 'ST_ENTERPRISE'] as const;
export type SearchKind = (typeof LISTING_KINDS)[number] | (typeof ORGANISATION_KINDS)[number];

export const PRICE_BANDS = ['NEGOTIABLE', 'UNDER_100M', 'FROM_100M_TO_500M', 'FROM_500M_TO_2B', 'OVER_2B'] as const;
export type PriceBand = (typeof PRICE_BANDS)[number];

export const FACETS = ['kind', 'field', 'trl', 'priceBand', 'commune', 'ipType', 'appraisalLevel', 'verified'] as const;
export type FacetName = (typeof FACETS)[number];

/** One searchable item, as both engines store it. */
export interface SearchDocument {
  id: string; // "listing-<uuid>" | "organisation-<uuid>" (Meilisearch ids allow letters, digits, - and _)
  entityType: 'listing' | 'organisation';
  entityId: string;
  kind: SearchKind;
  slug: string;
  title: string;
  titleEn: string | null;
  summary: string;
  summaryEn: string | null;
  keywords: string[];
  organisationName: string | null;
  fieldCode: string | null;
  fieldTop: string | null;
  trl: number | null;
  priceBand: PriceBand | null; // null for organisations
  priceMin: number | null;
  commune: string | null;
  province: string;
  ipTypes: string[];
  appraisalLevel: string | null;
  verified: boolean;
  publishedAt: string; // ISO instant
  /** Paid featured placement until this instant (ISO); boosted only while it lies ahead, compared at query time. */
  featuredUntil: string | null;
}

export interface SearchFilters {
  fieldCodes?: string[] | null;
  trlMin?: number | null;
  trlMax?: number | null;
  priceBands?: PriceBand[] | null;
  communes?: string[] | null;
  ipTypes?: string[] | null;
  appraisalLevels?: string[] | null;
  verified?: boolean | null;
}

export type SearchSort = 'RELEVANCE' | 'NEWEST' | 'PRICE_ASC' | 'PRICE_DESC';

export interface SearchQuery {
  text: string;
  kinds: SearchKind[];
  filters: SearchFilters;
  sort: SearchSort;
  limit: number;
  offset: number;
}

export interface SearchHighlight {
  field: 'title' | 'summary' | 'keywords';
  html: string;
}

export interface SearchHit {
  id: string;
  entityType: 'listing' | 'organisation';
  entityId: string;
  kind: SearchKind;
  score: number;
  highlights: SearchHighlight[];
}

/**
 * Counts of the hits (all pages) by facet value: every value held by a hit, however many (a province has over a
 * hundred communes), most frequent first, equal counts by value.
 */
export type FacetCounts = Record<FacetName, { value: string; count: number }[]>;

/**
 * How the query's words decided the hits (engine contract, both engines alike): when some document holds every
 * meaningful word, only such documents are hits (`complete`); when none does, the hits are the documents holding
 * some of them, ranked by how many and which (rarer words weigh more), and `complete` is false (so it is when no
 * document holds any: no hits). A query without words, or only filters, is complete. Whether some
 * document holds every word is decided over the whole index, before kinds and filters: they narrow the answer to
 * the query (a filtered search can then be empty and complete), so that a facet's count is what choosing it shows.
 * Ranking of partial hits, after the words held: where (title and keywords before description), proximity where
 * the engine knows positions (Meilisearch; the PostgreSQL engine's bitmaps hold none), then featured and newest,
 * or the sort chosen.
 */
export interface SearchMatching {
  complete: boolean;
  /**
   * Query words, as typed, that did not decide the hits: stop words (search/lexicon/stop-words.json) and, when the
   * matching is partial, the words the best hit does not hold.
   */
  ignoredWords: string[];
}

export interface SearchResponse {
  total: number;
  hits: SearchHit[];
  facets: FacetCounts;
  matching: SearchMatching;
}

export interface Suggestion {
  text: string;
  kind: SearchKind;
  entityType: 'listing' | 'organisation';
  slug: string;
}

export interface SearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  /** Creates or updates indexes and settings; safe to call at every start-up. */
  prepare(): Promise<void>;
  /** How many documents the index holds (an empty index next to published content needs a rebuild). */
  size(): Promise<number>;
  upsert(docs: SearchDocument[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  /** Empties the index (before a rebuild). */
  clear(): Promise<void>;
  /**
   * A rebuild that never shows an empty index: `fill` writes into a new index that replaces the live one when full
   * (Meilisearch: swapIndexes). Engines without it are cleared and filled in place.
   */
  rebuild?<T>(fill: (into: Pick<SearchEngine, 'upsert'>) => Promise<T>): Promise<T>;
  /** After a rebuild: whatever makes the freshly filled index fast (PostgreSQL: VACUUM ANALYZE). */
  optimize?(): Promise<void>;
  /** Loads what answers searches (PostgreSQL: the index mirrored in memory), so that no visitor waits for it. */
  warm?(): Promise<void>;
  search(query: SearchQuery): Promise<SearchResponse>;
  suggest(prefix: string, limit: number): Promise<Suggestion[]>;
  /** Every indexed id with its document, for comparing an index with a rebuild. */
  dump(): Promise<SearchDocument[]>;
  health(): Promise<{ ok: boolean; detail?: string }>;
  close(): Promise<void>;
}

export const documentId = (entityType: 'listing' | 'organisation', entityId: string) => `${entityType}-${entityId}`;

export function priceBandOf(priceType: string, priceMin: number | null): PriceBand {
  if (priceType === 'NEGOTIABLE' || priceMin === null) return 'NEGOTIABLE';
  if (priceMin < 100_000_000) return 'UNDER_100M';
  if (priceMin < 500_000_000) return 'FROM_100M_TO_500M';
  if (priceMin < 2_000_000_000) return 'FROM_500M_TO_2B';
  return 'OVER_2B';
}
