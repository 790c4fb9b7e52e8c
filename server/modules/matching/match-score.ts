// The matching rule: why a technology request and an offer fit, and how well (0..1). Pure, so it is tested alone;
// the service feeds it what the repository read and what the search engine said about the request's own words.
// The score is a weighted sum of the reasons, so it stays explainable: each reason on the page is part of it.
import type { MatchReason } from './match-reasons.ts';

/** What matching reads of a listing (either side). */
export interface MatchFacts {
  id: string;
  kind: 'TECHNOLOGY_OFFER' | 'EQUIPMENT_OFFER' | 'TECHNOLOGY_REQUEST';
  organisationId: string;
  fieldCode: string | null;
  /** The field's parent in the classification (null for a top-level field). */
  fieldParent: string | null;
  trl: number | null;
  /** Lower bound of an offer's price (a fixed price's amount); null when negotiable. */
  priceVnd: number | null;
  commune: string | null;
  province: string;
  /** Keywords in both languages, as written. */
  keywords: string[];
  // Offer side (details): what it provides.
  transferForms: string[];
  transferModes: string[];
  // Request side (details): what it wants.
  minTrl: number | null;
  budgetMaxVnd: number | null;
  preferredForms: string[];
  preferredModes: string[];
}

export const WEIGHTS = {
  sameField: 0.25,
  sameGroup: 0.1,
  /** Reached with three shared keywords; fewer count in proportion. */
  keywords: 0.25,
  /** Times the engine's text score (0..1). */
  text: 0.2,
  trl: 0.1,
  price: 0.08,
  transferForm: 0.04,
  transferMode: 0.04,
  commune: 0.04,
  province: 0.02,
} as const;

/** Below this the engine's text score says little about the pair (a word or two of a long request in common). */
export const MIN_TEXT_SCORE = 0.25;
/** A pair scoring less is not a match at all. */
export const MIN_MATCH_SCORE = 0.3;

export interface ScoredMatch {
  score: number;
  reasons: MatchReason[];
}

const fold = (s: string) => s.trim().toLocaleLowerCase('vi');

type FieldReason = Extract<MatchReason, { kind: 'field' }>;

function fieldReason(request: MatchFacts, offer: MatchFacts): FieldReason | null {
  const [r, o] = [request.fieldCode, offer.fieldCode];
  if (!r || !o) return null;
  // A sub-field of the wanted field (or the wanted one's parent field) is the same field to a buyer.
  if (r === o || offer.fieldParent === r) return { kind: 'field', fieldCode: r, same: 'field' };
  if (request.fieldParent === o) return { kind: 'field', fieldCode: o, same: 'field' };
  if (request.fieldParent && request.fieldParent === offer.fieldParent) return { kind: 'field', fieldCode: request.fieldParent, same: 'group' };
  return null;
}

function sharedKeywords(a: readonly string[], b: readonly string[]): string[] {
  const other = new Set(b.map(fold));
  return [...new Set(a.map(fold))].filter((k) => k && other.has(k));
}

const overlap = (wanted: readonly string[], provided: readonly string[]) => wanted.filter((w) => provided.includes(w));

/**
 * Why `offer` could answer `request`, or null when it could not: a pair must share something about its subject (the
 * same field, a keyword, or text the engine found relevant), and a technology below the request's minimum TRL is
 * out. `textScore` is the engine's score (0..1) of the offer for the request's own words, null when it did not find it.
 */
export function scoreMatch(request: MatchFacts, offer: MatchFacts, textScore: number | null): ScoredMatch | null {
  if (request.organisationId === offer.organisationId) return null;
  const technology = offer.kind === 'TECHNOLOGY_OFFER';
  // Equipment has no TRL: the request's minimum does not apply to it.
  if (technology && request.minTrl !== null && offer.trl !== null && offer.trl < request.minTrl) return null;

  const reasons: MatchReason[] = [];
  let score = 0;
  const field = fieldReason(request, offer);
  if (field) {
    reasons.push(field);
    score += field.same === 'field' ? WEIGHTS.sameField : WEIGHTS.sameGroup;
  }
  const shared = sharedKeywords(request.keywords, offer.keywords);
  if (shared.length) {
    reasons.push({ kind: 'keywords', shared });
    score += (WEIGHTS.keywords * Math.min(shared.length, 3)) / 3;
  }
  const text = textScore !== null && textScore >= MIN_TEXT_SCORE ? Math.min(1, textScore) : null;
  if (text !== null) {
    reasons.push({ kind: 'text', score: Math.round(text * 100) / 100 });
    score += WEIGHTS.text * text;
  }
  const topical = field?.same === 'field' || shared.length > 0 || text !== null;
  if (!topical) return null;

  if (technology && request.minTrl !== null && offer.trl !== null) {
    reasons.push({ kind: 'trl', offerTrl: offer.trl, minTrl: request.minTrl });
    score += WEIGHTS.trl;
  }
  if (offer.priceVnd !== null && request.budgetMaxVnd !== null && offer.priceVnd <= request.budgetMaxVnd) {
    reasons.push({ kind: 'price', priceVnd: offer.priceVnd, budgetMaxVnd: request.budgetMaxVnd });
    score += WEIGHTS.price;
  }
  const forms = overlap(request.preferredForms, offer.transferForms);
  if (forms.length) {
    reasons.push({ kind: 'transferForm', forms });
    score += WEIGHTS.transferForm;
  }
  const modes = overlap(request.preferredModes, offer.transferModes);
  if (modes.length) {
    reasons.push({ kind: 'transferMode', modes });
    score += WEIGHTS.transferMode;
  }
  if (request.commune && request.commune === offer.commune) {
    reasons.push({ kind: 'place', same: 'commune', name: request.commune });
    score += WEIGHTS.commune;
  } else if (request.province === offer.province) {
    reasons.push({ kind: 'place', same: 'province', name: request.province });
    score += WEIGHTS.province;
  }
  score = Math.round(Math.min(1, score) * 1000) / 1000;
  return score >= MIN_MATCH_SCORE ? { score, reasons } : null;
}
