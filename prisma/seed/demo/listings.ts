// What a demo listing is, and all of them: the technology offers, equipment offers and technology requests.
import { ListingKind, ModerationStatus, TechnologyLevel } from '../../../server/generated/prisma/enums.ts';
import type { TechnologyOfferDetails, EquipmentOfferDetails, TechnologyRequestDetails } from '../../../server/modules/listing/listing-details.ts';
import type { DemoAccountKey } from './accounts.ts';
import type { DemoOrgKey } from './organisations.ts';
import { EQUIPMENT_OFFERS } from './equipment-offers.ts';
import { TECHNOLOGY_OFFERS } from './technology-offers.ts';
import { TECHNOLOGY_REQUESTS } from './technology-requests.ts';

export type DemoPrice =
  | { type: 'NEGOTIABLE' }
  | { type: 'FIXED'; amount: bigint }
  | { type: 'RANGE'; min: bigint; max: bigint };

interface DemoListingBase {
  /** Lets an IP title point at the listing. */
  key?: string;
  status: ModerationStatus;
  org: DemoOrgKey;
  createdBy?: DemoAccountKey;
  titleVi: string;
  titleEn?: string;
  summaryVi: string;
  summaryEn?: string;
  descriptionVi?: string;
  descriptionEn?: string;
  fieldCode: string;
  /** Offers only; a request's TRL column is the minimum it asks for (details.minTrl). */
  trl?: number;
  appraisalLevel?: TechnologyLevel;
  keywords: string[];
  /** English keywords; some listings have English versions of their texts, the others show the Vietnamese. */
  keywordsEn?: string[];
  price: DemoPrice;
  commune: string;
  /** Set for listings that have been public (PUBLISHED, ARCHIVED). */
  publishedDaysAgo?: number;
  validForDays?: number;
  /** The moderator's reason, for CHANGES_REQUESTED and REJECTED. */
  moderationNote?: string;
}

export type DemoRequestDetails = Omit<TechnologyRequestDetails, 'responseDeadline'> & { respondWithinDays: number };

export type DemoListing =
  | (DemoListingBase & { kind: typeof ListingKind.TECHNOLOGY_OFFER; details: TechnologyOfferDetails })
  | (DemoListingBase & { kind: typeof ListingKind.EQUIPMENT_OFFER; details: EquipmentOfferDetails })
  | (DemoListingBase & {
      kind: typeof ListingKind.TECHNOLOGY_REQUEST;
      hideOrganisation?: boolean;
      details: DemoRequestDetails;
    });

export const DEMO_LISTINGS: readonly DemoListing[] = [...TECHNOLOGY_OFFERS, ...EQUIPMENT_OFFERS, ...TECHNOLOGY_REQUESTS];
