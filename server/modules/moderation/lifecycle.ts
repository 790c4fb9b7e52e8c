// The moderation lifecycle shared by listings and organisation profiles: one table of moves, who makes each,
// and from which states. Every move is applied by a conditional update in one transaction with its audit event
// and outbox row, so two people acting at once cannot both win.
import type { ModerationStatus } from '../../generated/prisma/enums.ts';
import { message, type Locale } from '../../i18n/messages.ts';
import type { InputError } from '../../lib/validation.ts';

export type Move =
  | 'submit'
  | 'withdraw'
  | 'approve'
  | 'requestChanges'
  | 'reject'
  | 'archive'
  | 'unpublish'
  | 'expire'
  | 'renew';

export type Mover = 'member' | 'moderator' | 'system';

interface Rule {
  from: readonly ModerationStatus[];
  to: ModerationStatus;
  by: Mover;
}

export const MOVES: Record<Move, Rule> = {
  submit: { from: ['DRAFT', 'CHANGES_REQUESTED', 'UNPUBLISHED', 'ARCHIVED', 'EXPIRED'], to: 'PENDING_REVIEW', by: 'member' },
  withdraw: { from: ['PENDING_REVIEW'], to: 'DRAFT', by: 'member' },
  approve: { from: ['PENDING_REVIEW'], to: 'PUBLISHED', by: 'moderator' },
  requestChanges: { from: ['PENDING_REVIEW'], to: 'CHANGES_REQUESTED', by: 'moderator' },
  reject: { from: ['PENDING_REVIEW'], to: 'REJECTED', by: 'moderator' },
  archive: { from: ['PUBLISHED'], to: 'ARCHIVED', by: 'member' },
  unpublish: { from: ['PUBLISHED'], to: 'UNPUBLISHED', by: 'moderator' },
  expire: { from: ['PUBLISHED'], to: 'EXPIRED', by: 'system' },
  // Renewing unchanged content republishes at once; changed content goes to review instead (the service decides).
  renew: { from: ['PUBLISHED', 'EXPIRED'], to: 'PUBLISHED', by: 'member' },
};

/** States in which members edit the content itself; a published item is edited through a revision. */
export const DIRECTLY_EDITABLE: readonly ModerationStatus[] = ['DRAFT', 'CHANGES_REQUESTED', 'UNPUBLISHED', 'ARCHIVED', 'EXPIRED'];

export function canMove(move: Move, from: ModerationStatus): boolean {
  return MOVES[move].from.includes(from);
}

export const REVIEW_MOVES = { APPROVE: 'approve', REQUEST_CHANGES: 'requestChanges', REJECT: 'reject', UNPUBLISH: 'unpublish' } as const;

/** The answer to a move the item's state does not allow (or that someone else made first). */
export type RefusalCode = 'INVALID_TRANSITION' | 'WITHDRAW_FIRST' | 'ORGANISATION_NOT_PUBLISHED';

export function refusedMove(locale: Locale, code: RefusalCode = 'INVALID_TRANSITION'): InputError {
  return { __typename: 'InputError', code, message: message(locale, code), fieldErrors: [] };
}
