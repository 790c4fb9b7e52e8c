// The search page keeps its whole state in the address: a plain GET form writes it, links rewrite it, and the
// server reads it back, so every search is shareable, survives a reload and works without JavaScript.
//
//   q            the words typed (accents and small typos do not matter to the API)
//   kind         SearchKind, repeatable
//   field        field-of-science code ("4" or a sub-field "401"), repeatable
//   trlMin/Max   1–9
//   price        PriceBand, repeatable
//   commune      commune name, repeatable
//   ip           IpType, repeatable
//   appraisal    TechnologyLevel, repeatable
//   verified     true | false
//   sort         SearchSort (RELEVANCE is the default and is left out)
//   after        the API's opaque cursor of the page shown
//   page         which page that cursor is (only to print "21–40 of 123"; the cursor decides what is shown)
//
// Several values of one group mean "any of them"; different groups must all hold.
import type {
  IpType,
  PriceBand,
  SearchFilters,
  SearchKind,
  SearchPageQueryVariables,
  SearchSort,
  TechnologyLevel,
} from '$lib/graphql/generated';
import { IP_TYPE_VALUES, PRICE_BAND_VALUES, SEARCH_KIND_VALUES, SEARCH_SORT_VALUES, TECHNOLOGY_LEVEL_VALUES } from '$lib/graphql/enums';

export const SEARCH_PATH = '/search';
export const PAGE_SIZE = 20;
/** The API refuses longer queries; a longer one can only come from an edited address. */
export const MAX_QUERY_LENGTH = 200;
const MAX_VALUES = 20;
const MAX_PAGE = 500;

export const SEARCH_KINDS: readonly SearchKind[] = SEARCH_KIND_VALUES;
export const PRICE_BANDS: readonly PriceBand[] = PRICE_BAND_VALUES;
export const IP_TYPES: readonly IpType[] = IP_TYPE_VALUES;
export const APPRAISAL_LEVELS: readonly TechnologyLevel[] = TECHNOLOGY_LEVEL_VALUES;
export const SEARCH_SORTS: readonly SearchSort[] = SEARCH_SORT_VALUES;
export const TRL_LEVELS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9];

export interface SearchState {
  q: string;
  kinds: SearchKind[];
  fields: string[];
  trlMin: number | null;
  trlMax: number | null;
  prices: PriceBand[];
  communes: string[];
  ips: IpType[];
  appraisals: TechnologyLevel[];
  verified: boolean | null;
  sort: SearchSort;
  after: string | null;
  /** 1 without a cursor; with one, the page number the link that led here claimed (null when unknown). */
  page: number | null;
}

/** The filter groups, in the order the page shows them. */
export const FILTER_GROUPS = ['kind', 'field', 'trl', 'price', 'commune', 'ip', 'appraisal', 'verified'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

/** One value in use, as a chip shows it; TRL bounds are "trlMin"/"trlMax" values of the trl group. */
export interface ActiveFilter {
  group: FilterGroup;
  value: string;
}

export const EMPTY_STATE: SearchState = {
  q: '',
  kinds: [],
  fields: [],
  trlMin: null,
  trlMax: null,
  prices: [],
  communes: [],
  ips: [],
  appraisals: [],
  verified: null,
  sort: 'RELEVANCE',
  after: null,
  page: 1,
};

const FIELD_CODE = /^[0-9A-Za-z.\-_]{1,20}$/;
const CURSOR = /^[A-Za-z0-9_\-=+/]{1,200}$/;

/** Values of a repeatable parameter that belong to `allowed`, once each, in the order given. */
function enumValues<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] {
  const wanted = new Set(params.getAll(name));
  return allowed.filter((value) => wanted.has(value));
}

/** Free-text values of a repeatable parameter, trimmed, without blanks or repeats, at most MAX_VALUES. */
function textValues(params: URLSearchParams, name: string, accept: (value: string) => boolean = () => true): string[] {
  const out: string[] = [];
  for (const raw of params.getAll(name)) {
    const value = raw.trim().replace(/\s+/g, ' ').slice(0, 100);
    if (value && accept(value) && !out.includes(value)) out.push(value);
    if (out.length === MAX_VALUES) break;
  }
  return out;
}

