// What the PostgreSQL engine indexes, as terms: every folded word of a document, the words of its head (title and
// keywords: a match there ranks higher) and one term per facet value. Filters are groups of facet terms:
// a document passes a group when it holds one of its terms.
import { fold } from './fold.ts';
import { FACETS, type FacetName, type SearchDocument, type SearchFilters } from './types.ts';

/** Held by every document: the starting set of a search without words or filters. */
export const ALL_TERM = '=*';
const MAX_WORD = 60;

// Words are [a-z0-9]+; head and facet terms start with characters a word never does, so a prefix search over
// words (a range scan in "C" order) never meets them.
export const headTerm = (word: string) => `^${word}`;
export const facetTerm = (facet: FacetName | 'fieldCode', value: string | number | boolean) => `=${facet}:${value}`;

/** The facet name and value of a facet term that is counted (null for the others). */
export function parseFacetTerm(term: string): { facet: FacetName; value: string } | null {
  const m = /^=([A-Za-z]+):(.*)$/s.exec(term);
  return m && (FACETS as readonly string[]).includes(m[1]) ? { facet: m[1] as FacetName, value: m[2] } : null;
}

const words = (text: string) => fold(text).split(/[^a-z0-9]+/).filter((w) => w.length > 0 && w.length <= MAX_WORD);

export interface DocumentTerms {
  /** Every term the document's bitmaps hold, words, head words and facet values. */
  all: string[];
  /** The facet terms that are counted, for counting a small result row by row. */
  facets: string[];
}

export function documentTerms(d: SearchDocument): DocumentTerms {
  // The owner's name is searchable but not part of the head: a search for an organisation's name finds the
  // organisation before everything it lists.
  const head = words([d.title, d.titleEn ?? '', ...d.keywords].join(' '));
  const body = words([d.organisationName ?? '', d.summary, d.summaryEn ?? '', d.commune ?? ''].join(' '));
  const facets = [
    facetTerm('kind', d.kind),
    ...(d.fieldTop ? [facetTerm('field', d.fieldTop)] : []),
    ...(d.trl != null ? [facetTerm('trl', d.trl)] : []),
    ...(d.priceBand ? [facetTerm('priceBand', d.priceBand)] : []),
    ...(d.commune ? [facetTerm('commune', d.commune)] : []),
    ...d.ipTypes.map((t) => facetTerm('ipType', t)),
    ...(d.appraisalLevel ? [facetTerm('appraisalLevel', d.appraisalLevel)] : []),
    facetTerm('verified', d.verified),
  ];
  const all = new Set([ALL_TERM, ...head, ...body, ...head.map(headTerm), ...facets]);
  if (d.fieldCode) all.add(facetTerm('fieldCode', d.fieldCode));
  return { all: [...all], facets: [...new Set(facets)] };
}

const TRL_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** One group of facet terms per filter that is set; a document must hold a term of every group. */
export function filterGroups(f: SearchFilters, kinds: readonly string[]): string[][] {
  const groups: string[][] = [];
  if (kinds.length) groups.push(kinds.map((k) => facetTerm('kind', k)));
  // A field filter matches the top-level field or the sub-field.
  if (f.fieldCodes?.length) groups.push(f.fieldCodes.flatMap((c) => [facetTerm('field', c), facetTerm('fieldCode', c)]));
  if (f.trlMin != null || f.trlMax != null) {
    groups.push(TRL_LEVELS.filter((t) => t >= (f.trlMin ?? -Infinity) && t <= (f.trlMax ?? Infinity)).map((t) => facetTerm('trl', t)));
  }
  if (f.priceBands?.length) groups.push(f.priceBands.map((b) => facetTerm('priceBand', b)));
  if (f.communes?.length) groups.push(f.communes.map((c) => facetTerm('commune', c)));
  if (f.ipTypes?.length) groups.push(f.ipTypes.map((t) => facetTerm('ipType', t)));
  if (f.appraisalLevels?.length) groups.push(f.appraisalLevels.map((a) => facetTerm('appraisalLevel', a)));
  if (f.verified != null) groups.push([facetTerm('verified', f.verified)]);
  return groups;
}
