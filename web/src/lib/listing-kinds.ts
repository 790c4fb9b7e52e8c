import { LISTING_KIND_VALUES } from '$lib/graphql/enums';
import type { ListingKind } from '$lib/graphql/generated';

export const LISTING_KINDS: readonly ListingKind[] = LISTING_KIND_VALUES;

export function parseListingKind(value: string | null): ListingKind | null {
  return LISTING_KINDS.find((kind) => kind === value) ?? null;
}
