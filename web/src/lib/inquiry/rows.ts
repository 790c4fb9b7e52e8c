// What a list of inquiries says about each one beyond its status: whose turn it is. The opening message is the
// requester's, so an inquiry nobody answered waits for the owner side.
import type { InquiryAction, InquirySide, InquiryStatus } from '$lib/graphql/generated';
import { ACTIVE_STATUSES } from './vocabulary';

export type Awaiting = 'nda' | 'answer' | null;

interface RowFacts {
  status: InquiryStatus;
  mySide?: InquirySide | null;
  actions: readonly InquiryAction[];
  /** The thread's newest message (its first page of one), if any. */
  latestMessage: { nodes: readonly { side: InquirySide }[] };
}

export function lastSide(row: Pick<RowFacts, 'latestMessage'>): InquirySide {
  return row.latestMessage.nodes.at(-1)?.side ?? 'REQUESTER';
}

/** What the caller's side owes: its NDA acceptance first, then an answer to the other side's last message. */
export function awaiting(row: RowFacts): Awaiting {
  if (!row.mySide || !ACTIVE_STATUSES.includes(row.status)) return null;
  if (row.actions.includes('ACCEPT_NDA')) return 'nda';
  return lastSide(row) !== row.mySide ? 'answer' : null;
}
