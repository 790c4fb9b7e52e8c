// The one moderation workflow, parametrised by the moderated type: who may make each move (the table's `by`),
// whether the state allows it, and the move itself in one transaction with its revision, decision, audit event,
// notification and search-outbox row. A type plugs in with a small adapter (`Moderated`): how to read and write
// its rows and content; the rules stay in workflow.ts.
import type { MembershipRole, ModerationStatus } from '../../generated/prisma/enums.ts';
import type { Tx } from '../../lib/prisma.ts';
import { DomainError } from '../../lib/domain-error.ts';
import { auditActor, isPlatform, type AuditActor, type RequestContext } from '../../lib/request-context.ts';
import { fieldError, inputError, requireId, type InputError } from '../../lib/validation.ts';
import type { UserRow } from '../account/account.repository.ts';
import { isStaff, requireUser } from '../access.ts';
import { organisationMemberIds } from '../notification/notification.repository.ts';
import type { NotificationType } from '../notification/notification-types.ts';
import { notify } from '../notification/notify.ts';
import type { EntityType } from './moderation.repository.ts';
import { validateReview, type Review } from './review.validation.ts';
import {
  ACTION_MOVES,
  availableActions,
  canMove,
  DIRECTLY_EDITABLE,
  MOVES,
  mayMove,
  moveFor,
  refusedMove,
  stateOf,
  type ItemState,
  type Move,
  type Mover,
  type RefusalCode,
  type WorkflowAction,
} from './workflow.ts';
import type { RevisionRow, WorkflowRepository } from './workflow.repository.ts';

export interface ModeratedRow {
  id: string;
  status: ModerationStatus;
  publishedAt: Date | null;
}

/** What a moderated type gives the workflow. */
export interface Moderated<Row extends ModeratedRow, Content> {
  readonly type: EntityType;
  /** The moves of the table this type has. */
  readonly moves: readonly Move[];
  /** The members of the owning organisation who manage the item (the table's `member`). */
  readonly managers: readonly MembershipRole[];
  /** Saving an edit of published content sends it to review at once (no separate submission). */
  readonly submitEditOnSave?: boolean;
  /** The organisation whose members manage the item. */
  organisationOf(row: Row): string;
  find(id: string): Promise<Row | null>;
  contentOf(row: Row): Promise<Content>;
  /** What an edit changes, field by field (recorded in the audit trail). */
  changes(before: Content, after: Content): unknown[];
  /** What the content still needs before it can be submitted. */
  missing(row: Row, content: Content): string[];
  /** A row the workflow does not apply to, with the refusal its members get (a person's requester profile). */
  outside?(ctx: RequestContext, row: Row): InputError | null;
  /** A type's own objection to a move the table allows (null: none). */
  objection?(ctx: RequestContext, row: Row, move: Move): Promise<InputError | null>;
  /** Columns a move writes besides its status (publication stamps). */
  stamps?(move: Move, row: Row): Promise<Record<string, unknown>>;
  /** The notice the managing organisation's members get of a decision (content: the edit decided on). */
  notice(row: Row, content: Content | null): { type: NotificationType; data: Record<string, unknown>; link: string };
  /** The writes, each in the move's transaction. */
  store: {
    /** Moves the row if it is still in one of `from`; null when someone else moved it first. */
    changeStatus(tx: Tx, id: string, from: readonly ModerationStatus[], data: Record<string, unknown>): Promise<Row | null>;
    /** Saves content in place if the row is still in one of `editable`; null otherwise. */
    saveContent(tx: Tx, id: string, editable: readonly ModerationStatus[], content: Content, columns?: Record<string, unknown>): Promise<Row | null>;
    /** Writes an approved edit over the published content. */
    applyContent(tx: Tx, row: Row, content: Content): Promise<void>;
    reload(tx: Tx, id: string): Promise<Row>;
  };
}

/** Who is a member of which organisation, with which role. */
export interface Memberships {
  rolesOf(userId: string, organisationIds: readonly string[]): Promise<Map<string, MembershipRole>>;
}

export interface Loaded<Row> {
  user: UserRow;
  row: Row;
  state: ItemState;
  /** The open edit of a published row. */
  open: RevisionRow | null;
}

type Change<Content> = (content: Content) => Promise<{ ok: true; data: Content } | { ok: false; error: InputError }>;

export interface EditOptions {
  /** The audit action of an edit saved in place (its edit of a published item is `<type>.revise`). */
  action: string;
  /** Extra audit data of an edit saved in place. */
  data?: Record<string, unknown>;
  /** Extra columns written with content saved in place. */
  columns?: Record<string, unknown>;
  /** Runs in the transaction of an edit of published content (or alone when the edit changes nothing). */
  also?: (tx: Tx) => Promise<void>;
}

