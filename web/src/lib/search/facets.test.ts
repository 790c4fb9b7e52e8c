import { describe, expect, it } from 'vitest';
import { countOf, facetOptions, trlBoundCounts } from './facets';

describe('facetOptions', () => {
  const counts = [
    { value: 'EQUIPMENT_OFFER', count: 7 },
    { value: 'TECHNOLOGY_OFFER', count: 3 },
    { value: 'SOMETHING_NEW', count: 1 },
  ];

  it('follows a fixed order, leaves out unknown and empty values, keeps the chosen ones', () => {
    expect(facetOptions(counts, ['ST_ENTERPRISE'], ['TECHNOLOGY_OFFER', 'EQUIPMENT_OFFER', 'TECHNOLOGY_REQUEST', 'ST_ENTERPRISE'])).toEqual([
      { value: 'TECHNOLOGY_OFFER', count: 3, selected: false },
      { value: 'EQUIPMENT_OFFER', count: 7, selected: false },
      { value: 'ST_ENTERPRISE', count: 0, selected: true },
    ]);
  });

  it('follows the API without an order, chosen values missing from the counts last', () => {
    expect(facetOptions([{ value: 'Bến Lức', count: 4 }, { value: 'Tân An', count: 2 }], ['Cần Giuộc', 'Tân An'])).toEqual([
      { value: 'Bến Lức', count: 4, selected: false },
      { value: 'Tân An', count: 2, selected: true },
      { value: 'Cần Giuộc', count: 0, selected: true },
    ]);
  });
});

describe('trlBoundCounts', () => {
  const counts = [
    { value: '3', count: 2 },
    { value: '6', count: 5 },
    { value: '9', count: 1 },
  ];
  const levels = [1, 2, 3, 4, 5, 6, 7, 8, 9];

  it('counts "n or higher" for the lower bound and "n or lower" for the upper one', () => {
    expect(trlBoundCounts(counts, 'min', null, levels).map((c) => c.count)).toEqual([8, 8, 8, 6, 6, 6, 1, 1, 1]);
    expect(trlBoundCounts(counts, 'max', null, levels).map((c) => c.count)).toEqual([0, 0, 2, 2, 2, 7, 7, 7, 8]);
  });

  it('takes the other bound into account', () => {
    expect(trlBoundCounts(counts, 'min', 6, levels).map((c) => c.count)).toEqual([7, 7, 7, 5, 5, 5, 0, 0, 0]);
    expect(trlBoundCounts(counts, 'max', 4, levels).map((c) => c.count)).toEqual([0, 0, 0, 0, 0, 5, 5, 5, 6]);
  });
});

describe('countOf', () => {
  it('reads one value, zero when absent', () => {
    expect(countOf([{ value: 'true', count: 4 }], 'true')).toBe(4);
    expect(countOf([], 'true')).toBe(0);
  });
});
