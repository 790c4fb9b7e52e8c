// The closed lists of inquiries and deals, in the order the pages show them (the API's enums, typed by codegen).
import type { DeclineReason, InquiryDirection, InquirySide, InquiryStatus } from '$lib/graphql/generated';

export const INQUIRY_STATUSES: readonly InquiryStatus[] = [
  'OPEN',
  'IN_DISCUSSION',
  'NDA_REQUESTED',
  'NDA_ACCEPTED',
  'AGREED',
  'DECLINED',
  'WITHDRAWN',
];
export const ACTIVE_STATUSES: readonly InquiryStatus[] = ['OPEN', 'IN_DISCUSSION', 'NDA_REQUESTED', 'NDA_ACCEPTED'];
export const DECLINE_REASONS: readonly DeclineReason[] = ['TOO_EARLY', 'PRICE', 'NOT_A_FIT', 'IP_UNCLEAR', 'OTHER'];
export const SIDES: readonly InquirySide[] = ['REQUESTER', 'OWNER'];

/** The dictionary key naming a side: a buyer and a seller for an inquiry, a proposer and a requester for a proposal. */
export function sideKey(direction: InquiryDirection, side: InquirySide) {
  return `inquiry.side.${direction}.${side}` as const;
}
