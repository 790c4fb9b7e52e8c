// Why a technology request and an offer were matched, without words: pages, e-mails and the department's figures
// say each reason in the reader's language ("same field: food technology · TRL 7 ≥ 6 · price within budget ·
// 3 shared keywords"). Stored as JSON on ListingMatch.reasons; the department's conversion by match reason groups by
// `kind`.
export const MATCH_REASON_KINDS = ['field', 'trl', 'price', 'transferForm', 'transferMode', 'place', 'keywords', 'text'] as const;
export type MatchReasonKind = (typeof MATCH_REASON_KINDS)[number];

export type MatchReason =
  /** The same field of science (`same: 'field'`) or the same top-level group (`same: 'group'`). */
  | { kind: 'field'; fieldCode: string; same: 'field' | 'group' }
  /** The offer's TRL meets the request's minimum. */
  | { kind: 'trl'; offerTrl: number; minTrl: number }
  /** The offer's price (or its lower bound) is within the request's budget; negotiable prices do not count. */
  | { kind: 'price'; priceVnd: number; budgetMaxVnd: number }
  /** Transfer forms the request prefers and the offer provides (TRANSFER_FORMS codes). */
  | { kind: 'transferForm'; forms: string[] }
  /** Transfer modes the request prefers and the offer provides (TRANSFER_MODES codes). */
  | { kind: 'transferMode'; modes: string[] }
  /** Both in the same commune, or the same province. */
  | { kind: 'place'; same: 'commune' | 'province'; name: string }
  /** Keywords both listings carry (as written, lower-cased). */
  | { kind: 'keywords'; shared: string[] }
  /** The search engine found the offer for the request's own words; `score` in 0..1. */
  | { kind: 'text'; score: number };
