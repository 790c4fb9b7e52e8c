// The moderation workflow of everything the department reviews before it is public (listings, organisation
// profiles, and any moderated type that plugs in with an adapter, see workflow.service.ts): one table of moves,
// from which states, to which, and who makes each. A published item is edited through a revision (an edit reviewed
// while the published version stays visible), so a state is the item's status and, once published, the status of
// its open edit. A move by someone outside `by` is FORBIDDEN; a move the state does not allow (or that someone else
// made first) is a typed refusal, and then nothing changes.
import type { ModerationStatus, RevisionStatus } from '../../generated/prisma/enums.ts';
import { message, type Locale } from '../../i18n/messages.ts';
import type { InputError } from '../../lib/validation.ts';

export type Move =
  | 'update'
  | 'submit'
  | 'withdraw'
  | 'approve'
  | 'requestChanges'
  | 'reject'
  | 'archive'
  | 'unpublish'
  | 'expire'
  | 'renew'
  // The same moves on the open edit of a published item.
  | 'revise'
  | 'submitEdit'
  | 'withdrawEdit'
  | 'approveEdit'
  | 'requestEditChanges'
  | 'rejectEdit';

/** Who makes a move: the members who manage the item (which members, the type says), the department, the clock. */
export type Mover = 'member' | 'moderator' | 'system';

/** The open edit's status (null: no open edit); only a published item has one. */
export type EditStatus = 'DRAFT' | 'PENDING_REVIEW' | 'CHANGES_REQUESTED' | null;

export interface ItemState {
  status: ModerationStatus;
  edit: EditStatus;
}

interface Rule {
  from: readonly ModerationStatus[];
  /** The open edit's states the move starts from (any when absent). */
  edit?: readonly EditStatus[];
  /** The item's status after the move; null: it stays (the move changes the content or the edit). */
  to: ModerationStatus | null;
  /** The edit's status after the move, for moves on the edit. */
  editTo?: RevisionStatus;
  by: readonly Mover[];
}

const MEMBER = ['member'] as const;
const DEPARTMENT = ['moderator'] as const;
/** States in which members edit the content itself; a published item is edited through a revision. */
export const DIRECTLY_EDITABLE: readonly ModerationStatus[] = ['DRAFT', 'CHANGES_REQUESTED', 'UNPUBLISHED', 'ARCHIVED', 'EXPIRED'];
const EDIT_OPEN_TO_MEMBERS: readonly EditStatus[] = [null, 'DRAFT', 'CHANGES_REQUESTED'];
const EDIT_UNDER_REVIEW: readonly EditStatus[] = ['PENDING_REVIEW'];

export const MOVES: Record<Move, Rule> = {
  update: { from: DIRECTLY_EDITABLE, to: null, by: MEMBER },
  submit: { from: DIRECTLY_EDITABLE, to: 'PENDING_REVIEW', by: MEMBER },
  withdraw: { from: ['PENDING_REVIEW'], to: 'DRAFT', by: MEMBER },
  approve: { from: ['PENDING_REVIEW'], to: 'PUBLISHED', by: DEPARTMENT },
  requestChanges: { from: ['PENDING_REVIEW'], to: 'CHANGES_REQUESTED', by: DEPARTMENT },
  reject: { from: ['PENDING_REVIEW'], to: 'REJECTED', by: DEPARTMENT },
  // Not while an edit is under review: the owner takes the edit back first.
  archive: { from: ['PUBLISHED'], edit: EDIT_OPEN_TO_MEMBERS, to: 'ARCHIVED', by: MEMBER },
  unpublish: { from: ['PUBLISHED'], to: 'UNPUBLISHED', by: DEPARTMENT },
  expire: { from: ['PUBLISHED'], to: 'EXPIRED', by: ['system'] },
  // Renewing unchanged content republishes at once; changed content is submitted instead (the service decides).
  renew: { from: ['PUBLISHED', 'EXPIRED'], to: 'PUBLISHED', by: MEMBER },
  revise: { from: ['PUBLISHED'], edit: EDIT_OPEN_TO_MEMBERS, to: null, editTo: 'DRAFT', by: MEMBER },
  submitEdit: { from: ['PUBLISHED'], edit: ['DRAFT', 'CHANGES_REQUESTED'], to: null, editTo: 'PENDING_REVIEW', by: MEMBER },
  withdrawEdit: { from: ['PUBLISHED'], edit: EDIT_UNDER_REVIEW, to: null, editTo: 'DRAFT', by: MEMBER },
  approveEdit: { from: ['PUBLISHED'], edit: EDIT_UNDER_REVIEW, to: null, editTo: 'APPROVED', by: DEPARTMENT },
  requestEditChanges: { from: ['PUBLISHED'], edit: EDIT_UNDER_REVIEW, to: null, editTo: 'CHANGES_REQUESTED', by: DEPARTMENT },
  rejectEdit: { from: ['PUBLISHED'], edit: EDIT_UNDER_REVIEW, to: null, editTo: 'REJECTED', by: DEPARTMENT },
};

