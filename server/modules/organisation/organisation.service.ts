import { randomBytes } from 'node:crypto';
import type { RequestContext } from '../../lib/request-context.ts';
import { DomainError } from '../../lib/domain-error.ts';
import type { MembershipRole, OrganisationKind } from '../../generated/prisma/enums.ts';
import { fieldError, inputError, isSlug, isUuid, requireId, requireStorable, validate, type InputError } from '../../lib/validation.ts';
import type { Tx } from '../../lib/prisma.ts';
import { pageRequest, toConnection, type PageArgs } from '../../lib/pagination.ts';
import { slugify } from '../../lib/slug.ts';
import { isStaff, requireStaff, requireUser, requireVerifiedEmail } from '../access.ts';
import { newSessionToken, sessionIdOf } from '../account/session-token.ts';
import { diffFields } from '../moderation/diff.ts';
import { canMove, DIRECTLY_EDITABLE, MOVES, refusedMove, type Move, type RefusalCode } from '../moderation/lifecycle.ts';
import type { ModerationRepository, RevisionRow } from '../moderation/moderation.repository.ts';
import { validateReview, type Review } from '../moderation/review.validation.ts';
import { organisationMemberIds } from '../notification/notification.repository.ts';
import { notify } from '../notification/notify.ts';
import {
  contentOfOrganisation,
  missingForOrganisation,
  ORGANISATION_FIELDS,
  organisationInputSchema,
  type OrganisationContent,
} from './organisation-content.ts';
import { DIRECTORY_ORDER, type OrganisationRepository, type OrganisationRow } from './organisation.repository.ts';

const INVITATION_DAYS = 14;
type Result = OrganisationRow | InputError;

/** A person's requester profile is theirs alone: it is not edited, submitted for review or shared. */
function personalProfileRefusal(ctx: RequestContext): InputError {
  return inputError(ctx.locale, [], 'PERSONAL_PROFILE');
}

export class OrganisationService {
  constructor(
    private readonly repo: OrganisationRepository,
    private readonly moderation: ModerationRepository,
  ) {}

  // ── reading ────────────────────────────────────────────────────────────────────────────────────────────────

  /** Public once published; before that only to its members and the department. */
  async bySlug(ctx: RequestContext, slug: string): Promise<OrganisationRow | null> {
    const org = isSlug(slug) ? await this.repo.findBySlug(slug) : null;
    if (!org) return null;
    if ((org.status === 'PUBLISHED' && org.kind !== 'INDIVIDUAL') || isStaff(ctx)) return org;
    return ctx.user && (await this.memberOf(ctx, [org.id])).has(org.id) ? org : null;
  }

