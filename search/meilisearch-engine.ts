// The production engine. Index settings live here, in code, and are applied at every start-up (Meilisearch
// answers an unchanged setting with a no-op task); every write waits for its task and surfaces a failure.
import { Meilisearch, type Index, type SearchParams, type Settings } from 'meilisearch';
import { highlightsOf } from './postgres-engine.ts';
import { queryTokens } from './fold.ts';
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

type MeiliDocument = SearchDocument & { publishedAtTs: number };

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
    filterableAttributes: ['entityType', 'kind', 'fieldCode', 'fieldTop', 'trl', 'priceBand', 'commune', 'ipTypes', 'appraisalLevel', 'verified'],
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

export function toResponse(q: SearchQuery, raw: { hits: (MeiliDocument & { _rankingScore?: number })[]; estimatedTotalHits?: number; totalHits?: number; facetDistribution?: Record<string, Record<string, number>> }): SearchResponse {
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
    total: raw.totalHits ?? raw.estimatedTotalHits ?? raw.hits.length,
    hits: raw.hits.map((h) => ({
      id: h.id,
      entityType: h.entityType,
      entityId: h.entityId,
      kind: h.kind,
      score: h._rankingScore ?? 0,
      highlights: highlightsOf(h, tokens),
    })),
    facets,
  };
}

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
    await this.settle(this.index.updateSettings(indexSettings()));
  }

  async size(): Promise<number> {
    return (await this.index.getStats()).numberOfDocuments;
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    if (docs.length) await this.settle(this.index.addDocuments(docs.map((d) => ({ ...d, publishedAtTs: Date.parse(d.publishedAt) }))));
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length) await this.settle(this.index.deleteDocuments(ids));
  }

  async clear(): Promise<void> {
    await this.settle(this.index.deleteAllDocuments());
  }

  async search(q: SearchQuery): Promise<SearchResponse> {
    const raw = await this.index.search<MeiliDocument>(q.text || null, searchRequest(q));
    return toResponse(q, raw as never);
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
      out.push(...page.results.map(({ publishedAtTs: _ts, ...d }) => d as SearchDocument));
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
