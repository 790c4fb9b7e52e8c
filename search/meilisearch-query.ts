// What a search sends to Meilisearch and how its answers become the port's response. Pure functions: the unit
// tests pin every request without a server (search/meilisearch-engine.test.ts).
import type { SearchParams } from 'meilisearch';
import { highlighter, highlightsOf, queryTokens } from './fold.ts';
import { analyseQuery } from './query-analysis.ts';
import { FACET_ATTRIBUTE, MAX_SYNONYM_KEY_WORDS, RELEVANCE_RULES, wordsOf } from './meilisearch-settings.ts';
import { FACETS, type FacetCounts, type SearchDocument, type SearchQuery, type SearchResponse } from './types.ts';

/** As stored: instants as numbers, for filters and sorts (featuredUntilTs 0 when not featured), and the layout. */
export type MeiliDocument = SearchDocument & { publishedAtTs: number; featuredUntilTs: number; layout: number };
type ScoreDetails = Record<string, { order: number; score?: number }>;
export type MeiliHit = Partial<MeiliDocument> & Pick<SearchDocument, 'id' | 'entityType' | 'entityId' | 'kind'> & {
  _rankingScore?: number;
  _rankingScoreDetails?: ScoreDetails;
};

/** What a hit needs to become a SearchHit with highlights. */
export const HIT_ATTRIBUTES = ['id', 'entityType', 'entityId', 'kind', 'title', 'summary', 'keywords'];

/** One meaningful part of the query (query-analysis.ts), and the text Meilisearch is sent for it. */
interface Unit {
  typed: string;
  sent: string;
}

export interface PreparedQuery {
  /** The text sent to Meilisearch. */
  q: string;
  units: Unit[];
  /** Stop words and phrases as typed: taken out of the query, reported as ignored. */
  stopWords: string[];
}

/**
 * The query as both engines read it (analyseQuery: stop words out, synonym phrases kept whole even when they hold a
 * stop word, a query of stop words only as typed), sent as text: Meilisearch's own stop words would not do (see
 * indexSettings). A synonym phrase of more than three words, which Meilisearch cannot take as a synonym key, is sent
 * as its group's shortest member, whose synonyms hold the phrase itself.
 */
export function prepareQuery(text: string, accentedOnly?: readonly string[]): PreparedQuery {
  const analysed = analyseQuery(text, accentedOnly);
  const units = analysed.units.map((u) => ({
    typed: u.typed,
    sent: u.group && u.alternatives[0]!.length > MAX_SYNONYM_KEY_WORDS ? shortestMember(u.group) : u.typed,
  }));
  return { q: units.map((u) => u.sent).join(' '), units, stopWords: analysed.stopWords };
}

const shortestMember = (group: readonly string[]) => [...group].sort((a, b) => wordsOf(a).length - wordsOf(b).length)[0]!;