  async byIds(ids: readonly string[]): Promise<(OrganisationRow | null)[]> {
    const rows = await this.repo.byIds(ids);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async publishedByIds(ids: readonly string[]): Promise<Map<string, OrganisationRow>> {
    const rows = ids.length ? await this.repo.publishedByIds(ids) : [];
    return new Map(rows.map((r) => [r.id, r]));
  }

  membershipsOf(userId: string) {
    return this.repo.membershipsOf(userId);
  }

  memberOf(ctx: RequestContext, organisationIds: readonly string[]): Promise<Set<string>> {
    // An id that is no uuid names no organisation, so nobody is a member of it.
    const ids = organisationIds.filter(isUuid);
    if (!ctx.user || ids.length === 0) return Promise.resolve(new Set());
    return this.repo.memberOf(ctx.user.id, ids);
  }

  async directory(ctx: RequestContext, filter: { kinds?: OrganisationKind[] | null; fieldCode?: string | null; province?: string | null }, args: PageArgs) {
    requireStorable(ctx.locale, { fieldCode: filter.fieldCode, province: filter.province });
    const page = pageRequest(ctx.locale, DIRECTORY_ORDER, args);
    const { totalCount, rows } = await this.repo.directory(
      { kinds: filter.kinds ?? null, fieldCode: filter.fieldCode ?? null, province: filter.province ?? null },
      page,
    );
    return { totalCount, ...toConnection(DIRECTORY_ORDER, rows, page, (o) => [o.verifiedAt, o.nameVi, o.id]) };
  }

  /** Owners manage the profile; editors only edit listings. */
  async canEdit(ctx: RequestContext, orgs: readonly OrganisationRow[]): Promise<boolean[]> {
    if (!ctx.user) return orgs.map(() => false);
    const roles = await this.repo.rolesOf(ctx.user.id, orgs.map((o) => o.id));
    return orgs.map((o) => roles.get(o.id) === 'OWNER');
  }

  async membersOf(ctx: RequestContext, orgs: readonly OrganisationRow[]) {
    const editable = await this.canEdit(ctx, orgs);
    const allowed = orgs.filter((_, i) => editable[i] || isStaff(ctx)).map((o) => o.id);
    const rows = allowed.length ? await this.repo.membersOf(allowed) : [];
    return orgs.map((o) =>
      rows
        .filter((m) => m.organisationId === o.id)
        .map((m) => ({ userId: m.userId, displayName: m.user.displayName, email: m.user.email, role: m.role })),
    );
  }

  async missingFor(ctx: RequestContext, org: OrganisationRow): Promise<string[]> {
    if (!isStaff(ctx) && !(await this.memberOf(ctx, [org.id])).has(org.id)) return [];
    return missingForOrganisation(await this.contentOf(org));
  }

  async decisionsOf(ctx: RequestContext, orgs: readonly OrganisationRow[]) {
    const members = await this.memberOf(ctx, orgs.map((o) => o.id));
    const allowed = orgs.filter((o) => isStaff(ctx) || members.has(o.id)).map((o) => o.id);
    const rows = allowed.length ? await this.moderation.decisionsOf('organisation', allowed) : [];
    return orgs.map((o) => rows.filter((r) => r.entityId === o.id));
  }

  async verifiedClaimsOf(orgs: readonly OrganisationRow[]) {
    const rows = await this.moderation.claimsOf('organisation', orgs.map((o) => o.id));
    return orgs.map((o) => rows.filter((r) => r.entityId === o.id).map((r) => r.claim));
  }

  async asRevised(revision: RevisionRow): Promise<OrganisationRow | null> {
    const org = await this.repo.findById(revision.entityId);
    if (!org) return null;
    const { fieldCodes: _f, ...columns } = revision.content as unknown as OrganisationContent;
    return { ...org, ...columns };
  }

  async pendingRevisions(ctx: RequestContext, orgs: readonly OrganisationRow[]) {
    const members = await this.memberOf(ctx, orgs.map((o) => o.id));
    const allowed = orgs.filter((o) => isStaff(ctx) || members.has(o.id)).map((o) => o.id);
    const rows = allowed.length ? await this.moderation.openRevisions('organisation', allowed) : [];
    return orgs.map((o) => rows.find((r) => r.entityId === o.id) ?? null);
  }

  async withdraw(ctx: RequestContext, id: string): Promise<Result> {
    const { user, org } = await this.loadForOwner(ctx, id);
    if (org.kind === 'INDIVIDUAL') return personalProfileRefusal(ctx);
    if (org.status === 'PUBLISHED') {
      const open = await this.moderation.openRevision('organisation', id);
      if (open?.status !== 'PENDING_REVIEW') return this.invalidMove(ctx);
      const ok = await this.repo.transaction(async (tx) => {
        const changed = await this.moderation.changeRevisionStatus(tx, open.id, ['PENDING_REVIEW'], 'DRAFT');
        if (changed) await this.moderation.record(tx, { actorId: user.id, action: 'organisation.withdrawRevision', entityType: 'organisation', entityId: id });
        return changed;
      });
      return ok ? org : this.invalidMove(ctx);
    }
    return this.move(ctx, org, 'withdraw', user.id);
  }

  async revisionChanges(revision: RevisionRow) {
    const org = await this.repo.findById(revision.entityId);
    if (!org) return [];
    return diffFields(await this.contentOf(org), revision.content as unknown as OrganisationContent, ORGANISATION_FIELDS);
  }

  // ── the owner's moves ──────────────────────────────────────────────────────────────────────────────────────

  /**
   * The caller's own requester profile (kind INDIVIDUAL, named after the account), made the first time they post
   * a technology request as an individual. Its slug says nothing about the person: the name is not public.
   */
  personalProfile(ctx: RequestContext): Promise<OrganisationRow> {
    const user = requireUser(ctx);
    return this.repo.personalProfile(user, `ca-nhan-${randomBytes(6).toString('hex')}`);
  }

  async create(ctx: RequestContext, input: unknown): Promise<Result> {
    const user = requireUser(ctx);
    const unverified = requireVerifiedEmail(ctx);
    if (unverified) return unverified;
    const base: OrganisationContent = {
      kind: 'ENTERPRISE', nameVi: '', nameEn: null, shortName: null, taxCode: null, stCertificateNumber: null,
      descriptionVi: null, descriptionEn: null, website: null, email: null, phone: null, addressLine: null,
      commune: null, province: 'Tây Ninh', fieldCodes: [],
    };
    const merged = await this.merge(ctx, base, { nameVi: '', ...(input as object) }, null);
    if (!merged.ok) return merged.error;
    return this.repo.create({ slug: await this.uniqueSlug(merged.data.nameVi) }, merged.data, user.id);
  }

  /** Drafts change in place; a published profile gets a revision and stays as it is until that is approved. */
  async update(ctx: RequestContext, id: string, input: unknown): Promise<Result> {
    const { user, org } = await this.loadForOwner(ctx, id);
    if (org.kind === 'INDIVIDUAL') return personalProfileRefusal(ctx);
    if (org.status === 'PUBLISHED') {
      const open = await this.moderation.openRevision('organisation', id);
      if (open?.status === 'PENDING_REVIEW') return this.invalidMove(ctx, 'WITHDRAW_FIRST');
      const base = open ? (open.content as unknown as OrganisationContent) : await this.contentOf(org);
      const merged = await this.merge(ctx, base, input, id);
      if (!merged.ok) return merged.error;
      const changes = diffFields(base, merged.data, ORGANISATION_FIELDS);
      const changed = changes.length > 0;
      if (!changed && !open) return org; // nothing to review
      // Saving an edit of a published profile sends it to review at once (one transaction): owners have one
      // button less, and a withdrawn edit saved again goes back to review even unchanged.
      await this.repo.transaction(async (tx) => {
        const revision = changed
          ? await this.moderation.saveRevision(tx, 'organisation', id, open?.id ?? null, merged.data as unknown as object, user.id)
          : open!;
        await this.moderation.changeRevisionStatus(tx, revision.id, ['DRAFT', 'CHANGES_REQUESTED'], 'PENDING_REVIEW');
        await this.moderation.record(tx, { actorId: user.id, action: 'organisation.revise', entityType: 'organisation', entityId: id, data: { changes } });
      });
      return org;
    }
    if (!DIRECTLY_EDITABLE.includes(org.status)) return this.invalidMove(ctx);
    const before = await this.contentOf(org);
    const merged = await this.merge(ctx, before, input, id);
    if (!merged.ok) return merged.error;
    return (await this.repo.saveContent(id, DIRECTLY_EDITABLE, merged.data, {
      actorId: user.id, action: 'organisation.update', entityType: 'organisation', entityId: id,
      data: { changes: diffFields(before, merged.data, ORGANISATION_FIELDS) },
    })) ?? this.invalidMove(ctx);
  }

  async submit(ctx: RequestContext, id: string): Promise<Result> {
    const { user, org } = await this.loadForOwner(ctx, id);
    if (org.kind === 'INDIVIDUAL') return personalProfileRefusal(ctx);
    if (!canMove('submit', org.status)) return this.invalidMove(ctx);
    const missing = missingForOrganisation(await this.contentOf(org));
    if (missing.length) return inputError(ctx.locale, missing.map((f) => fieldError(ctx.locale, f, 'REQUIRED')), 'INCOMPLETE');
    return this.move(ctx, org, 'submit', user.id, { submittedAt: new Date() });
  }

  async invite(ctx: RequestContext, organisationId: string, email: string, role: MembershipRole) {
    const { user, org } = await this.loadForOwner(ctx, organisationId);
    if (org.kind === 'INDIVIDUAL') return personalProfileRefusal(ctx);
    const v = validate(organisationInputSchema.pick({ email: true }).required(), { email }, ctx.locale);
    if (!v.ok || !v.data.email) return v.ok ? inputError(ctx.locale, [fieldError(ctx.locale, 'email', 'REQUIRED')]) : v.error;
    const members = await this.repo.membersOf([organisationId]);
    if (members.some((m) => m.user.email === v.data.email)) {
      return inputError(ctx.locale, [fieldError(ctx.locale, 'email', 'ALREADY_MEMBER')]);
    }
    const token = newSessionToken();
    const invitation = await this.repo.createInvitation({
      organisationId, email: v.data.email, role, tokenHash: sessionIdOf(token), invitedById: user.id,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
    });
    // The token exists only in this answer (and later the invitation e-mail); the database keeps its hash.
    return { ...invitation, acceptPath: `/invitations/${token}` };
  }

  async acceptInvitation(ctx: RequestContext, token: string): Promise<Result> {
    const user = requireUser(ctx);
    const unverified = requireVerifiedEmail(ctx);
    if (unverified) return unverified;
    const invitation = token.length <= 100 ? await this.repo.findInvitation(sessionIdOf(token)) : null;
    if (!invitation || invitation.acceptedAt || invitation.expiresAt <= new Date()) {
      return inputError(ctx.locale, [fieldError(ctx.locale, 'token', 'INVITATION_INVALID')], 'INVITATION_INVALID');
    }
    // An invitation is for the address it was sent to, not for whoever holds the link.
    if (invitation.email !== user.email) {
      return inputError(ctx.locale, [fieldError(ctx.locale, 'token', 'INVITATION_OTHER_EMAIL', { email: invitation.email })], 'INVITATION_OTHER_EMAIL');
    }
    if (!(await this.repo.acceptInvitation(invitation.id, user.id, new Date()))) {
      return inputError(ctx.locale, [fieldError(ctx.locale, 'token', 'INVITATION_INVALID')], 'INVITATION_INVALID');
    }
    return (await this.repo.findById(invitation.organisationId))!;
  }

  async removeMember(ctx: RequestContext, organisationId: string, userId: string): Promise<Result> {
    const { user, org } = await this.loadForOwner(ctx, organisationId);
    const outcome = await this.repo.removeMember(organisationId, requireId(userId), user.id);
    if (outcome === 'last-owner') return inputError(ctx.locale, [fieldError(ctx.locale, 'userId', 'LAST_OWNER')], 'LAST_OWNER');
    if (outcome === 'not-member') throw new DomainError('NOT_FOUND');
    return org;
  }

  // ── the department's moves ─────────────────────────────────────────────────────────────────────────────────

  async review(ctx: RequestContext, id: string, input: unknown): Promise<Result> {
    const moderator = requireStaff(ctx);
    const v = validateReview(ctx.locale, input);
    if (!v.ok) return v.error;
    if (v.data.action === 'UNPUBLISH') return this.invalidMove(ctx);
    const org = await this.repo.findById(requireId(id));
    if (!org) throw new DomainError('NOT_FOUND');
    const open = org.status === 'PUBLISHED' ? await this.moderation.openRevision('organisation', id) : null;
    if (open?.status === 'PENDING_REVIEW') return this.reviewRevision(ctx, moderator.id, org, open, v.data);
    const move = ({ APPROVE: 'approve', REQUEST_CHANGES: 'requestChanges', REJECT: 'reject' } as const)[v.data.action];
    const data = move === 'approve' ? { publishedAt: org.publishedAt ?? new Date() } : {};
    return this.move(ctx, org, move, moderator.id, data, v.data);
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────────────────────

  private async move(ctx: RequestContext, org: OrganisationRow, move: Move, actorId: string, data: Record<string, unknown> = {}, review?: Review) {
    const rule = MOVES[move];
    if (!rule.from.includes(org.status)) return this.invalidMove(ctx);
    const moved = await this.repo.changeStatus(
      org.id,
      {
        from: [org.status],
        data: { ...data, status: rule.to },
        audit: { actorId, action: `organisation.${move}`, entityType: 'organisation', entityId: org.id, data: { from: org.status, to: rule.to, ...(review ?? {}) } },
        outbox: rule.to === 'PUBLISHED' ? 'UPSERT' : org.status === 'PUBLISHED' ? 'DELETE' : undefined,
      },
      review
        ? async (tx) => {
            await this.moderation.createDecision(tx, {
              entityType: 'organisation', entityId: org.id, revisionId: null, moderatorId: actorId,
              action: review.action, reason: review.reason, comment: review.comment, fieldComments: review.fieldComments,
            });
            await this.tellDecision(tx, org, actorId, review, false);
          }
        : undefined,
    );
    return moved ?? this.invalidMove(ctx);
  }

  private async reviewRevision(ctx: RequestContext, moderatorId: string, org: OrganisationRow, revision: RevisionRow, review: Review) {
    const content = revision.content as unknown as OrganisationContent;
    const result = await this.repo.transaction(async (tx) => {
      const decided = await this.moderation.decideRevision(
        tx,
        { entityType: 'organisation', entityId: org.id, revisionId: revision.id, moderatorId, review },
        () => this.repo.applyContent(tx, org.id, content),
      );
      if (decided) await this.tellDecision(tx, { ...org, nameVi: content.nameVi, nameEn: content.nameEn }, moderatorId, review, true);
      return decided ? this.repo.reload(tx, org.id) : null;
    });
    return result ?? this.invalidMove(ctx);
  }

  /** The organisation's members hear of a moderator's decision on its profile, in the decision's transaction. */
  private async tellDecision(tx: Tx, org: OrganisationRow, moderatorId: string, review: Review, onRevision: boolean): Promise<void> {
    await notify(tx, {
      userIds: await organisationMemberIds(tx, org.id),
      exceptUserId: moderatorId,
      type: 'organisation.decision',
      data: { name: org.nameVi, nameEn: org.nameEn, decision: review.action, reason: review.reason, comment: review.comment, onRevision },
      link: `/workspace/organisations/${org.id}`,
    });
  }

  private async merge(ctx: RequestContext, current: OrganisationContent, input: unknown, id: string | null) {
    const provided = Object.fromEntries(Object.entries((input ?? {}) as object).filter(([, v]) => v !== undefined));
    const v = validate(organisationInputSchema, provided, ctx.locale);
    if (!v.ok) return v;
    const next = { ...current, ...(v.data as Partial<OrganisationContent>) };
    if (next.taxCode && next.taxCode !== current.taxCode && (await this.repo.taxCodeTaken(next.taxCode, id))) {
      return { ok: false as const, error: inputError(ctx.locale, [fieldError(ctx.locale, 'taxCode', 'TAKEN_TAX_CODE')]) };
    }
    return { ok: true as const, data: next };
  }

  private async contentOf(org: OrganisationRow): Promise<OrganisationContent> {
    return contentOfOrganisation(org, await this.repo.fieldCodesOf(org.id));
  }

  private async uniqueSlug(name: string): Promise<string> {
    const base = slugify(name) || 'to-chuc';
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if (!(await this.repo.slugExists(slug))) return slug;
    }
  }

  private invalidMove(ctx: RequestContext, code?: RefusalCode): InputError {
    return refusedMove(ctx.locale, code);
  }

  private async loadForOwner(ctx: RequestContext, id: string) {
    const user = requireUser(ctx);
    const org = await this.repo.findById(requireId(id));
    if (!org) throw new DomainError('NOT_FOUND');
    if ((await this.repo.roleOf(user.id, id)) !== 'OWNER') throw new DomainError('FORBIDDEN');
    return { user, org };
  }
}
