import { describe, expect, it } from 'vitest';
import { engineContract } from './engine-contract.ts';
import { FEATURED_WEIGHT, indexSettings, mergeFeatured, MeiliSearchEngine, searchRequest, searchRequests, toResponse } from './meilisearch-engine.ts';

// No Meilisearch server can be installed on the project's machines; the contract runs where MEILI_URL points
// at one (docker compose), and the request building is checked here without a server.
const url = process.env.MEILI_URL;
if (!url) console.log('Meilisearch contract tests skipped: MEILI_URL is not set (no server on this machine).');
engineContract('Meilisearch', async () => new MeiliSearchEngine(url!, process.env.MEILI_MASTER_KEY, `contract_${process.pid}`), url ? undefined : 'MEILI_URL is not set');

describe('Meilisearch requests (built without a server)', () => {
  const base = { text: 'thanh long', kinds: [], filters: {}, sort: 'RELEVANCE' as const, limit: 20, offset: 0 };

  it('turn filters into one escaped filter expression', () => {
    const req = searchRequest({
      ...base,
      kinds: ['EQUIPMENT_OFFER', 'TECHNOLOGY_OFFER'],
      filters: { fieldCodes: ['4'], trlMin: 6, communes: ['Bến "Lức"'], verified: true, ipTypes: ['PATENT'] },
    });
    expect(req.filter).toBe(
      'kind IN ["EQUIPMENT_OFFER", "TECHNOLOGY_OFFER"] AND (fieldCode IN ["4"] OR fieldTop IN ["4"]) AND trl >= 6 AND commune IN ["Bến \\"Lức\\""] AND ipTypes IN ["PATENT"] AND verified = true',
    );
    expect(req.facets).toEqual(['kind', 'fieldTop', 'trl', 'priceBand', 'commune', 'ipTypes', 'appraisalLevel', 'verified']);
    expect(req.sort).toBeUndefined();
  });

  it('sort newest first without a query, and by price when asked', () => {
    expect(searchRequest({ ...base, text: '' }).sort).toEqual(['publishedAtTs:desc']);
    expect(searchRequest({ ...base, sort: 'PRICE_DESC' }).sort).toEqual(['priceMin:desc']);
  });

  it('ask for featured and other hits apart in a relevance search, the placement compared with now', () => {
    const [all, featured, others] = searchRequests({ ...base, kinds: ['EQUIPMENT_OFFER'], limit: 10, offset: 20 }, 1_800_000_000_000);
    expect(all).toMatchObject({ limit: 0, filter: 'kind IN ["EQUIPMENT_OFFER"]', facets: expect.arrayContaining(['kind', 'fieldTop']) });
    expect(featured).toMatchObject({ limit: 30, offset: 0, filter: 'kind IN ["EQUIPMENT_OFFER"] AND featuredUntilTs > 1800000000000' });
    expect(others).toMatchObject({ limit: 30, offset: 0, filter: 'kind IN ["EQUIPMENT_OFFER"] AND featuredUntilTs <= 1800000000000' });
    expect(featured.facets).toBeUndefined();
    expect(searchRequests({ ...base, sort: 'NEWEST' }, 0)).toHaveLength(1);
  });

  it('put featured hits first among comparable relevance, not above clearly better hits, and page the merge', () => {
    const hit = (id: string, score: number) => ({ id, _rankingScore: score });
    const featured = [hit('f1', 0.9), hit('f2', 0.5)];
    const others = [hit('o1', 0.99), hit('o2', 0.92), hit('o3', 0.9), hit('o4', 0.6)];
    expect(0.9 * FEATURED_WEIGHT).toBeGreaterThan(0.92);
    expect(mergeFeatured(featured, others, 0, 10).map((h) => h.id)).toEqual(['o1', 'f1', 'o2', 'o3', 'o4', 'f2']);
    expect(mergeFeatured(featured, others, 2, 2).map((h) => h.id)).toEqual(['o2', 'o3']);
    // Without words every score is the same: featured first, each group in its own order (newest first).
    expect(mergeFeatured([hit('f', 1)], [hit('a', 1), hit('b', 1)], 0, 3).map((h) => h.id)).toEqual(['f', 'a', 'b']);
  });

  it('declare every filter and sort the requests use, and Vietnamese synonyms', () => {
    const s = indexSettings();
    expect(s.filterableAttributes).toEqual(expect.arrayContaining(['kind', 'fieldCode', 'fieldTop', 'trl', 'priceBand', 'commune', 'ipTypes', 'appraisalLevel', 'verified', 'featuredUntilTs']));
    expect(s.sortableAttributes).toEqual(expect.arrayContaining(['publishedAtTs', 'priceMin']));
    expect(s.synonyms?.['thanh long']).toContain('dragon fruit');
  });

  it('map a response to hits, facets and escaped highlights', () => {
    const res = toResponse(base, {
      hits: [{ id: 'listing-1', entityType: 'listing', entityId: '1', kind: 'EQUIPMENT_OFFER', title: 'Máy sấy <thanh long>', summary: '', keywords: [], _rankingScore: 0.9 } as never],
      totalHits: 7,
      facetDistribution: { kind: { EQUIPMENT_OFFER: 1, TECHNOLOGY_OFFER: 3 } },
    });
    expect(res.total).toBe(7);
    expect(res.facets.kind).toEqual([{ value: 'TECHNOLOGY_OFFER', count: 3 }, { value: 'EQUIPMENT_OFFER', count: 1 }]);
    expect(res.hits[0]).toMatchObject({ score: 0.9, highlights: [{ field: 'title', html: 'Máy sấy &lt;<mark>thanh</mark> <mark>long</mark>&gt;' }] });
  });
});
