import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  activeGroups,
  apiFilters,
  EMPTY_STATE,
  firstPage,
  nextPage,
  pageRange,
  parseSearchState,
  searchHref,
  searchVariables,
  withoutFilter,
  withoutFilters,
  withoutGroup,
} from './state';

const parse = (query: string) => parseSearchState(new URLSearchParams(query));

describe('parseSearchState', () => {
  it('reads every parameter, repeatable ones in their canonical order and once each', () => {
    const state = parse(
      'q=+khoai++mo +&kind=EQUIPMENT_OFFER&kind=TECHNOLOGY_OFFER&kind=EQUIPMENT_OFFER&field=4&field=401&trlMin=3&trlMax=7' +
        '&price=OVER_2B&price=NEGOTIABLE&commune=B%E1%BA%BFn+L%E1%BB%A9c&ip=PATENT&appraisal=ADVANCED&verified=true&sort=NEWEST',
    );
    expect(state).toEqual({
      q: 'khoai mo',
      kinds: ['TECHNOLOGY_OFFER', 'EQUIPMENT_OFFER'],
      fields: ['4', '401'],
      trlMin: 3,
      trlMax: 7,
      prices: ['NEGOTIABLE', 'OVER_2B'],
      communes: ['Bến Lức'],
      ips: ['PATENT'],
      appraisals: ['ADVANCED'],
      verified: true,
      sort: 'NEWEST',
      after: null,
      page: 1,
    });
  });

  it('drops what an edited address could hold instead of failing', () => {
    const state = parse('kind=BOAT&field=<script>&trlMin=0&trlMax=12&price=CHEAP&ip=&appraisal=GREAT&verified=yes&sort=RANDOM&commune=++');
    expect(state).toEqual(EMPTY_STATE);
    expect(parse(`q=${'a'.repeat(300)}`).q).toHaveLength(200);
    expect(parse('after=not a cursor!').after).toBeNull();
  });

  it('swaps TRL bounds given the wrong way round', () => {
    expect(parse('trlMin=8&trlMax=2')).toMatchObject({ trlMin: 2, trlMax: 8 });
  });

  it('knows the page number only alongside a cursor, and only a plausible one', () => {
    expect(parse('page=3').page).toBe(1);
    expect(parse('after=bzoyMA&page=2')).toMatchObject({ after: 'bzoyMA', page: 2 });
    expect(parse('after=bzoyMA').page).toBeNull();
    expect(parse('after=bzoyMA&page=1').page).toBeNull();
    expect(parse('after=bzoyMA&page=99999').page).toBeNull();
  });

  it('reads "verified=false" too (the API filters both ways)', () => {
    expect(parse('verified=false').verified).toBe(false);
  });
});

describe('searchHref', () => {
  it('writes a stable address without defaults, and reads back the same state', () => {
    const href = searchHref({ ...EMPTY_STATE, q: 'bảo quản', kinds: ['EQUIPMENT_OFFER'], trlMin: 4, sort: 'NEWEST' });
    expect(href).toBe('/search?q=b%E1%BA%A3o+qu%E1%BA%A3n&kind=EQUIPMENT_OFFER&trlMin=4&sort=NEWEST');
    expect(parseSearchState(new URL(href, 'http://x').searchParams)).toEqual({
      ...EMPTY_STATE,
      q: 'bảo quản',
      kinds: ['EQUIPMENT_OFFER'],
      trlMin: 4,
      sort: 'NEWEST',
    });
    expect(searchHref(EMPTY_STATE)).toBe('/search');
  });

  it('round-trips every field', () => {
    const query =
      'q=may+say&kind=TECHNOLOGY_OFFER&field=2&trlMin=2&trlMax=9&price=UNDER_100M&commune=X%C3%A3+A&commune=B&ip=SOFTWARE' +
      '&appraisal=OUTDATED&verified=false&sort=PRICE_DESC&after=bzoyMA&page=2';
    expect(searchHref(parse(query))).toBe(`/search?${query}`);
  });
});

describe('pages', () => {
  it('carries the cursor and the page number forward, and starts over from the first page', () => {
    const second = nextPage(parse('q=x'), 'bzoyMA');
    expect(searchHref(second)).toBe('/search?q=x&after=bzoyMA&page=2');
    expect(searchHref(nextPage(second, 'bzo0MA'))).toBe('/search?q=x&after=bzo0MA&page=3');
    expect(searchHref(firstPage(second))).toBe('/search?q=x');
    expect(nextPage(parse('after=abc'), 'def').page).toBeNull();
  });

  it('prints the range of the hits shown when the page is known', () => {
    expect(pageRange(parse(''), 20)).toEqual({ from: 1, to: 20 });
    expect(pageRange(parse('after=c&page=2'), 20)).toEqual({ from: 21, to: 40 });
    expect(pageRange(parse('after=c&page=3'), 3)).toEqual({ from: 41, to: 43 });
    expect(pageRange(parse('after=c'), 20)).toBeNull();
    expect(pageRange(parse(''), 0)).toBeNull();
  });
});

describe('filters', () => {
  const state = parse('q=thanh+long&kind=EQUIPMENT_OFFER&kind=TECHNOLOGY_OFFER&trlMin=5&verified=true&sort=NEWEST&after=c&page=3');

  it('lists the values in use, one chip each', () => {
    expect(activeFilters(state)).toEqual([
      { group: 'kind', value: 'TECHNOLOGY_OFFER' },
      { group: 'kind', value: 'EQUIPMENT_OFFER' },
      { group: 'trl', value: 'trlMin' },
      { group: 'verified', value: 'true' },
    ]);
    expect(activeGroups(state)).toEqual(['kind', 'trl', 'verified']);
  });

  it('removes one value, one group or every filter, keeping the words and the sort, from the first page', () => {
    expect(searchHref(withoutFilter(state, { group: 'kind', value: 'EQUIPMENT_OFFER' }))).toBe(
      '/search?q=thanh+long&kind=TECHNOLOGY_OFFER&trlMin=5&verified=true&sort=NEWEST',
    );
    expect(searchHref(withoutFilter(state, { group: 'trl', value: 'trlMin' }))).toBe(
      '/search?q=thanh+long&kind=TECHNOLOGY_OFFER&kind=EQUIPMENT_OFFER&verified=true&sort=NEWEST',
    );
    expect(searchHref(withoutGroup(state, 'kind'))).toBe('/search?q=thanh+long&trlMin=5&verified=true&sort=NEWEST');
    expect(searchHref(withoutFilters(state))).toBe('/search?q=thanh+long&sort=NEWEST');
  });

  it('gives the API its filters, leaving a group out for that group\'s own counts', () => {
    expect(apiFilters(state)).toEqual({ trlMin: 5, verified: true });
    expect(apiFilters(state, 'trl')).toEqual({ verified: true });
    const variables = searchVariables(state);
    expect(variables).toMatchObject({
      query: 'thanh long',
      kinds: ['TECHNOLOGY_OFFER', 'EQUIPMENT_OFFER'],
      filters: { trlMin: 5, verified: true },
      sort: 'NEWEST',
      first: 20,
      after: 'c',
      kindOpen: true,
      trlOpen: true,
      trlFilters: { verified: true },
      verifiedOpen: true,
      verifiedFilters: { trlMin: 5 },
      fieldOpen: false,
      priceOpen: false,
    });
    expect(searchVariables(EMPTY_STATE)).toMatchObject({ query: null, kinds: null, filters: {} });
  });
});