function trlValue(raw: string | null): number | null {
  if (raw == null || !/^\s*\d\s*$/.test(raw)) return null;
  const level = Number(raw);
  return level >= 1 && level <= 9 ? level : null;
}

/**
 * Reads the state from an address. Anything unknown or malformed is dropped rather than refused: it can only come
 * from an edited link, and showing the rest of the search is more useful than an error.
 */
export function parseSearchState(params: URLSearchParams): SearchState {
  let trlMin = trlValue(params.get('trlMin'));
  let trlMax = trlValue(params.get('trlMax'));
  if (trlMin != null && trlMax != null && trlMin > trlMax) [trlMin, trlMax] = [trlMax, trlMin];
  const verified = params.get('verified');
  const sort = SEARCH_SORTS.find((s) => s === params.get('sort')) ?? 'RELEVANCE';
  const afterRaw = params.get('after')?.trim() ?? '';
  const after = CURSOR.test(afterRaw) ? afterRaw : null;
  const pageRaw = params.get('page');
  const page = pageRaw != null && /^\d{1,4}$/.test(pageRaw.trim()) ? Number(pageRaw) : null;
  return {
    q: (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH),
    kinds: enumValues(params, 'kind', SEARCH_KINDS),
    fields: textValues(params, 'field', (code) => FIELD_CODE.test(code)),
    trlMin,
    trlMax,
    prices: enumValues(params, 'price', PRICE_BANDS),
    communes: textValues(params, 'commune'),
    ips: enumValues(params, 'ip', IP_TYPES),
    appraisals: enumValues(params, 'appraisal', APPRAISAL_LEVELS),
    verified: verified === 'true' ? true : verified === 'false' ? false : null,
    sort,
    after,
    // Without a cursor this is the first page whatever the address says; with one, a page number below 2 or
    // beyond any real page is a made-up address, so the range is not printed.
    page: after ? (page != null && page >= 2 && page <= MAX_PAGE ? page : null) : 1,
  };
}

/** The address parameters of a state, in a stable order and without defaults (so equal searches share a URL). */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const kind of state.kinds) params.append('kind', kind);
  for (const field of state.fields) params.append('field', field);
  if (state.trlMin != null) params.set('trlMin', String(state.trlMin));
  if (state.trlMax != null) params.set('trlMax', String(state.trlMax));
  for (const price of state.prices) params.append('price', price);
  for (const commune of state.communes) params.append('commune', commune);
  for (const ip of state.ips) params.append('ip', ip);
  for (const level of state.appraisals) params.append('appraisal', level);
  if (state.verified != null) params.set('verified', String(state.verified));
  if (state.sort !== 'RELEVANCE') params.set('sort', state.sort);
  if (state.after) {
    params.set('after', state.after);
    if (state.page != null && state.page > 1) params.set('page', String(state.page));
  }
  return params;
}

export function searchHref(state: SearchState): string {
  const query = toSearchParams(state).toString();
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}

/** Back to the first page: every change of query, filter or sort starts there. */
export function firstPage(state: SearchState): SearchState {
  return { ...state, after: null, page: 1 };
}

/** The page after this one, given the cursor the API returned with it. */
export function nextPage(state: SearchState, cursor: string): SearchState {
  return { ...state, after: cursor, page: state.page == null ? null : state.page + 1 };
}

export function activeFilters(state: SearchState): ActiveFilter[] {
  return [
    ...state.kinds.map((value) => ({ group: 'kind' as const, value })),
    ...state.fields.map((value) => ({ group: 'field' as const, value })),
    ...(state.trlMin != null ? [{ group: 'trl' as const, value: 'trlMin' }] : []),
    ...(state.trlMax != null ? [{ group: 'trl' as const, value: 'trlMax' }] : []),
    ...state.prices.map((value) => ({ group: 'price' as const, value })),
    ...state.communes.map((value) => ({ group: 'commune' as const, value })),
    ...state.ips.map((value) => ({ group: 'ip' as const, value })),
    ...state.appraisals.map((value) => ({ group: 'appraisal' as const, value })),
    ...(state.verified != null ? [{ group: 'verified' as const, value: String(state.verified) }] : []),
  ];
}

