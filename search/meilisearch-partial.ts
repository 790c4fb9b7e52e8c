// Partial matches on Meilisearch, by the engine contract's rules: when no document holds every word, the documents
// holding some, ranked by the weight of the words they hold (rarer weigh more), then by how well they hold them,
// then featured and newest (or the sort chosen). Meilisearch's own strategies cannot: `last` and `frequency` drop
// words in one fixed order and keep the last one mandatory (milli query_graph.rs), so "đèn LED thanh long tươi" finds
// only what holds the rarest words. So each meaningful part of the query is asked alone (`all`), the hits are ranked
// here, and one federated request counts and facets their union (milli computes the union of the queries' candidates).
import type { FederatedMultiSearchParams, SearchParams } from 'meilisearch';
import { FACET_ATTRIBUTE } from './meilisearch-settings.ts';
import { filterOf, type MeiliHit, type PreparedQuery } from './meilisearch-query.ts';
import { FACETS, type SearchQuery } from './types.ts';

/** Of each part, at most this many hits (its best) are ranked; totals and facet counts hold every match. */
export const PARTIAL_HITS_PER_PART = 1000;

/**
 * The text Meilisearch is sent for each part (as in the whole query, see prepareQuery). A trailing space ends every
 * part but the query's last: Meilisearch then takes its last word whole, not as a prefix (parse_query.rs: only a
 * word with no token after it is a prefix), as it does inside the whole query.
 */
export const partTexts = (prepared: PreparedQuery): string[] => prepared.units.map((u, i) => (i < prepared.units.length - 1 ? `${u.sent} ` : u.sent));

/** What ranking needs of a hit: its id, score, and the attributes featured, newest and the chosen sorts read. */
const RANK_ATTRIBUTES = ['id', 'publishedAtTs', 'featuredUntilTs', 'priceMin'];

export function partialRequests(q: SearchQuery, prepared: PreparedQuery, indexUid: string): { parts: SearchParams[]; union: FederatedMultiSearchParams } {
  const filter = filterOf(q);
  const texts = partTexts(prepared);
  return {
    parts: texts.map((text) => ({ q: text, matchingStrategy: 'all', filter, limit: PARTIAL_HITS_PER_PART, attributesToRetrieve: RANK_ATTRIBUTES, showRankingScore: true })),
    union: {
      federation: { limit: 0, offset: 0, facetsByIndex: { [indexUid]: FACETS.map((name) => FACET_ATTRIBUTE[name]) } },
      queries: texts.map((text) => ({ indexUid, q: text, matchingStrategy: 'all', filter })),
    },
  };
}

export interface RankedPartial {
  id: string;
  /** The weight held over the weight of every part, 0 to 1. */
  score: number;
  /** Indexes of the parts the document holds. */
  held: number[];
}

type Part = { hits: MeiliHit[]; estimatedTotalHits?: number; totalHits?: number };

const chosenOrder: Partial<Record<SearchQuery['sort'], (a: MeiliHit, b: MeiliHit) => number>> = {
  NEWEST: (a, b) => (b.publishedAtTs ?? 0) - (a.publishedAtTs ?? 0),
  PRICE_ASC: (a, b) => (a.priceMin ?? Infinity) - (b.priceMin ?? Infinity),
  PRICE_DESC: (a, b) => (b.priceMin ?? -Infinity) - (a.priceMin ?? -Infinity),
};

/**
 * Ranks the documents the parts found: by the weight of the parts each holds (a part's weight is ln(1 + N/n), n the
 * documents holding it, N those holding any), then the sort chosen, or else by how well it holds them (the sum of
 * Meilisearch's ranking scores: typo, proximity, attribute, exactness), featured first, newest first.
 */
export function rankPartial(parts: Part[], union: number, sort: SearchQuery['sort'], now: number): RankedPartial[] {
  const weights = parts.map((p) => Math.log(1 + union / Math.max(1, p.totalHits ?? p.estimatedTotalHits ?? p.hits.length)));
  const all = weights.reduce((a, b) => a + b, 0);
  const docs = new Map<string, { hit: MeiliHit; held: number[]; weight: number; quality: number }>();
  parts.forEach((part, i) => {
    for (const hit of part.hits) {
      const doc = docs.get(hit.id) ?? { hit, held: [], weight: 0, quality: 0 };
      doc.held.push(i);
      doc.weight += weights[i];
      doc.quality += hit._rankingScore ?? 0;
      docs.set(hit.id, doc);
    }
  });
  const featured = (h: MeiliHit) => ((h.featuredUntilTs ?? 0) > now ? 0 : 1);
  const byChosen = chosenOrder[sort];
  // Weights summed in another order may differ in the last bits: compared rounded.
  const round = (x: number) => Math.round(x * 1e9);
  return [...docs.values()]
    .sort(
      (a, b) =>
        round(b.weight) - round(a.weight) ||
        (byChosen ? byChosen(a.hit, b.hit) : round(b.quality) - round(a.quality) || featured(a.hit) - featured(b.hit) || (b.hit.publishedAtTs ?? 0) - (a.hit.publishedAtTs ?? 0)) ||
        (a.hit.id < b.hit.id ? -1 : a.hit.id > b.hit.id ? 1 : 0),
    )
    .map((d) => ({ id: d.hit.id, score: all ? d.weight / all : 0, held: d.held }));
}

/** The parts (as typed) a ranked document does not hold. */
export const missingParts = (prepared: PreparedQuery, best: RankedPartial) => prepared.units.filter((_, i) => !best.held.includes(i)).map((u) => u.typed);
