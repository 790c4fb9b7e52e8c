import { LatestListingsDocument } from '$lib/graphql/generated';
import { parseListingKind } from '$lib/listing-kinds';
import { loadFeaturedListings } from '$lib/payments/boxes.server';
import { gql } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  // An unknown ?kind= shows every kind rather than an error: it only ever comes from an edited link.
  const kind = parseListingKind(event.url.searchParams.get('kind'));
  const [{ latestListings }, featured] = await Promise.all([
    gql(event, LatestListingsDocument, { first: 12, kind }),
    loadFeaturedListings(event),
  ]);
  return { kind, listings: latestListings, featured };
};