export function hasFilters(state: SearchState): boolean {
  return activeFilters(state).length > 0;
}

/** The groups that hold at least one value. */
export function activeGroups(state: SearchState): FilterGroup[] {
  const groups = new Set(activeFilters(state).map((filter) => filter.group));
  return FILTER_GROUPS.filter((group) => groups.has(group));
}

/** The same search without one filter value (a chip's "remove" link), from the first page. */
export function withoutFilter(state: SearchState, filter: ActiveFilter): SearchState {
  const next = firstPage(state);
  const drop = <T extends string>(values: T[]) => values.filter((value) => value !== filter.value);
  switch (filter.group) {
    case 'kind':
      return { ...next, kinds: drop(state.kinds) };
    case 'field':
      return { ...next, fields: drop(state.fields) };
    case 'trl':
      return filter.value === 'trlMin' ? { ...next, trlMin: null } : { ...next, trlMax: null };
    case 'price':
      return { ...next, prices: drop(state.prices) };
    case 'commune':
      return { ...next, communes: drop(state.communes) };
    case 'ip':
      return { ...next, ips: drop(state.ips) };
    case 'appraisal':
      return { ...next, appraisals: drop(state.appraisals) };
    case 'verified':
      return { ...next, verified: null };
  }
}

/** The same search without any value of one group. */
export function withoutGroup(state: SearchState, group: FilterGroup): SearchState {
  return activeFilters(state)
    .filter((filter) => filter.group === group)
    .reduce(withoutFilter, firstPage(state));
}

/** "Clear all": the words and the sort stay, every filter goes. */
export function withoutFilters(state: SearchState): SearchState {
  return { ...EMPTY_STATE, q: state.q, sort: state.sort };
}

/** The API's filters for a state, optionally leaving one group out (for that group's own counts). */
export function apiFilters(state: SearchState, except?: FilterGroup): SearchFilters {
  const filters: SearchFilters = {};
  if (except !== 'field' && state.fields.length) filters.fieldCodes = state.fields;
  if (except !== 'trl') {
    if (state.trlMin != null) filters.trlMin = state.trlMin;
    if (state.trlMax != null) filters.trlMax = state.trlMax;
  }
  if (except !== 'price' && state.prices.length) filters.priceBands = state.prices;
  if (except !== 'commune' && state.communes.length) filters.communes = state.communes;
  if (except !== 'ip' && state.ips.length) filters.ipTypes = state.ips;
  if (except !== 'appraisal' && state.appraisals.length) filters.appraisalLevels = state.appraisals;
  if (except !== 'verified' && state.verified != null) filters.verified = state.verified;
  return filters;
}

/** Variables of the SearchPage operation: the page itself plus one open-group search per group in use. */
export function searchVariables(state: SearchState): SearchPageQueryVariables {
  const groups = new Set(activeGroups(state));
  return {
    query: state.q || null,
    kinds: state.kinds.length ? state.kinds : null,
    filters: apiFilters(state),
    sort: state.sort,
    first: PAGE_SIZE,
    after: state.after,
    kindOpen: groups.has('kind'),
    fieldOpen: groups.has('field'),
    fieldFilters: apiFilters(state, 'field'),
    trlOpen: groups.has('trl'),
    trlFilters: apiFilters(state, 'trl'),
    priceOpen: groups.has('price'),
    priceFilters: apiFilters(state, 'price'),
    communeOpen: groups.has('commune'),
    communeFilters: apiFilters(state, 'commune'),
    ipOpen: groups.has('ip'),
    ipFilters: apiFilters(state, 'ip'),
    appraisalOpen: groups.has('appraisal'),
    appraisalFilters: apiFilters(state, 'appraisal'),
    verifiedOpen: groups.has('verified'),
    verifiedFilters: apiFilters(state, 'verified'),
  };
}

/** The 1-based positions of the hits shown ("21–40"), or null when the page number is not known. */
export function pageRange(state: SearchState, shown: number): { from: number; to: number } | null {
  if (state.page == null || shown === 0) return null;
  const from = (state.page - 1) * PAGE_SIZE + 1;
  return { from, to: from + shown - 1 };
}