export const list = (values: readonly (string | number | boolean)[]) => `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;

export function filterOf(q: SearchQuery): string | undefined {
  const f = q.filters;
  const filter: string[] = [];
  if (q.kinds.length) filter.push(`kind IN ${list(q.kinds)}`);
  if (f.fieldCodes?.length) filter.push(`(fieldCode IN ${list(f.fieldCodes)} OR fieldTop IN ${list(f.fieldCodes)})`);
  if (f.trlMin != null) filter.push(`trl >= ${Number(f.trlMin)}`);
  if (f.trlMax != null) filter.push(`trl <= ${Number(f.trlMax)}`);
  if (f.priceBands?.length) filter.push(`priceBand IN ${list(f.priceBands)}`);
  if (f.communes?.length) filter.push(`commune IN ${list(f.communes)}`);
  if (f.ipTypes?.length) filter.push(`ipTypes IN ${list(f.ipTypes)}`);
  if (f.appraisalLevels?.length) filter.push(`appraisalLevel IN ${list(f.appraisalLevels)}`);
  if (f.verified != null) filter.push(`verified = ${f.verified}`);
  return filter.join(' AND ') || undefined;
}

const and = (filter: string | undefined, more: string) => (filter ? `${filter} AND ${more}` : more);

/**
 * The requests of one search, sent together (one multi-search), all requiring every word (`matchingStrategy: all`;
 * Meilisearch's default, `last`, answers documents holding only the first words): first the count and facets of
 * every match (`page`/`hitsPerPage`: an exhaustive count, up to pagination.maxTotalHits), then the hits. A relevance
 * search asks for the first hits of the featured ones (placement running at `now`) and of the others apart, and
 * merges them (mergeFeatured); a sort the visitor chose is one request.
 */
export function searchRequests(q: SearchQuery, prepared: PreparedQuery, now: number): SearchParams[] {
  const filter = filterOf(q);
  const text = prepared.q || null;
  const count: SearchParams = { q: text, matchingStrategy: 'all', filter, facets: FACETS.map((name) => FACET_ATTRIBUTE[name]), page: 1, hitsPerPage: 0 };
  const hits: SearchParams = { q: text, matchingStrategy: 'all', filter, attributesToRetrieve: HIT_ATTRIBUTES, showRankingScore: true };
  const chosen = { NEWEST: ['publishedAtTs:desc'], PRICE_ASC: ['priceMin:asc'], PRICE_DESC: ['priceMin:desc'] }[q.sort as Exclude<SearchQuery['sort'], 'RELEVANCE'>];
  if (chosen) return [count, { ...hits, sort: chosen, limit: q.limit, offset: q.offset }];
  const top: SearchParams = { ...hits, ...(text ? {} : { sort: ['publishedAtTs:desc'] }), showRankingScoreDetails: true, limit: q.offset + q.limit, offset: 0 };
  return [count, { ...top, filter: and(filter, `featuredUntilTs > ${now}`) }, { ...top, filter: and(filter, `featuredUntilTs <= ${now}`) }];
}

/** Whether any document holds every word is decided over the whole index, before kinds and filters (types.ts). */
export const wholeIndexCount = (prepared: PreparedQuery): SearchParams => ({ q: prepared.q, matchingStrategy: 'all', page: 1, hitsPerPage: 0 });

/**
 * Compares two hits of the same query by the relevance rules only, in their ranking order: negative when `a` is the
 * better match. The score of each rule is its rank among the query's possible ranks (milli score_details.rs), the
 * same in both requests of a search (same words, same index), so a featured hit and another compare as Meilisearch
 * would compare them in one request.
 */
export function compareRelevance(a: ScoreDetails | undefined, b: ScoreDetails | undefined): number {
  const rules = Object.entries(a ?? {})
    .filter(([rule]) => (RELEVANCE_RULES as readonly string[]).includes(rule))
    .sort(([, x], [, y]) => x.order - y.order);
  for (const [rule, detail] of rules) {
    const diff = (b?.[rule]?.score ?? 0) - (detail.score ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** One page of featured and other hits, both best first: a featured hit comes first among equally relevant ones only. */
export function mergeFeatured<H extends { _rankingScoreDetails?: ScoreDetails }>(featured: H[], others: H[], offset: number, limit: number): H[] {
  const ranked = [...featured.map((hit, i) => ({ hit, group: 0, i })), ...others.map((hit, i) => ({ hit, group: 1, i }))];
  ranked.sort((a, b) => compareRelevance(a.hit._rankingScoreDetails, b.hit._rankingScoreDetails) || a.group - b.group || a.i - b.i);
  return ranked.slice(offset, offset + limit).map((r) => r.hit);
}

export interface RawResponse {
  hits: MeiliHit[];
  totalHits?: number;
  estimatedTotalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
}

/**
 * The port's response: `raw` holds the count and facets of every match, `hits` the page; `missing`, for partial
 * matches only, the parts of the query the best hit lacks (reported as ignored, after the stop words).
 */
export function toResponse(prepared: PreparedQuery, raw: RawResponse, hits: MeiliHit[], missing?: string[]): SearchResponse {
  const tokens = queryTokens(prepared.units.map((u) => u.typed).join(' '));
  const facets = Object.fromEntries(
    FACETS.map((name) => [
      name,
      Object.entries(raw.facetDistribution?.[FACET_ATTRIBUTE[name]] ?? {})
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    ]),
  ) as FacetCounts;
  return {
    matching: { complete: !missing, ignoredWords: [...prepared.stopWords, ...(missing ?? [])] },
    total: raw.totalHits ?? raw.estimatedTotalHits ?? hits.length,
    hits: hits.map((h) => ({
      id: h.id,
      entityType: h.entityType,
      entityId: h.entityId,
      kind: h.kind,
      score: h._rankingScore ?? 0,
      highlights: highlightsOf({ title: h.title ?? '', summary: h.summary ?? '', keywords: h.keywords ?? [] }, highlighter(tokens, tokens[tokens.length - 1])),
    })),
    facets,
  };
}
