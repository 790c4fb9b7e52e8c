// The matches page's address: its filters (plain GET, so each filtered view has its own address and works without
// JavaScript) and the listing a form field names (an id, a slug or a whole listing address pasted from the site).
import type { ListingKind } from '$lib/graphql/generated';
import { parseListingKind } from '$lib/listing-kinds';

/** As server/modules/matching/match-reasons.ts: the kinds a match reason has. */
export const MATCH_REASON_KINDS = ['field', 'trl', 'price', 'transferForm', 'transferMode', 'place', 'keywords', 'text'] as const;
export type MatchReasonKind = (typeof MATCH_REASON_KINDS)[number];

export const OFFER_KINDS: readonly ListingKind[] = ['TECHNOLOGY_OFFER', 'EQUIPMENT_OFFER'];

export interface MatchFilters {
  fieldCode: string | null;
  offerKind: ListingKind | null;
  reason: MatchReasonKind | null;
}

const FIELD_CODE = /^[0-9A-Za-z.\-_]{1,20}$/;

export function parseMatchFilters(params: URLSearchParams): MatchFilters {
  const field = params.get('field')?.trim() ?? '';
  const kind = parseListingKind(params.get('kind'));
  return {
    fieldCode: FIELD_CODE.test(field) ? field : null,
    offerKind: kind && OFFER_KINDS.includes(kind) ? kind : null,
    reason: MATCH_REASON_KINDS.find((r) => r === params.get('reason')) ?? null,
  };
}

export function hasMatchFilters(f: MatchFilters): boolean {
  return f.fieldCode !== null || f.offerKind !== null || f.reason !== null;
}

/** `https://…/en/listings/may-say?x=1` → `may-say`; an id or a slug stays as typed (trimmed). */
export function listingRef(value: string): string {
  const trimmed = value.trim();
  if (!trimmed.includes('/')) return trimmed;
  const path = trimmed.split(/[?#]/)[0]!;
  return path.split('/').filter(Boolean).at(-1) ?? '';
}
