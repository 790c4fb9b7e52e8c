// The production engine. Index settings live here, in code, and are applied at every start-up (Meilisearch
// answers an unchanged setting with a no-op task); every write waits for its task and surfaces a failure.
import { Meilisearch, type Index, type SearchParams, type Settings } from 'meilisearch';
import { highlighter, highlightsOf, queryTokens } from './fold.ts';
import {
  FACETS,
  type FacetCounts,
  type FacetName,
  type SearchDocument,
  type SearchEngine,
  type SearchQuery,
  type SearchResponse,
  type Suggestion,
} from './types.ts';

/** As stored: instants as numbers, for filters and sorts (featuredUntilTs 0 when not featured). */
type MeiliDocument = SearchDocument & { publishedAtTs: number; featuredUntilTs: number };
type MeiliHit = MeiliDocument & { _rankingScore?: number };

/** Featured hits' ranking scores are multiplied by this: first among comparable relevance, not above clearly better ones. */
export const FEATURED_WEIGHT = 1.05;
// The attribute the current layout added: an index whose settings lack it holds documents of an older shape and is
// emptied, so that the server refills it (organisations of every kind, featured placements).
const LAYOUT_ATTRIBUTE = 'featuredUntilTs';

const FACET_ATTRIBUTE: Record<FacetName, string> = {
  kind: 'kind',
  field: 'fieldTop',
  trl: 'trl',
  priceBand: 'priceBand',
  commune: 'commune',
  ipType: 'ipTypes',
  appraisalLevel: 'appraisalLevel',
  verified: 'verified',
};

export function indexSettings(): Settings {
  return {
    searchableAttributes: ['title', 'keywords', 'organisationName', 'titleEn', 'summary', 'summaryEn', 'commune'],
    filterableAttributes: ['entityType', 'kind', 'fieldCode', 'fieldTop', 'trl', 'priceBand', 'commune', 'ipTypes', 'appraisalLevel', 'verified', LAYOUT_ATTRIBUTE],
    sortableAttributes: ['publishedAtTs', 'priceMin'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'publishedAtTs:desc'],
    // Words people use for the same thing on this exchange, both languages.
    synonyms: {
      'thanh long': ['dragon fruit'],
      'dragon fruit': ['thanh long'],
      'khoai mỡ': ['yam'],
      yam: ['khoai mỡ'],
      'truy xuất nguồn gốc': ['traceability'],
      traceability: ['truy xuất nguồn gốc'],
      'xử lý nước thải': ['wastewater treatment'],
      'wastewater treatment': ['xử lý nước thải'],
      'sáng chế': ['patent'],
      patent: ['sáng chế'],
    },
    stopWords: ['và', 'của', 'cho', 'các', 'những', 'được', 'là', 'với', 'the', 'of', 'and', 'for'],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    pagination: { maxTotalHits: 10_000 },
    faceting: { maxValuesPerFacet: 100 },
  };
}

