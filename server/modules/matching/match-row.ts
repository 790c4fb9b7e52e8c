import type { MatchReason } from './match-reasons.ts';

/** A ListingMatch as the API resolves it (prisma's row with its reasons typed). */
export interface ListingMatchRow {
  id: string;
  requestId: string;
  offerId: string;
  score: number;
  reasons: MatchReason[];
  firstShownAt: Date | null;
  notifiedAt: Date | null;
  createdAt: Date;
}