const DECISION_MOVES = { APPROVE: 'APPROVE', REQUEST_CHANGES: 'REQUEST_CHANGES', REJECT: 'REJECT', UNPUBLISH: 'UNPUBLISH' } as const;

export class WorkflowService {
  constructor(
    private readonly repo: WorkflowRepository,
    private readonly memberships: Memberships,
  ) {}

  // ── reading ────────────────────────────────────────────────────────────────────────────────────────────────

  /** Each row's movers for the caller: the department, and the managing members (none for strangers). */
  async moversOf<Row extends ModeratedRow>(ctx: RequestContext, t: Moderated<Row, unknown>, rows: readonly Row[]): Promise<Set<Mover>[]> {
    const roles = ctx.user && rows.length ? await this.memberships.rolesOf(ctx.user.id, [...new Set(rows.map((r) => t.organisationOf(r)))]) : new Map();
    return rows.map((row) => {
      const movers = new Set<Mover>();
      if (isStaff(ctx)) movers.add('moderator');
      const role = roles.get(t.organisationOf(row));
      if (role && t.managers.includes(role)) movers.add('member');
      return movers;
    });
  }

  /** What the caller can do with each row now, from the one table; a fixed number of queries for any number. */
  async actionsOf<Row extends ModeratedRow>(ctx: RequestContext, t: Moderated<Row, unknown>, rows: readonly Row[]): Promise<WorkflowAction[][]> {
    const movers = await this.moversOf(ctx, t, rows);
    const published = rows.filter((r, i) => r.status === 'PUBLISHED' && movers[i].size > 0).map((r) => r.id);
    const revisions = published.length ? await this.repo.openRevisions(t.type, published) : [];
    return rows.map((row, i) => {
      if (movers[i].size === 0 || t.outside?.(ctx, row)) return [];
      const edit = revisions.find((r) => r.entityId === row.id)?.status;
      return availableActions(stateOf(row.status, edit), movers[i], t.moves);
    });
  }

  openRevisions(type: EntityType, ids: readonly string[]): Promise<RevisionRow[]> {
    return ids.length ? this.repo.openRevisions(type, ids) : Promise.resolve([]);
  }

