// What the payment boxes on shared pages need beyond what those pages load themselves: the deposit box of a public
// equipment offer, the featured box of a workspace listing and the home page's featured listings. Each is one
// GraphQL call, made only when the box can show.
import type { RequestEvent } from '@sveltejs/kit';
import {
  FeaturedListingsDocument,
  ListingDepositDocument,
  ListingFeatureDocument,
  type ListingKind,
  type ModerationStatus,
  type PriceType,
} from '$lib/graphql/generated';
import { gql } from '$lib/server/api';
import type { DepositBoxData, FeatureBoxData } from './boxes';

type Event = Pick<RequestEvent, 'cookies' | 'request' | 'getClientAddress' | 'locals'>;

interface ListingFacts {
  id: string;
  kind: ListingKind;
  status: ModerationStatus;
  price: { type: PriceType };
}

const future = (iso: string | null | undefined, now = Date.now()) => (iso && Date.parse(iso) > now ? iso : null);

/** A published fixed-price equipment offer takes deposits, except from its own organisation's members. */
export async function loadDepositBox(event: Event, listing: ListingFacts): Promise<DepositBoxData | null> {
  if (listing.status !== 'PUBLISHED' || listing.kind !== 'EQUIPMENT_OFFER' || listing.price.type !== 'FIXED') return null;
  const { listingById, paymentsConfig } = await gql(event, ListingDepositDocument, { id: listing.id });
  if (!listingById || listingById.depositVnd == null || listingById.canEdit) return null;
  const reservation = listingById.activeReservation;
  return {
    listingId: listing.id,
    amountVnd: listingById.depositVnd,
    config: paymentsConfig,
    reservedUntil: future(listingById.reservedUntil ?? reservation?.endsAt),
    ownReservationId: reservation?.isPayer ? reservation.id : null,
  };
}

/** Only a published listing can be featured. */
export async function loadFeatureBox(event: Event, listing: Pick<ListingFacts, 'id' | 'status'>): Promise<FeatureBoxData | null> {
  if (listing.status !== 'PUBLISHED') return null;
  const { listingById, paymentsConfig } = await gql(event, ListingFeatureDocument, { id: listing.id });
  if (!listingById) return null;
  return { listingId: listing.id, config: paymentsConfig, featuredUntil: future(listingById.featuredUntil) };
}

export async function loadFeaturedListings(event: Event, first = 6) {
  return (await gql(event, FeaturedListingsDocument, { first })).featuredListings;
}
