import type { ListingKind } from '$lib/graphql/generated';

export const LISTING_KINDS: readonly ListingKind[] = ['TECHNOLOGY_OFFER', 'EQUIPMENT_OFFER', 'TECHNOLOGY_REQUEST'];

export function parseListingKind(value: string | null): ListingKind | null {
  return LISTING_KINDS.find((kind) => kind === value) ?? null;
}