const list = (values: readonly (string | number | boolean)[]) => `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;

export function searchRequest(q: SearchQuery): SearchParams {
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
  const sort = { RELEVANCE: q.text.trim() ? undefined : ['publishedAtTs:desc'], NEWEST: ['publishedAtTs:desc'], PRICE_ASC: ['priceMin:asc'], PRICE_DESC: ['priceMin:desc'] }[q.sort];
  return {
    filter: filter.join(' AND ') || undefined,
    facets: FACETS.map((name) => FACET_ATTRIBUTE[name]),
    ...(sort ? { sort } : {}),
    limit: q.limit,
    offset: q.offset,
    showRankingScore: true,
  };
}

const and = (filter: SearchParams['filter'], more: string) => (filter ? `${filter as string} AND ${more}` : more);

/**
 * The requests of a search, sent together (one multi-search). A relevance search counts and facets all matches
 * in one request and takes the first hits of the featured ones (placement still running at `now`) and of the
 * others in two more; the page is their merge (mergeFeatured). A sort the visitor chose is one request.
 */
export function searchRequests(q: SearchQuery, now: number): SearchParams[] {
  const all = searchRequest(q);
  if (q.sort !== 'RELEVANCE') return [all];
  const top = { ...all, facets: undefined, limit: q.offset + q.limit, offset: 0 };
  return [
    { ...all, limit: 0, offset: 0 },
    { ...top, filter: and(all.filter, `featuredUntilTs > ${now}`) },
    { ...top, filter: and(all.filter, `featuredUntilTs <= ${now}`) },
  ];
}

/** One page of featured and other hits, both best first: by ranking score, a featured one's weighted; ties featured first. */
export function mergeFeatured<H extends { _rankingScore?: number }>(featured: H[], others: H[], offset: number, limit: number): H[] {
  const ranked = [
    ...featured.map((hit, i) => ({ hit, score: (hit._rankingScore ?? 0) * FEATURED_WEIGHT, group: 0, i })),
    ...others.map((hit, i) => ({ hit, score: hit._rankingScore ?? 0, group: 1, i })),
  ];
  ranked.sort((a, b) => b.score - a.score || a.group - b.group || a.i - b.i);
  return ranked.slice(offset, offset + limit).map((r) => r.hit);
}

type RawResponse = { hits: MeiliHit[]; estimatedTotalHits?: number; totalHits?: number; facetDistribution?: Record<string, Record<string, number>> };

export function toResponse(q: SearchQuery, raw: RawResponse): SearchResponse {
  const tokens = queryTokens(q.text);
  const facets = Object.fromEntries(
    FACETS.map((name) => [
      name,
      Object.entries(raw.facetDistribution?.[FACET_ATTRIBUTE[name]] ?? {})
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    ]),
  ) as FacetCounts;
  return {
    matching: { complete: true, ignoredWords: [] }, // until issue 17's matching rules land here
    total: raw.totalHits ?? raw.estimatedTotalHits ?? raw.hits.length,
    hits: raw.hits.map((h) => ({
      id: h.id,
      entityType: h.entityType,
      entityId: h.entityId,
      kind: h.kind,
      score: h._rankingScore ?? 0,
      highlights: highlightsOf(h, highlighter(tokens, tokens[tokens.length - 1])),
    })),
    facets,
  };
}

const stored = (d: SearchDocument): MeiliDocument => ({
  ...d,
  publishedAtTs: Date.parse(d.publishedAt),
  featuredUntilTs: d.featuredUntil ? Date.parse(d.featuredUntil) : 0,
});

export class MeiliSearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly client: Meilisearch;
  private readonly index: Index<MeiliDocument>;

  constructor(host: string, apiKey: string | undefined, indexUid = 'exchange') {
    this.client = new Meilisearch({ host, apiKey });
    this.index = this.client.index<MeiliDocument>(indexUid);
  }

  private async settle(task: { waitTask: (o?: { timeout?: number }) => Promise<{ status: string; error?: { message: string } | null; uid: number }> }) {
    const done = await task.waitTask({ timeout: 60_000 });
    if (done.status === 'failed') throw new Error(`Meilisearch task ${done.uid} failed: ${done.error?.message ?? 'unknown error'}`);
  }

  async prepare(): Promise<void> {
    await this.settle(this.client.createIndex(this.index.uid, { primaryKey: 'id' })).catch((err: Error) => {
      if (!/already exists/i.test(err.message)) throw err;
    });
    const before = await this.index.getSettings();
    await this.settle(this.index.updateSettings(indexSettings()));
    if (!before.filterableAttributes?.includes(LAYOUT_ATTRIBUTE)) await this.settle(this.index.deleteAllDocuments());
  }

  async size(): Promise<number> {
    return (await this.index.getStats()).numberOfDocuments;
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    if (docs.length) await this.settle(this.index.addDocuments(docs.map(stored)));
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length) await this.settle(this.index.deleteDocuments(ids));
  }

  async clear(): Promise<void> {
    await this.settle(this.index.deleteAllDocuments());
  }

  async search(q: SearchQuery): Promise<SearchResponse> {
    const queries = searchRequests(q, Date.now()).map((params) => ({ ...params, indexUid: this.index.uid, q: q.text || null }));
    const { results } = await this.client.multiSearch<{ queries: typeof queries }, MeiliDocument>({ queries });
    const [all, featured, others] = results as unknown as RawResponse[];
    return toResponse(q, featured ? { ...all, hits: mergeFeatured(featured.hits, others.hits, q.offset, q.limit) } : all);
  }

  async suggest(prefix: string, limit: number): Promise<Suggestion[]> {
    if (!prefix.trim()) return [];
    const raw = await this.index.search<MeiliDocument>(prefix, { limit, attributesToRetrieve: ['title', 'kind', 'entityType', 'slug'] });
    return raw.hits.map((h) => ({ text: h.title, kind: h.kind, entityType: h.entityType, slug: h.slug }));
  }

  async dump(): Promise<SearchDocument[]> {
    const out: SearchDocument[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await this.index.getDocuments({ offset, limit: 1000 });
      out.push(...page.results.map(({ publishedAtTs: _p, featuredUntilTs: _f, ...d }) => d as SearchDocument));
      if (page.results.length < 1000) break;
    }
    return out.sort((a, b) => a.id.localeCompare(b.id));
  }

  async health() {
    try {
      await this.client.health();
      return { ok: true };
    } catch (err) {
      return { ok: false, detail: (err as Error).message };
    }
  }

  async close(): Promise<void> {}
}
