// The inquiry lifecycle: one table of moves, which side makes each (per direction), from which states and to which.
// A move by someone who is not on an allowed side is FORBIDDEN; a move the state does not allow (or that the other
// side made first) is INVALID_TRANSITION, and then nothing changes. Every move is applied by a conditional update
// (`status in from`) in one transaction with its audit event and notifications.
import type { InquiryDirection, InquirySide, InquiryStatus } from '../../generated/prisma/enums.ts';

export type InquiryMove = 'reply' | 'discuss' | 'requestNda' | 'acceptNda' | 'ndaAccepted' | 'decline' | 'withdraw' | 'agree';

interface Rule {
  from: readonly InquiryStatus[];
  /** null: the state stays as it is. */
  to: InquiryStatus | null;
  by: Record<InquiryDirection, readonly InquirySide[]>;
}

export const ACTIVE: readonly InquiryStatus[] = ['OPEN', 'IN_DISCUSSION', 'NDA_REQUESTED', 'NDA_ACCEPTED'];
export const FINAL: readonly InquiryStatus[] = ['AGREED', 'DECLINED', 'WITHDRAWN'];

const EITHER = { INQUIRY: ['REQUESTER', 'OWNER'], PROPOSAL: ['REQUESTER', 'OWNER'] } as const;
const OWNER = { INQUIRY: ['OWNER'], PROPOSAL: ['OWNER'] } as const;
const REQUESTER = { INQUIRY: ['REQUESTER'], PROPOSAL: ['REQUESTER'] } as const;

export const MOVES: Record<InquiryMove, Rule> = {
  // A message from either side while the inquiry is alive…
  reply: { from: ACTIVE, to: null, by: EITHER },
  // …except the owner side's first answer, which opens the discussion.
  discuss: { from: ['OPEN'], to: 'IN_DISCUSSION', by: OWNER },
  requestNda: { from: ['IN_DISCUSSION'], to: 'NDA_REQUESTED', by: EITHER },
  // Each side accepts the NDA version asked for; the second acceptance moves the inquiry on (`ndaAccepted`).
  acceptNda: { from: ['NDA_REQUESTED'], to: null, by: EITHER },
  ndaAccepted: { from: ['NDA_REQUESTED'], to: 'NDA_ACCEPTED', by: EITHER },
  // The side that receives the approach declines it; a proposer may also turn down the request it answered.
  decline: { from: ACTIVE, to: 'DECLINED', by: { INQUIRY: ['OWNER'], PROPOSAL: ['OWNER', 'REQUESTER'] } },
  withdraw: { from: ACTIVE, to: 'WITHDRAWN', by: REQUESTER },
  // Agreeing is recording the deal (recordDeal), by the listing's organisation.
  agree: { from: ['IN_DISCUSSION', 'NDA_ACCEPTED'], to: 'AGREED', by: OWNER },
};

export function mayMove(move: InquiryMove, direction: InquiryDirection, side: InquirySide): boolean {
  return MOVES[move].by[direction].includes(side);
}

export function canMove(move: InquiryMove, from: InquiryStatus): boolean {
  return MOVES[move].from.includes(from);
}

/** The moves a person on `side` can make now, for the web's buttons (acceptNda also needs their side not to have accepted). */
export function availableMoves(direction: InquiryDirection, status: InquiryStatus, side: InquirySide): InquiryMove[] {
  const visible: InquiryMove[] = ['reply', 'requestNda', 'acceptNda', 'decline', 'withdraw', 'agree'];
  return visible.filter((m) => mayMove(m, direction, side) && canMove(m, status));
}
