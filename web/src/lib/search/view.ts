// Turns the SearchPage answer into what the page draws: the options of every facet group with their counts, and
// for each group in use how many results there would be without it.
import type { SearchPageQuery } from '$lib/graphql/generated';
import { countOf, facetOptions, trlBoundCounts, type FacetCount, type FacetOption } from './facets';
import {
  APPRAISAL_LEVELS,
  IP_TYPES,
  PRICE_BANDS,
  SEARCH_KINDS,
  TRL_LEVELS,
  type FilterGroup,
  type SearchState,
} from './state';

export interface FacetView {
  kind: FacetOption[];
  field: FacetOption[];
  trlMin: { level: number; count: number }[];
  trlMax: { level: number; count: number }[];
  price: FacetOption[];
  commune: FacetOption[];
  ip: FacetOption[];
  appraisal: FacetOption[];
  verified: { count: number; selected: boolean };
  /** Results there would be without the group, for each group in use. */
  withoutGroup: Partial<Record<FilterGroup, number>>;
}

export function facetView(state: SearchState, data: SearchPageQuery): FacetView {
  const main = data.search.facets;
  // A group in use takes its counts from the search without it, so its other values can still be added.
  const counts = {
    kind: data.kindOpen?.facets.kind ?? main.kind,
    field: data.fieldOpen?.facets.field ?? main.field,
    trl: data.trlOpen?.facets.trl ?? main.trl,
    price: data.priceOpen?.facets.priceBand ?? main.priceBand,
    commune: data.communeOpen?.facets.commune ?? main.commune,
    ip: data.ipOpen?.facets.ipType ?? main.ipType,
    appraisal: data.appraisalOpen?.facets.appraisalLevel ?? main.appraisalLevel,
    verified: data.verifiedOpen?.facets.verified ?? main.verified,
  } satisfies Record<FilterGroup, readonly FacetCount[]>;

  const topFields = data.fieldsOfScience.map((field) => field.code);
  const withoutGroup: Partial<Record<FilterGroup, number>> = {};
  const open = {
    kind: data.kindOpen,
    field: data.fieldOpen,
    trl: data.trlOpen,
    price: data.priceOpen,
    commune: data.communeOpen,
    ip: data.ipOpen,
    appraisal: data.appraisalOpen,
    verified: data.verifiedOpen,
  } satisfies Record<FilterGroup, { totalCount: number } | null | undefined>;
  for (const [group, result] of Object.entries(open) as [FilterGroup, { totalCount: number } | null | undefined][]) {
    if (result) withoutGroup[group] = result.totalCount;
  }

  return {
    kind: facetOptions(counts.kind, state.kinds, SEARCH_KINDS),
    // Top-level fields in the classification's order; a sub-field chosen through an address stays listed.
    field: facetOptions(counts.field, state.fields, [...topFields, ...state.fields.filter((code) => !topFields.includes(code))]),
    trlMin: trlBoundCounts(counts.trl, 'min', state.trlMax, TRL_LEVELS),
    trlMax: trlBoundCounts(counts.trl, 'max', state.trlMin, TRL_LEVELS),
    price: facetOptions(counts.price, state.prices, PRICE_BANDS),
    commune: facetOptions(counts.commune, state.communes),
    ip: facetOptions(counts.ip, state.ips, IP_TYPES),
    appraisal: facetOptions(counts.appraisal, state.appraisals, APPRAISAL_LEVELS),
    verified: { count: countOf(counts.verified, 'true'), selected: state.verified === true },
    withoutGroup,
  };
}

/** Field names by code, top-level fields and sub-fields alike (for chips and option labels). */
export function fieldNames(fields: SearchPageQuery['fieldsOfScience']): Map<string, string> {
  const names = new Map<string, string>();
  for (const field of fields) {
    names.set(field.code, field.name);
    for (const child of field.children) names.set(child.code, child.name);
  }
  return names;
}
