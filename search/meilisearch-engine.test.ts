import { MeilisearchApiError, type Meilisearch } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { CONTRACT_DOCS, engineContract } from './engine-contract.ts';
import { MeiliSearchEngine, settingsCover } from './meilisearch-engine.ts';
import { missingParts, partialRequests, rankPartial } from './meilisearch-partial.ts';
import { compareRelevance, mergeFeatured, prepareQuery, searchRequests, toResponse, wholeIndexCount, type RawResponse } from './meilisearch-query.ts';
import { indexSettings, LAYOUT_VERSION, MAX_SYNONYM_KEY_WORDS, synonymSettings, wordsOf } from './meilisearch-settings.ts';
import type { SearchQuery } from './types.ts';

// No Meilisearch server can be installed on the project's machines; the contract runs where MEILI_URL points
// at one (`docker compose up meilisearch`), and everything the engine sends is checked here against a recorder.
const url = process.env.MEILI_URL;
if (!url) console.log('Meilisearch contract tests skipped: MEILI_URL is not set (no server on this machine).');
engineContract('Meilisearch', async () => new MeiliSearchEngine(url!, process.env.MEILI_MASTER_KEY, `contract_${process.pid}`), url ? undefined : 'MEILI_URL is not set');

const NO_SERVER = '(recorded requests; no Meilisearch server here)';
const base: SearchQuery = { text: 'thanh long', kinds: [], filters: {}, sort: 'RELEVANCE', limit: 20, offset: 0 };

type Call = [string, ...unknown[]];
type TaskOutcome = { status: string; error?: { code: string; message: string } };

/** A stand-in for the client: records every call; tasks succeed unless `outcome` says otherwise. */
function recorder(options: { results?: (RawResponse[] | object)[]; outcome?: (call: Call) => TaskOutcome | 'timeout'; settings?: object; healthFailures?: number; startTimeoutMs?: number; searchError?: Error } = {}) {
  const calls: Call[] = [];
  let uid = 0;
  let healthFailures = options.healthFailures ?? 0;
  const task = (call: Call) => {
    calls.push(call);
    const outcome = options.outcome?.(call) ?? { status: 'succeeded' };
    return Object.assign(Promise.resolve({ taskUid: ++uid }), {
      waitTask: async (o?: { timeout?: number }) => {
        calls.push(['waitTask', call[0], o?.timeout]);
        if (outcome === 'timeout') throw Object.assign(new Error('timed out'), { name: 'MeilisearchTaskTimeOutError' });
        return { uid, ...outcome };
      },
    });
  };
  const client = {
    health: async () => {
      calls.push(['health']);
      if (healthFailures-- > 0) throw new Error('connect ECONNREFUSED');
      return { status: 'available' };
    },
    createIndex: (index: string, o: object) => task(['createIndex', index, o]),
    deleteIndex: (index: string) => task(['deleteIndex', index]),
    swapIndexes: (swaps: object) => task(['swapIndexes', swaps]),
    multiSearch: async (body: { queries: object[]; federation?: object }) => {
      calls.push(['multiSearch', body]);
      const answer = options.results?.shift();
      if (body.federation) return answer ?? { hits: [], estimatedTotalHits: 0 };
      return { results: answer ?? body.queries.map(() => ({ hits: [], totalHits: 0 })) };
    },
    index: (index: string) => ({
      getSettings: async () => (calls.push(['getSettings', index]), options.settings ?? {}),
      updateSettings: (s: object) => task(['updateSettings', index, s]),
      addDocuments: (docs: { id: string }[]) => task(['addDocuments', index, docs.map((d) => d.id)]),
      deleteAllDocuments: () => task(['deleteAllDocuments', index]),
      getDocuments: async (params: { filter: string }) => {
        calls.push(['getDocuments', index, params]);
        return { results: [...params.filter.matchAll(/listing-(\d+)/g)].map((m) => ({ ...hit(Number(m[1]), {}), title: `Tin ${m[1]}`, summary: '', keywords: [] })).reverse() };
      },
      search: async (q: string | null, params: object) => {
        calls.push(['search', index, q, params]);
        if (options.searchError) throw options.searchError;
        return { hits: [], totalHits: 42 };
      },
    }),
  };
  const engine = new MeiliSearchEngine('http://meili:7700', 'key', 'exchange', { client: client as unknown as Meilisearch, startTimeoutMs: options.startTimeoutMs ?? 10_000 });
  return { engine, calls, names: () => calls.filter((c) => c[0] !== 'waitTask').map((c) => `${c[0]}${typeof c[1] === 'string' ? ` ${c[1]}` : ''}`) };
}

