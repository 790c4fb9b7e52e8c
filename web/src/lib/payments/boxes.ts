// What the payment boxes on shared pages show (loaded by boxes.server.ts).
import type { PaymentsConfigFieldsFragment } from '$lib/graphql/generated';

export interface DepositBoxData {
  listingId: string;
  amountVnd: number;
  config: PaymentsConfigFieldsFragment;
  /** Until when another buyer's (or the caller's) deposit holds the equipment; null when it is free. */
  reservedUntil: string | null;
  /** The caller's own deposit holding it, to link to. */
  ownReservationId: string | null;
}

export interface FeatureBoxData {
  listingId: string;
  config: PaymentsConfigFieldsFragment;
  featuredUntil: string | null;
}
