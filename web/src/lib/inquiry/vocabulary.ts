// The closed lists of inquiries and deals, in the order the pages show them (the API's enums, typed by codegen).
import type { DeclineReason, InquiryDirection, InquirySide, InquiryStatus } from '$lib/graphql/generated';
import { DECLINE_REASON_VALUES, INQUIRY_SIDE_VALUES, INQUIRY_STATUS_VALUES } from '$lib/graphql/enums';

export const INQUIRY_STATUSES: readonly InquiryStatus[] = INQUIRY_STATUS_VALUES;
export const ACTIVE_STATUSES: readonly InquiryStatus[] = ['OPEN', 'IN_DISCUSSION', 'NDA_REQUESTED', 'NDA_ACCEPTED'];
export const DECLINE_REASONS: readonly DeclineReason[] = DECLINE_REASON_VALUES;
export const SIDES: readonly InquirySide[] = INQUIRY_SIDE_VALUES;

/** The dictionary key naming a side: a buyer and a seller for an inquiry, a proposer and a requester for a proposal. */
export function sideKey(direction: InquiryDirection, side: InquirySide) {
  return `inquiry.side.${direction}.${side}` as const;
}