const hit = (n: number, details: Record<string, number>, o: object = {}) => ({
  id: `listing-${n}`,
  entityType: 'listing' as const,
  entityId: String(n),
  kind: 'TECHNOLOGY_OFFER' as const,
  _rankingScoreDetails: Object.fromEntries(Object.entries(details).map(([rule, score], order) => [rule, { order, score }])),
  ...o,
});

describe('Meilisearch index settings', () => {
  it(`rank by words, then the sort a visitor chose, then typo, proximity, attribute, exactness, newest ${NO_SERVER}`, () => {
    expect(indexSettings().rankingRules).toEqual(['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness', 'publishedAtTs:desc']);
  });

  it(`count exactly past 10,000, keep the most frequent facet values, allow typos as the PostgreSQL engine ${NO_SERVER}`, () => {
    const s = indexSettings();
    expect(s.pagination).toEqual({ maxTotalHits: 1_000_000 });
    expect(s.faceting).toEqual({ maxValuesPerFacet: 1000, sortFacetValuesBy: { '*': 'count' } });
    expect(s.typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 5 } });
    expect(s.filterableAttributes).toEqual(expect.arrayContaining(['kind', 'fieldCode', 'fieldTop', 'trl', 'priceBand', 'commune', 'ipTypes', 'appraisalLevel', 'verified', 'featuredUntilTs', 'layout']));
    expect(s.sortableAttributes).toEqual(['publishedAtTs', 'priceMin']);
  });

  it(`send no stop words (they are taken out of the query) ${NO_SERVER}`, () => {
    expect(indexSettings().stopWords).toEqual([]);
  });

  it(`key synonyms only by members of at most three words, each key finding every other member ${NO_SERVER}`, () => {
    const synonyms = indexSettings().synonyms!;
    for (const key of Object.keys(synonyms)) expect(wordsOf(key).length, key).toBeLessThanOrEqual(MAX_SYNONYM_KEY_WORDS);
    expect(synonyms['thanh long']).toEqual(['dragon fruit']);
    expect(synonyms['dragon fruit']).toEqual(['thanh long']);
    // Four-word members are values, matched as phrases, never keys.
    expect(synonyms['traceability']).toEqual(['truy xuất nguồn gốc']);
    expect(synonyms['truy xuất nguồn gốc']).toBeUndefined();
    expect(synonyms['wastewater treatment']).toEqual(['xử lý nước thải']);
    expect(synonyms['KH&CN']).toEqual(['khoa học và công nghệ', 'KHCN', 'science and technology']);
    expect(wordsOf('KH&CN')).toEqual(['kh', 'cn']);
    expect(synonymSettings([['a b c d e', 'x']])).toEqual({ x: ['a b c d e'] });
  });

  it(`find an index's settings unchanged when Meilisearch answers them with its defaults around ${NO_SERVER}`, () => {
    const s = indexSettings();
    const answered = { ...s, filterableAttributes: [...(s.filterableAttributes as string[])].sort(), sortableAttributes: ['priceMin', 'publishedAtTs'], distinctAttribute: null, typoTolerance: { ...s.typoTolerance, disableOnWords: [] } };
    const normalised = { ...s, filterableAttributes: answered.filterableAttributes, sortableAttributes: answered.sortableAttributes };
    expect(settingsCover(answered, normalised)).toBe(true);
    expect(settingsCover({ ...answered, rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'] }, normalised)).toBe(false);
    expect(settingsCover({ ...answered, synonyms: { ...s.synonyms, 'removed from the lexicon': ['x'] } }, normalised)).toBe(false);
    expect(settingsCover({ ...answered, pagination: { maxTotalHits: 10_000 } }, normalised)).toBe(false);
  });
});

describe('Meilisearch query words', () => {
  it(`drop stop words with or without accents, in any case, phrases included, and report them as typed ${NO_SERVER}`, () => {
    expect(prepareQuery('Tìm giải pháp xử lý nước thải cho xưởng bún')).toMatchObject({ q: 'wastewater treatment xưởng bún', stopWords: ['Tìm', 'giải pháp', 'cho'] });
    expect(prepareQuery('khoai mo VA thanh long')).toMatchObject({ q: 'khoai mo thanh long', stopWords: ['VA'] });
    expect(prepareQuery('giai phap bao quan')).toMatchObject({ q: 'bao quan', stopWords: ['giai phap'] });
  });

  it(`keep a synonym phrase whole and send a long one as its group's short member ${NO_SERVER}`, () => {
    expect(prepareQuery('giải pháp hữu ích')).toMatchObject({ q: 'utility solution', stopWords: [] });
    expect(prepareQuery('viện khoa học và công nghệ')).toMatchObject({ q: 'viện KHCN', stopWords: [] });
    expect(prepareQuery('truy xuat nguon goc sau rieng').q).toBe('traceability sau rieng');
  });

  it(`drop a stop word whose unaccented spelling is a word of the field only when typed with its accents ${NO_SERVER}`, () => {
    expect(prepareQuery('có máy co khi', ['có'])).toMatchObject({ q: 'máy co khi', stopWords: ['có'] });
    expect(prepareQuery('Có máy', ['có'])).toMatchObject({ q: 'máy', stopWords: ['Có'] });
    expect(prepareQuery('Có máy'.normalize('NFD'), ['có'])).toMatchObject({ q: 'máy', stopWords: ['Có'] });
  });

  it(`send a query made only of stop words as typed ${NO_SERVER}`, () => {
    expect(prepareQuery('và của')).toMatchObject({ q: 'và của', stopWords: [] });
  });
});

describe('Meilisearch requests', () => {
  it(`turn filters into one escaped filter expression ${NO_SERVER}`, () => {
    const [count] = searchRequests(
      { ...base, kinds: ['EQUIPMENT_OFFER', 'TECHNOLOGY_OFFER'], filters: { fieldCodes: ['4'], trlMin: 6, communes: ['Bến "Lức"'], verified: true, ipTypes: ['PATENT'] } },
      prepareQuery(base.text),
      0,
    );
    expect(count.filter).toBe(
      'kind IN ["EQUIPMENT_OFFER", "TECHNOLOGY_OFFER"] AND (fieldCode IN ["4"] OR fieldTop IN ["4"]) AND trl >= 6 AND commune IN ["Bến \\"Lức\\""] AND ipTypes IN ["PATENT"] AND verified = true',
    );
  });

  it(`count and facet every match exhaustively, then ask featured and other hits apart, all with every word required ${NO_SERVER}`, () => {
    const [count, featured, others, ...more] = searchRequests({ ...base, kinds: ['EQUIPMENT_OFFER'], limit: 10, offset: 20 }, prepareQuery('thanh long'), 1_800_000_000_000);
    expect(more).toEqual([]);
    expect(count).toEqual({
      q: 'thanh long',
      matchingStrategy: 'all',
      filter: 'kind IN ["EQUIPMENT_OFFER"]',
      facets: ['kind', 'fieldTop', 'trl', 'priceBand', 'commune', 'ipTypes', 'appraisalLevel', 'verified'],
      page: 1,
      hitsPerPage: 0,
    });
    const hits = { q: 'thanh long', matchingStrategy: 'all', limit: 30, offset: 0, showRankingScore: true, showRankingScoreDetails: true, attributesToRetrieve: ['id', 'entityType', 'entityId', 'kind', 'title', 'summary', 'keywords'] };
    expect(featured).toEqual({ ...hits, filter: 'kind IN ["EQUIPMENT_OFFER"] AND featuredUntilTs > 1800000000000' });
    expect(others).toEqual({ ...hits, filter: 'kind IN ["EQUIPMENT_OFFER"] AND featuredUntilTs <= 1800000000000' });
  });

  it(`send a chosen sort as one hits request, and newest first without words ${NO_SERVER}`, () => {
    const [, sorted, ...none] = searchRequests({ ...base, sort: 'PRICE_DESC', offset: 40 }, prepareQuery('thanh long'), 0);
    expect(none).toEqual([]);
    expect(sorted).toMatchObject({ sort: ['priceMin:desc'], limit: 20, offset: 40, matchingStrategy: 'all' });
    const [count, featured] = searchRequests({ ...base, text: '' }, prepareQuery(''), 0);
    expect(count.q).toBeNull();
    expect(featured.sort).toEqual(['publishedAtTs:desc']);
  });

  it(`decide whether any document holds every word over the whole index, without filters ${NO_SERVER}`, () => {
    expect(wholeIndexCount(prepareQuery('thanh long bảo quản'))).toEqual({ q: 'thanh long bảo quản', matchingStrategy: 'all', page: 1, hitsPerPage: 0 });
  });

  it(`ask each part alone when none holds every word, its last word whole but the query's, and count and facet their union ${NO_SERVER}`, () => {
    const { parts, union } = partialRequests({ ...base, kinds: ['TECHNOLOGY_OFFER'] }, prepareQuery('đèn LED cho thanh long tươi'), 'exchange');
    const filter = 'kind IN ["TECHNOLOGY_OFFER"]';
    expect(parts).toEqual(
      ['đèn ', 'LED ', 'thanh long ', 'tươi'].map((q) => ({ q, matchingStrategy: 'all', filter, limit: 1000, attributesToRetrieve: ['id', 'publishedAtTs', 'featuredUntilTs', 'priceMin'], showRankingScore: true })),
    );
    expect(union).toEqual({
      federation: { limit: 0, offset: 0, facetsByIndex: { exchange: ['kind', 'fieldTop', 'trl', 'priceBand', 'commune', 'ipTypes', 'appraisalLevel', 'verified'] } },
      queries: ['đèn ', 'LED ', 'thanh long ', 'tươi'].map((q) => ({ indexUid: 'exchange', q, matchingStrategy: 'all', filter })),
    });
  });
});

describe('Meilisearch partial ranking', () => {
  const found = (n: number, o: object = {}) => ({ ...hit(n, {}), _rankingScore: 0.9, publishedAtTs: n, featuredUntilTs: 0, ...o });
  // The contract's "đèn LED thanh long tươi": 6 holds đèn, LED and thanh long; 4 thanh long and tươi; 3 thanh long.
  const parts = [{ hits: [found(6)], totalHits: 1 }, { hits: [found(6)], totalHits: 1 }, { hits: [found(3), found(4), found(6)], totalHits: 3 }, { hits: [found(4)], totalHits: 1 }];

  it(`rank by the weight of the parts held, rarer weighing more, and name what the best lacks ${NO_SERVER}`, () => {
    const ranked = rankPartial(parts, 3, 'RELEVANCE', 0);
    expect(ranked.map((r) => r.id)).toEqual(['listing-6', 'listing-4', 'listing-3']);
    expect(missingParts(prepareQuery('đèn LED thanh long tươi'), ranked[0])).toEqual(['tươi']);
    // "thanh long mù u": the one document holding the rarer part first.
    const rare = rankPartial([{ hits: [found(3), found(4), found(6)], totalHits: 3 }, { hits: [found(2)], totalHits: 1 }], 4, 'RELEVANCE', 0);
    expect(rare.map((r) => r.id)).toEqual(['listing-2', 'listing-6', 'listing-4', 'listing-3']);
    expect(missingParts(prepareQuery('thanh long mù u'), rare[0])).toEqual(['thanh long']);
  });

  it(`among equal weights, the better held first, then featured, then newest, or the sort chosen ${NO_SERVER}`, () => {
    const same = [{ hits: [found(1, { _rankingScore: 0.5 }), found(2), found(3, { featuredUntilTs: 10 }), found(4, { featuredUntilTs: 1, priceMin: 5 })], totalHits: 4 }];
    expect(rankPartial(same, 4, 'RELEVANCE', 5).map((r) => r.id)).toEqual(['listing-3', 'listing-4', 'listing-2', 'listing-1']);
    expect(rankPartial(same, 4, 'PRICE_ASC', 5).map((r) => r.id)).toEqual(['listing-4', 'listing-1', 'listing-2', 'listing-3']);
  });
});

describe('Meilisearch featured merge', () => {
  const title = { words: 1, typo: 1, proximity: 1, attribute: 1, exactness: 0.8 };
  const summary = { words: 1, typo: 1, proximity: 1, attribute: 0.6, exactness: 0.8 };

  it(`compare by the relevance rules in order, whatever the score after them ${NO_SERVER}`, () => {
    expect(compareRelevance(hit(1, title)._rankingScoreDetails, hit(2, summary)._rankingScoreDetails)).toBeLessThan(0);
    expect(compareRelevance(hit(1, { ...title, sort: 0 })._rankingScoreDetails, hit(2, { ...title, sort: 1 })._rankingScoreDetails)).toBe(0);
  });

  it(`put a title match before a featured summary match, and a featured hit first among equally relevant ones ${NO_SERVER}`, () => {
    // The contract's "máy ép mía": 8 featured title match, 7 and 9 title matches (newest first), 10 featured in its summary.
    const featured = [hit(8, title), hit(10, summary)];
    const others = [hit(7, title), hit(9, title)];
    expect(mergeFeatured(featured, others, 0, 10).map((h) => h.entityId)).toEqual(['8', '7', '9', '10']);
    expect(mergeFeatured(featured, others, 1, 2).map((h) => h.entityId)).toEqual(['7', '9']);
    // Without words there are no relevance scores: featured first, each group in its own order.
    expect(mergeFeatured([hit(10, {}), hit(8, {})], [hit(7, {}), hit(9, {})], 0, 4).map((h) => h.entityId)).toEqual(['10', '8', '7', '9']);
  });
});

describe('Meilisearch responses', () => {
  it(`map a response to hits, facets by count and escaped highlights ${NO_SERVER}`, () => {
    const res = toResponse(
      prepareQuery('thanh long'),
      { hits: [], totalHits: 12_345, facetDistribution: { kind: { EQUIPMENT_OFFER: 1, TECHNOLOGY_OFFER: 3 } } },
      [{ ...hit(1, {}), title: 'Máy sấy <thanh long>', summary: '', keywords: [], _rankingScore: 0.9 }],
    );
    expect(res.total).toBe(12_345);
    expect(res.matching).toEqual({ complete: true, ignoredWords: [] });
    expect(res.facets.kind).toEqual([{ value: 'TECHNOLOGY_OFFER', count: 3 }, { value: 'EQUIPMENT_OFFER', count: 1 }]);
    expect(res.hits[0]).toMatchObject({ score: 0.9, highlights: [{ field: 'title', html: 'Máy sấy &lt;<mark>thanh</mark> <mark>long</mark>&gt;' }] });
  });

});

describe('Meilisearch engine calls', () => {
  it(`wait for the server at start, create the index and apply settings that differ ${NO_SERVER}`, async () => {
    const { engine, names, calls } = recorder({ healthFailures: 2 });
    await engine.prepare();
    expect(names()).toEqual(['health', 'health', 'health', 'createIndex exchange', 'getSettings exchange', 'updateSettings exchange']);
    expect(calls.find((c) => c[0] === 'updateSettings')?.[2]).toEqual(indexSettings());
    expect(calls.find((c) => c[0] === 'waitTask' && c[1] === 'updateSettings')?.[2]).toBe(60_000);
  });

  it(`leave settings that hold already, and never empty the index at start ${NO_SERVER}`, async () => {
    const s = indexSettings();
    const { engine, names } = recorder({ settings: { ...s, filterableAttributes: [...(s.filterableAttributes as string[])].sort(), sortableAttributes: ['priceMin', 'publishedAtTs'] } });
    await engine.prepare();
    expect(names()).toEqual(['health', 'createIndex exchange', 'getSettings exchange']);
  });

  it(`go on starting while a settings change still reindexes, and fail on a canceled task ${NO_SERVER}`, async () => {
    const slow = recorder({ outcome: (c) => (c[0] === 'updateSettings' ? 'timeout' : c[0] === 'createIndex' ? { status: 'failed', error: { code: 'index_already_exists', message: 'exists' } } : { status: 'succeeded' }) });
    await expect(slow.engine.prepare()).resolves.toBeUndefined();
    const canceled = recorder({ outcome: (c) => (c[0] === 'addDocuments' ? { status: 'canceled' } : { status: 'succeeded' }) });
    await expect(canceled.engine.upsert(CONTRACT_DOCS)).rejects.toThrow(/canceled/);
  });

  it(`give up starting when the server never answers ${NO_SERVER}`, async () => {
    const { engine, names } = recorder({ healthFailures: 1e9, startTimeoutMs: 600 });
    await expect(engine.prepare()).rejects.toThrow(/did not answer: connect ECONNREFUSED/);
    expect(names()).toEqual(['health', 'health']); // 250 ms, then 500 ms would pass the 600 ms
  });

  it(`rebuild into a new index swapped in, the live index never emptied ${NO_SERVER}`, async () => {
    const { engine, names, calls } = recorder();
    const count = await engine.rebuild(async (into) => (await into.upsert(CONTRACT_DOCS), CONTRACT_DOCS.length));
    expect(count).toBe(6);
    expect(names()).toEqual([
      'deleteIndex exchange_rebuild',
      'createIndex exchange_rebuild',
      'getSettings exchange_rebuild',
      'updateSettings exchange_rebuild',
      'addDocuments exchange_rebuild',
      'swapIndexes',
      'deleteIndex exchange_rebuild',
    ]);
    expect(calls.find((c) => c[0] === 'swapIndexes')?.[1]).toEqual([{ indexes: ['exchange', 'exchange_rebuild'] }]);
  });

  it(`count only documents of the current layout as indexed, none while the settings do not know it yet ${NO_SERVER}`, async () => {
    const { engine, calls } = recorder();
    expect(await engine.size()).toBe(42);
    expect(calls).toEqual([['search', 'exchange', null, { filter: `layout = ${LAYOUT_VERSION}`, page: 1, hitsPerPage: 0 }]]);
    const body = { message: 'Attribute `layout` is not filterable.', code: 'invalid_search_filter', type: 'invalid_request', link: '' };
    const unknown = recorder({ searchError: new MeilisearchApiError(new Response(null, { status: 400 }), body) });
    expect(await unknown.engine.size()).toBe(0);
  });

  it(`search every word first, deciding over the whole index, then each part alone, rank, and fetch the page ${NO_SERVER}`, async () => {
    const found = (n: number) => ({ id: `listing-${n}`, _rankingScore: 0.9, publishedAtTs: n, featuredUntilTs: 0 });
    const { engine, calls } = recorder({
      results: [
        [{ hits: [], totalHits: 0 }, { hits: [] }, { hits: [] }, { hits: [], totalHits: 0 }],
        [{ hits: [found(6)], totalHits: 1 }, { hits: [found(6)], totalHits: 1 }, { hits: [found(3), found(4), found(6)], totalHits: 3 }, { hits: [found(4)], totalHits: 1 }],
        { hits: [], estimatedTotalHits: 3, facetsByIndex: { exchange: { distribution: { kind: { TECHNOLOGY_OFFER: 2, EQUIPMENT_OFFER: 1 } } } } },
      ],
    });
    const res = await engine.search({ ...base, text: 'cần đèn LED thanh long tươi', kinds: ['TECHNOLOGY_OFFER', 'EQUIPMENT_OFFER'], limit: 2 });
    const bodies = calls.filter((c) => c[0] === 'multiSearch').map((c) => c[1] as { queries: { q: string; matchingStrategy: string; filter?: string; hitsPerPage?: number }[]; federation?: object });
    expect(bodies).toHaveLength(3);
    // The first: count, featured, others, and the count over the whole index (no filter).
    expect(bodies[0].queries.map((r) => [r.q, r.matchingStrategy, r.filter])).toEqual([
      ...Array(3).fill(['đèn LED thanh long tươi', 'all', expect.stringContaining('kind IN')]),
      ['đèn LED thanh long tươi', 'all', undefined],
    ]);
    expect(bodies[1].queries.map((r) => r.q)).toEqual(['đèn ', 'LED ', 'thanh long ', 'tươi']);
    expect(bodies[2].federation).toBeDefined();
    expect(calls.find((c) => c[0] === 'getDocuments')?.[2]).toEqual({ filter: 'id IN ["listing-6", "listing-4"]', fields: ['id', 'entityType', 'entityId', 'kind', 'title', 'summary', 'keywords'], limit: 2 });
    expect(res).toMatchObject({ total: 3, matching: { complete: false, ignoredWords: ['cần', 'tươi'] } });
    expect(res.hits.map((h) => h.entityId)).toEqual(['6', '4']);
    expect(res.facets.kind).toEqual([{ value: 'TECHNOLOGY_OFFER', count: 2 }, { value: 'EQUIPMENT_OFFER', count: 1 }]);
  });

  it(`answer the filtered hits, complete, when some document outside the filters holds every word ${NO_SERVER}`, async () => {
    const { engine, calls } = recorder({ results: [[{ hits: [], totalHits: 0 }, { hits: [] }, { hits: [] }, { hits: [], totalHits: 1 }]] });
    const res = await engine.search({ ...base, text: 'thanh long bảo quản', kinds: ['EQUIPMENT_OFFER'] });
    expect(calls.filter((c) => c[0] === 'multiSearch')).toHaveLength(1);
    expect(res).toMatchObject({ total: 0, hits: [], matching: { complete: true, ignoredWords: [] } });
  });

  it(`answer "nothing" for one word matching nothing, without a second request ${NO_SERVER}`, async () => {
    const { engine, calls } = recorder();
    const res = await engine.search({ ...base, text: 'cho mít' });
    expect(calls.filter((c) => c[0] === 'multiSearch')).toHaveLength(1);
    expect(res).toMatchObject({ total: 0, hits: [], matching: { complete: true, ignoredWords: ['cho'] } });
  });
});
