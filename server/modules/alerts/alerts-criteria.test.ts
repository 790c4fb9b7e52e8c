import { describe, expect, it } from 'vitest';
import { documentTerms } from '../../../search/postgres-terms.ts';
import type { SearchDocument } from '../../../search/types.ts';
import { matchesGroups, matchForm, searchPath, type SearchCriteria } from './alerts-criteria.ts';

const doc = (over: Partial<SearchDocument> = {}): SearchDocument => ({
  id: 'listing-1', entityType: 'listing', entityId: '1', kind: 'TECHNOLOGY_OFFER', slug: 's', title: 'Công nghệ sấy bơm nhiệt thanh long',
  titleEn: null, summary: 'Giữ màu và vitamin.', summaryEn: null, keywords: ['sấy'], organisationName: 'Viện Cơ điện', fieldCode: '211', fieldTop: '2',
  trl: 7, priceBand: 'FROM_100M_TO_500M', priceMin: 200_000_000, commune: 'Đức Hòa', province: 'Tây Ninh', ipTypes: ['PATENT'], appraisalLevel: null,
  verified: true, publishedAt: '2026-12-01T00:00:00Z', featuredUntil: null, ...over,
});
const criteria = (over: Partial<SearchCriteria>): SearchCriteria => ({ query: '', kinds: [], filters: {}, ...over });
const counts: Record<string, number> = { say: 900, thanh: 3000, long: 3100, nhiet: 400, bom: 500 };
const matches = (c: SearchCriteria, d = doc()) => matchesGroups(matchForm(c, (w) => counts[w]).groups, new Set(documentTerms(d).all));

describe('a saved search in matching form', () => {
  it('matches a document holding every word (accents aside) and passing every filter', () => {
    expect(matches(criteria({ query: 'Sấy THANH LONG', kinds: ['TECHNOLOGY_OFFER', 'EQUIPMENT_OFFER'], filters: { trlMin: 6, communes: ['Đức Hòa'], verified: true } }))).toBe(true);
    expect(matches(criteria({ query: 'sấy xoài' }))).toBe(false);
    expect(matches(criteria({ query: 'sấy', kinds: ['EQUIPMENT_OFFER'] }))).toBe(false);
    expect(matches(criteria({ query: 'sấy', filters: { trlMin: 8 } }))).toBe(false);
    expect(matches(criteria({ filters: { fieldCodes: ['2'] } }))).toBe(true); // a top-level field holds its sub-fields
    expect(matches(criteria({ filters: { fieldCodes: ['211'], ipTypes: ['TRADEMARK'] } }))).toBe(false);
  });

  it('is anchored on its rarest group, and requires the terms of single-alternative groups', () => {
    const form = matchForm(criteria({ query: 'thanh long sấy bơm nhiệt', kinds: ['TECHNOLOGY_OFFER'] }), (w) => counts[w]);
    expect(form.anchors).toEqual(['heat', 'nhiet']); // "nhiệt" or its synonym "heat" (search/lexicon)
    expect(form.required).toContain('=kind:TECHNOLOGY_OFFER');
    // Filters alone are anchored on the narrowest filter; no words and no filters on every document.
    expect(matchForm(criteria({ kinds: ['TECHNOLOGY_OFFER'], filters: { communes: ['Đức Hòa'] } }), () => undefined).anchors).toEqual(['=commune:Đức Hòa']);
    expect(matchForm(criteria({}), () => undefined).anchors).toEqual(['=*']);
  });

  it('leads back to the search page with the same parameters', () => {
    expect(searchPath(criteria({ query: 'sấy', kinds: ['TECHNOLOGY_OFFER'], filters: { trlMin: 5, verified: true } }))).toBe('/search?q=s%E1%BA%A5y&kind=TECHNOLOGY_OFFER&trlMin=5&verified=true');
  });
});
