// The Meilisearch index settings, derived from the port and the shared lexicon. Read against the Meilisearch
// v1.12.0 source (tag v1.12.0) and charabia 0.9.2, the tokenizer it ships; search/README.md says why each is so.
import type { Settings } from 'meilisearch';
import { fold } from './fold.ts';
import { SYNONYM_GROUPS } from './lexicon.ts';
import type { FacetName } from './types.ts';

/**
 * The shape of the documents stored: every document carries it, and only documents of the current layout count as
 * indexed (size()), so that a new layout makes the index incomplete and the rebuild job (one process, under the
 * search lock) fills a new index and swaps it in. Raise it whenever `stored()` or the settings change what a
 * document must hold.
 */
export const LAYOUT_VERSION = 3;

export const FACET_ATTRIBUTE: Record<FacetName, string> = {
  kind: 'kind',
  field: 'fieldTop',
  trl: 'trl',
  priceBand: 'priceBand',
  commune: 'commune',
  ipType: 'ipTypes',
  appraisalLevel: 'appraisalLevel',
  verified: 'verified',
};

/** The rules that measure how well a document matches the words (score details of these decide the featured merge). */
export const RELEVANCE_RULES = ['words', 'typo', 'proximity', 'attribute', 'exactness'] as const;

/** Meilisearch builds query terms of one word and n-grams of two or three adjacent words (query_graph.rs): a longer key never fires. */
export const MAX_SYNONYM_KEY_WORDS = 3;

/** The words Meilisearch sees in a text, approximately as charabia cuts Latin text: folded, split on anything but letters and digits. */
export const wordsOf = (text: string) => fold(text).split(/[^a-z0-9]+/).filter(Boolean);

/**
 * For each group, every member Meilisearch can recognise in a query (at most three words) is a key whose synonyms
 * are all the other members, long ones included (a synonym value is matched as a phrase whatever its length).
 * Members of four words or more are only values; a query holding one is rewritten (meilisearch-query.ts).
 */
export function synonymSettings(groups: readonly (readonly string[])[] = SYNONYM_GROUPS): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of groups) {
    for (const member of group) {
      if (wordsOf(member).length > MAX_SYNONYM_KEY_WORDS) continue;
      out[member] = [...new Set([...(out[member] ?? []), ...group.filter((other) => other !== member)])];
    }
  }
  return out;
}

export function indexSettings(): Settings {
  return {
    searchableAttributes: ['title', 'keywords', 'organisationName', 'titleEn', 'summary', 'summaryEn', 'commune'],
    filterableAttributes: ['id', 'entityType', 'kind', 'fieldCode', 'fieldTop', 'trl', 'priceBand', 'commune', 'ipTypes', 'appraisalLevel', 'verified', 'featuredUntilTs', 'layout'],
    sortableAttributes: ['publishedAtTs', 'priceMin'],
    // `sort` right after `words`: a sort the visitor chose decides among the documents holding the words, instead of
    // only reordering documents equal on typo, proximity and attribute (its default place is after attribute).
    rankingRules: ['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness', 'publishedAtTs:desc'],
    synonyms: synonymSettings(),
    // None: stop words are taken out of the query before it is sent (meilisearch-query.ts). Meilisearch's own are
    // compared before lowercasing and accent removal, one word at a time, and left out of the index (search/README.md).
    stopWords: [],
    // As the PostgreSQL engine: one typo from four letters, two from five.
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 5 } },
    // Totals and pages are exact up to this many matches (the default, 10,000, caps the total shown).
    pagination: { maxTotalHits: 1_000_000 },
    // Every value of a facet (communes of a province number in the hundreds); past the cap, the most frequent.
    faceting: { maxValuesPerFacet: 1000, sortFacetValuesBy: { '*': 'count' } },
  };
}
