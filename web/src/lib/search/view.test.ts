import { describe, expect, it } from 'vitest';
import type { SearchPageQuery } from '$lib/graphql/generated';
import { parseSearchState } from './state';
import { facetView, fieldNames } from './view';

const noFacets: SearchPageQuery['search']['facets'] = { kind: [], field: [], trl: [], priceBand: [], commune: [], ipType: [], appraisalLevel: [], verified: [] };
const fields = [
  { code: '2', name: 'Kỹ thuật và công nghệ', children: [{ code: '211', name: 'Kỹ thuật thực phẩm' }] },
  { code: '4', name: 'Khoa học nông nghiệp', children: [] },
];

function answer(parts: Partial<SearchPageQuery>, facets: Partial<typeof noFacets> = {}): SearchPageQuery {
  return {
    search: { totalCount: 3, demandRef: null, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [], facets: { ...noFacets, ...facets }, matching: { complete: true, ignoredWords: [] } },
    fieldsOfScience: fields,
    ...parts,
  };
}

describe('facetView', () => {
  it('counts a group in use from the search without it, so its other values stay available', () => {
    const search = parseSearchState(new URLSearchParams('q=thanh+long&kind=EQUIPMENT_OFFER&verified=true'));
    const view = facetView(
      search,
      answer(
        {
          kindOpen: { totalCount: 9, facets: { kind: [{ value: 'TECHNOLOGY_OFFER', count: 6 }, { value: 'EQUIPMENT_OFFER', count: 3 }] } },
          verifiedOpen: { totalCount: 5, facets: { verified: [{ value: 'true', count: 3 }, { value: 'false', count: 2 }] } },
        },
        { kind: [{ value: 'EQUIPMENT_OFFER', count: 3 }], field: [{ value: '4', count: 1 }, { value: '2', count: 2 }] },
      ),
    );
    expect(view.kind).toEqual([
      { value: 'TECHNOLOGY_OFFER', count: 6, selected: false },
      { value: 'EQUIPMENT_OFFER', count: 3, selected: true },
    ]);
    // A group not in use counts from the page's own search, in the classification's order.
    expect(view.field.map((o) => o.value)).toEqual(['2', '4']);
    expect(view.verified).toEqual({ count: 3, selected: true });
    expect(view.withoutGroup).toEqual({ kind: 9, verified: 5 });
  });

  it('keeps a sub-field chosen through an address', () => {
    const view = facetView(parseSearchState(new URLSearchParams('field=211')), answer({ fieldOpen: { totalCount: 4, facets: { field: [{ value: '2', count: 4 }] } } }));
    expect(view.field).toEqual([
      { value: '2', count: 4, selected: false },
      { value: '211', count: 0, selected: true },
    ]);
  });
});

describe('fieldNames', () => {
  it('names top-level fields and sub-fields', () => {
    expect(fieldNames(fields).get('211')).toBe('Kỹ thuật thực phẩm');
    expect(fieldNames(fields).get('4')).toBe('Khoa học nông nghiệp');
  });
});