/** What the API calls each move (an item's move and the same move on its edit are one action for the caller). */
export const ACTION_OF = {
  update: 'EDIT', revise: 'EDIT', submit: 'SUBMIT', submitEdit: 'SUBMIT', withdraw: 'WITHDRAW', withdrawEdit: 'WITHDRAW',
  approve: 'APPROVE', approveEdit: 'APPROVE', requestChanges: 'REQUEST_CHANGES', requestEditChanges: 'REQUEST_CHANGES',
  reject: 'REJECT', rejectEdit: 'REJECT', archive: 'ARCHIVE', unpublish: 'UNPUBLISH', renew: 'RENEW', expire: null,
} as const satisfies Record<Move, string | null>;

export type WorkflowAction = NonNullable<(typeof ACTION_OF)[Move]>;

/** The moves that go by one name for the caller: an item's move, then the same move on its edit. */
export const ACTION_MOVES: Record<WorkflowAction, readonly Move[]> = {
  EDIT: ['update', 'revise'],
  SUBMIT: ['submit', 'submitEdit'],
  WITHDRAW: ['withdraw', 'withdrawEdit'],
  APPROVE: ['approve', 'approveEdit'],
  REQUEST_CHANGES: ['requestChanges', 'requestEditChanges'],
  REJECT: ['reject', 'rejectEdit'],
  ARCHIVE: ['archive'],
  UNPUBLISH: ['unpublish'],
  RENEW: ['renew'],
};

/** The edit's state only counts on a published item (leaving the public view closes any edit). */
export function stateOf(status: ModerationStatus, edit: RevisionStatus | null | undefined): ItemState {
  const open = status === 'PUBLISHED' && (edit === 'DRAFT' || edit === 'PENDING_REVIEW' || edit === 'CHANGES_REQUESTED');
  return { status, edit: open ? edit : null };
}

export function canMove(move: Move, state: ItemState): boolean {
  const rule = MOVES[move];
  return rule.from.includes(state.status) && (!rule.edit || rule.edit.includes(state.edit));
}

export function mayMove(move: Move, movers: ReadonlySet<Mover>): boolean {
  return MOVES[move].by.some((m) => movers.has(m));
}

/** Which of the action's moves the state allows, among the moves a type has (null: none). */
export function moveFor(action: WorkflowAction, state: ItemState, moves: readonly Move[]): Move | null {
  return ACTION_MOVES[action].find((m) => moves.includes(m) && canMove(m, state)) ?? null;
}

/** The actions the caller can take now, in the table's order: what the web shows as buttons and forms. */
export function availableActions(state: ItemState, movers: ReadonlySet<Mover>, moves: readonly Move[]): WorkflowAction[] {
  return (Object.keys(ACTION_MOVES) as WorkflowAction[]).filter((action) => {
    const move = moveFor(action, state, moves);
    return move !== null && mayMove(move, movers);
  });
}

/** The answer to a move the item's state does not allow (or that someone else made first). */
export type RefusalCode = 'INVALID_TRANSITION' | 'WITHDRAW_FIRST' | 'ORGANISATION_NOT_PUBLISHED';

export function refusedMove(locale: Locale, code: RefusalCode = 'INVALID_TRANSITION'): InputError {
  return { __typename: 'InputError', code, message: message(locale, code), fieldErrors: [] };
}