  // ── who may act ────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * The row for a caller who may make the action's moves by the table's `by` (FORBIDDEN otherwise, before any
   * state is looked at, so a refused caller learns nothing of it), with its state.
   */
  async load<Row extends ModeratedRow>(ctx: RequestContext, t: Moderated<Row, unknown>, action: WorkflowAction, id: string): Promise<Loaded<Row>> {
    const user = requireUser(ctx);
    const by = new Set(ACTION_MOVES[action].flatMap((m) => MOVES[m].by));
    // The department's moves need no row to know the caller may not make them.
    if (!by.has('member') && !isStaff(ctx)) throw new DomainError('FORBIDDEN');
    const row = await t.find(requireId(id));
    if (!row) throw new DomainError('NOT_FOUND');
    const [movers] = await this.moversOf(ctx, t, [row]);
    if (!ACTION_MOVES[action].some((m) => mayMove(m, movers))) throw new DomainError('FORBIDDEN');
    const open = row.status === 'PUBLISHED' ? await this.repo.openRevision(t.type, row.id) : null;
    return { user, row, open, state: stateOf(row.status, open?.status) };
  }

  // ── the members' moves ─────────────────────────────────────────────────────────────────────────────────────

  /**
   * Changes content: in place while the item is not public, through its open edit once it is (the published
   * version stays until the department approves the edit). A published item's edit under review is withdrawn first.
   */
  async edit<Row extends ModeratedRow, Content>(ctx: RequestContext, t: Moderated<Row, Content>, item: Loaded<Row>, change: Change<Content>, opts: EditOptions): Promise<Row | InputError> {
    const { row, open, user } = item;
    const outside = t.outside?.(ctx, row);
    if (outside) return outside;
    if (canMove('revise', item.state) && t.moves.includes('revise')) {
      const base = open ? (open.content as unknown as Content) : await t.contentOf(row);
      const next = await change(base);
      if (!next.ok) return next.error;
      const changes = t.changes(base, next.data);
      const submit = t.submitEditOnSave === true;
      // Nothing to review; a withdrawn edit saved again under submitEditOnSave still goes back to review.
      if (changes.length === 0 && !(submit && open)) {
        return opts.also ? this.repo.transaction(async (tx) => (await opts.also!(tx), t.store.reload(tx, row.id))) : row;
      }
      return this.repo.transaction(async (tx) => {
        const revision = changes.length
          ? await this.repo.saveRevision(tx, t.type, row.id, open?.id ?? null, next.data as unknown as object, user.id)
          : open!;
        if (submit) await this.repo.changeRevisionStatus(tx, revision.id, ['DRAFT', 'CHANGES_REQUESTED'], 'PENDING_REVIEW');
        await this.repo.record(tx, { actorId: user.id, action: `${t.type}.revise`, entityType: t.type, entityId: row.id, data: { changes } });
        await opts.also?.(tx);
        return t.store.reload(tx, row.id);
      });
    }
    if (item.state.edit === 'PENDING_REVIEW') return this.refused(ctx, 'WITHDRAW_FIRST');
    if (!canMove('update', item.state)) return this.refused(ctx);
    const before = await t.contentOf(row);
    const next = await change(before);
    if (!next.ok) return next.error;
    const saved = await this.repo.transaction(async (tx) => {
      const done = await t.store.saveContent(tx, row.id, DIRECTLY_EDITABLE, next.data, opts.columns);
      if (done) {
        await this.repo.record(tx, {
          actorId: user.id, action: opts.action, entityType: t.type, entityId: row.id,
          data: { changes: t.changes(before, next.data), ...opts.data },
        });
      }
      return done;
    });
    return saved ?? this.refused(ctx);
  }

  /** Sends a complete item, or the open edit of a published one, to the department. */
  async submit<Row extends ModeratedRow, Content>(ctx: RequestContext, t: Moderated<Row, Content>, id: string): Promise<Row | InputError> {
    return this.act(ctx, t, await this.load(ctx, t, 'SUBMIT', id), 'SUBMIT');
  }

  async withdraw<Row extends ModeratedRow>(ctx: RequestContext, t: Moderated<Row, unknown>, id: string): Promise<Row | InputError> {
    return this.act(ctx, t, await this.load(ctx, t, 'WITHDRAW', id), 'WITHDRAW');
  }

  async archive<Row extends ModeratedRow>(ctx: RequestContext, t: Moderated<Row, unknown>, id: string): Promise<Row | InputError> {
    return this.act(ctx, t, await this.load(ctx, t, 'ARCHIVE', id), 'ARCHIVE');
  }

  // ── the department's moves ─────────────────────────────────────────────────────────────────────────────────

  /** Approves, sends back or rejects an item under review or the edit of a published one; or unpublishes. */
  async review<Row extends ModeratedRow>(ctx: RequestContext, t: Moderated<Row, unknown>, id: string, input: unknown): Promise<Row | InputError> {
    requireUser(ctx);
    if (!isStaff(ctx)) throw new DomainError('FORBIDDEN');
    const v = validateReview(ctx.locale, input);
    if (!v.ok) return v.error;
    const action = DECISION_MOVES[v.data.action];
    return this.act(ctx, t, await this.load(ctx, t, action, id), action, { review: v.data });
  }

  // ── the clock's moves ──────────────────────────────────────────────────────────────────────────────────────

  /** A move of the platform itself (no caller); false when the row is no longer where the move starts. */
  async system<Row extends ModeratedRow>(ctx: RequestContext, t: Moderated<Row, unknown>, row: Row, move: Move): Promise<boolean> {
    if (!MOVES[move].by.includes('system') || !isPlatform(ctx)) throw new Error(`${move} is not the platform's move`);
    return (await this.moveItem(t, row, move, auditActor(ctx), {})) !== null;
  }

  // ── applying a move ────────────────────────────────────────────────────────────────────────────────────────

  /**
   * The action's move the state allows, applied: to the item, or to its open edit. Refused (typed) when the state
   * allows none, when the type objects, or when someone else moved first.
   */
  async act<Row extends ModeratedRow, Content>(
    ctx: RequestContext,
    t: Moderated<Row, Content>,
    item: Loaded<Row>,
    action: WorkflowAction,
    opts: { data?: Record<string, unknown>; review?: Review; content?: Content } = {},
  ): Promise<Row | InputError> {
    const outside = t.outside?.(ctx, item.row);
    if (outside) return outside;
    const move = moveFor(action, item.state, t.moves);
    if (!move) return this.refused(ctx);
    const objection = await t.objection?.(ctx, item.row, move);
    if (objection) return objection;
    if (move === 'submit' || move === 'submitEdit') {
      const content = move === 'submitEdit' ? (item.open!.content as unknown as Content) : (opts.content ?? (await t.contentOf(item.row)));
      const missing = t.missing(item.row, content);
      if (missing.length) return inputError(ctx.locale, missing.map((f) => fieldError(ctx.locale, f, 'REQUIRED')), 'INCOMPLETE');
    }
    const result = MOVES[move].editTo
      ? await this.moveEdit(t, item, move, item.user.id, opts.review ?? null)
      : await this.moveItem(t, item.row, move, auditActor(ctx), opts.data ?? {}, opts.review ?? null);
    return result ?? this.refused(ctx);
  }

  /** A move of the item: its status, stamps, decision, notice, audit and outbox rows in one transaction. */
  private async moveItem<Row extends ModeratedRow>(
    t: Moderated<Row, unknown>,
    row: Row,
    move: Move,
    actor: AuditActor,
    data: Record<string, unknown>,
    review: Review | null = null,
  ): Promise<Row | null> {
    const to = MOVES[move].to!;
    const leavingPublic = row.status === 'PUBLISHED' && to !== 'PUBLISHED';
    const stamps = {
      ...(to === 'PENDING_REVIEW' ? { submittedAt: new Date() } : {}),
      ...(move === 'approve' ? { publishedAt: row.publishedAt ?? new Date() } : {}),
      ...(await t.stamps?.(move, row)),
    };
    return this.repo.transaction(async (tx) => {
      const moved = await t.store.changeStatus(tx, row.id, [row.status], { ...stamps, ...data, status: to });
      if (!moved) return null;
      if (review) await this.decide(tx, t, row, null, actor.actorId!, review, null);
      // Leaving the public view closes any edit in progress: it was an edit of what is no longer published.
      if (leavingPublic) await this.repo.closeRevisions(tx, t.type, row.id);
      await this.repo.record(
        tx,
        { ...actor, action: `${t.type}.${move}`, entityType: t.type, entityId: row.id, data: { from: row.status, to, ...(review ?? {}) } },
        to === 'PUBLISHED' ? 'UPSERT' : leavingPublic ? 'DELETE' : undefined,
      );
      return moved;
    });
  }

  /** A move of a published item's open edit; a decision on it writes approved content over the published one. */
  private async moveEdit<Row extends ModeratedRow, Content>(t: Moderated<Row, Content>, item: Loaded<Row>, move: Move, actorId: string, review: Review | null): Promise<Row | null> {
    const revision = item.open!;
    const rule = MOVES[move];
    return this.repo.transaction(async (tx) => {
      const from = (rule.edit ?? []).filter((s) => s !== null);
      if (!(await this.repo.changeRevisionStatus(tx, revision.id, from, rule.editTo!))) return null;
      const { type } = t;
      if (!review) {
        const action = move === 'submitEdit' ? 'submitRevision' : 'withdrawRevision';
        await this.repo.record(tx, { actorId, action: `${type}.${action}`, entityType: type, entityId: item.row.id, data: { revisionId: revision.id } });
        return item.row;
      }
      const content = revision.content as unknown as Content;
      const approved = rule.editTo === 'APPROVED';
      if (approved) await t.store.applyContent(tx, item.row, content);
      await this.decide(tx, t, item.row, revision.id, actorId, review, content);
      await this.repo.record(
        tx,
        { actorId, action: `${type}.revision.${review.action.toLowerCase()}`, entityType: type, entityId: item.row.id, data: { revisionId: revision.id, ...review } },
        approved ? 'UPSERT' : undefined,
      );
      return t.store.reload(tx, item.row.id);
    });
  }

  /** The decision, and the notice to the managing organisation's members, in the move's transaction. */
  private async decide<Row extends ModeratedRow, Content>(tx: Tx, t: Moderated<Row, Content>, row: Row, revisionId: string | null, moderatorId: string, review: Review, content: Content | null) {
    await this.repo.createDecision(tx, {
      entityType: t.type, entityId: row.id, revisionId, moderatorId,
      action: review.action, reason: review.reason, comment: review.comment, fieldComments: review.fieldComments,
    });
    const notice = t.notice(row, content);
    await notify(tx, {
      userIds: await organisationMemberIds(tx, t.organisationOf(row)),
      exceptUserId: moderatorId,
      type: notice.type,
      data: { ...notice.data, decision: review.action, reason: review.reason, comment: review.comment, onRevision: revisionId !== null },
      link: notice.link,
    });
  }

  refused(ctx: RequestContext, code?: RefusalCode): InputError {
    return refusedMove(ctx.locale, code);
  }
}
