// What the listing page's inquiry box and confidential dossier show (loaded by box.server.ts).
import type { InquiryDirection, InquiryStatus } from '$lib/graphql/generated';

export interface InquiryBoxData {
  listingId: string;
  direction: InquiryDirection;
  /** Visitors are asked to sign in; members of the listing's organisation are sent to their inbox. */
  viewer: 'visitor' | 'member' | 'other';
  canInquire: boolean;
  /** The caller's latest inquiry on the listing, as requester. */
  myInquiry: { id: string; status: InquiryStatus } | null;
  /** The caller's organisations, to send on behalf of. */
  organisations: { id: string; name: string }[];
  /** The listing's organisation (its inbox), for its members. */
  ownerOrganisationId: string | null;
}

export interface DossierData {
  /** Safe HTML rendered by the API from the seller's Markdown. */
  html: string;
  /** Why the reader sees it: their own organisation's, the department's staff, or under an NDA. */
  reason: 'member' | 'staff' | 'nda';
}

export const directionOf = (kind: string): InquiryDirection => (kind === 'TECHNOLOGY_REQUEST' ? 'PROPOSAL' : 'INQUIRY');
