// A saved search in the form that lets one newly published item be matched against every saved search at once.
// The search engines match a document's terms (search/postgres-terms.ts: its folded words and one term per facet
// value); a saved search becomes groups of alternatives of such terms, the way the engines read a query: each
// meaningful unit of the words (search/query-analysis.ts: a word, or a phrase with its synonyms as alternatives) and
// each filter in use is a group, and a document matches when, for every group, it holds every term of one
// alternative. No prefix or typo widening: a saved search asks for what it says.
//
// For SQL the groups are summarised twice: `required` (the terms of groups with a single alternative, which a match
// must all hold: `required <@ terms`) and `anchors` (one term per alternative of the rarest group: a match holds at
// least one, `anchors && terms`, which a GIN index answers by reading only the posting lists of the item's terms).
import { analyseQuery } from '../../../search/query-analysis.ts';
import { ALL_TERM, filterGroups } from '../../../search/postgres-terms.ts';
import type { SearchDocument, SearchFilters, SearchKind } from '../../../search/types.ts';

/** The search as the search page carries it (its address parameters), normalised. */
export interface SearchCriteria {
  query: string;
  kinds: SearchKind[];
  filters: SearchFilters;
}

export type Group = string[][];

export interface MatchForm {
  groups: Group[];
  required: string[];
  anchors: string[];
}

/** How many published documents hold a word (the search engine's count); undefined when not known. */
export type WordFrequency = (word: string) => number | undefined;

// Facet terms have no count at hand; how large a share of the documents each kind of facet value usually holds.
const FACET_SHARE: Record<string, number> = { fieldCode: 0.01, commune: 0.02, ipType: 0.05, field: 0.15, appraisalLevel: 0.2, priceBand: 0.2, trl: 0.3, kind: 0.4, verified: 0.6 };
const UNKNOWN_WORD = 100; // a word the engine has no count for is rare: it can hardly anchor many candidates

/** Cost of anchoring on a term: about how many items hold it. */
function termCost(term: string, words: WordFrequency, documents: number): number {
  if (term === ALL_TERM) return documents * 10;
  const facet = /^=([A-Za-z]+):/.exec(term);
  if (facet) return documents * (FACET_SHARE[facet[1]!] ?? 1);
  return words(term) ?? UNKNOWN_WORD;
}

export function wordGroups(query: string): { groups: Group[]; words: string[] } {
  const units = analyseQuery(query).units;
  return { groups: units.map((u) => u.alternatives), words: units.map((u) => u.typed) };
}

export function matchForm(criteria: SearchCriteria, words: WordFrequency, documents = 100_000): MatchForm {
  const groups: Group[] = [
    ...wordGroups(criteria.query).groups,
    ...filterGroups(criteria.filters, criteria.kinds).map((terms) => terms.map((t) => [t])),
  ];
  const required = [...new Set(groups.filter((g) => g.length === 1).flatMap((g) => g[0]!))].sort();
  if (!groups.length) return { groups, required, anchors: [ALL_TERM] };
  const cost = (term: string) => termCost(term, words, documents);
  // Each alternative is anchored on its rarest term; the group whose anchors together are the rarest anchors the search.
  const anchored = groups.map((g) => {
    const anchors = g.map((alt) => alt.reduce((best, t) => (cost(t) < cost(best) ? t : best)));
    return { anchors, cost: anchors.reduce((sum, t) => sum + cost(t), 0) };
  });
  const best = anchored.reduce((a, b) => (b.cost < a.cost ? b : a));
  return { groups, required, anchors: [...new Set(best.anchors)].sort() };
}

/** Whether a document with these terms matches the groups (the confirmation after SQL chose the candidates). */
export function matchesGroups(groups: readonly Group[], terms: ReadonlySet<string>): boolean {
  return groups.every((g) => g.some((alt) => alt.every((t) => terms.has(t))));
}

/**
 * What matched, to tell the person why they get the alert: the words of the search (as typed) and the filters in
 * use with the item's value for each. Language-free; alert-email.ts says it in words.
 */
export interface MatchWhy {
  words: string[];
  kind: SearchKind | null;
  fieldCode: string | null;
  trl: number | null;
  priceBand: string | null;
  commune: string | null;
  ipTypes: string[];
  appraisalLevel: string | null;
  verified: boolean | null;
}

export function matchWhy(criteria: SearchCriteria, doc: SearchDocument): MatchWhy {
  const f = criteria.filters;
  return {
    words: wordGroups(criteria.query).words,
    kind: criteria.kinds.length ? doc.kind : null,
    fieldCode: f.fieldCodes?.length ? doc.fieldCode : null,
    trl: f.trlMin != null || f.trlMax != null ? doc.trl : null,
    priceBand: f.priceBands?.length ? doc.priceBand : null,
    commune: f.communes?.length ? doc.commune : null,
    ipTypes: f.ipTypes?.length ? doc.ipTypes.filter((t) => f.ipTypes!.includes(t)) : [],
    appraisalLevel: f.appraisalLevels?.length ? doc.appraisalLevel : null,
    verified: f.verified != null ? doc.verified : null,
  };
}

/** The search page's address of a saved search (the web's parameters: web/src/lib/search/state.ts). */
export function searchPath(c: SearchCriteria): string {
  const p = new URLSearchParams();
  const f = c.filters;
  if (c.query) p.set('q', c.query);
  for (const kind of c.kinds) p.append('kind', kind);
  for (const field of f.fieldCodes ?? []) p.append('field', field);
  if (f.trlMin != null) p.set('trlMin', String(f.trlMin));
  if (f.trlMax != null) p.set('trlMax', String(f.trlMax));
  for (const price of f.priceBands ?? []) p.append('price', price);
  for (const commune of f.communes ?? []) p.append('commune', commune);
  for (const ip of f.ipTypes ?? []) p.append('ip', ip);
  for (const level of f.appraisalLevels ?? []) p.append('appraisal', level);
  if (f.verified != null) p.set('verified', String(f.verified));
  const query = p.toString();
  return query ? `/search?${query}` : '/search';
}
