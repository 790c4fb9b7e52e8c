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
import type { WorkflowService } from '../moderation/workflow.service.ts';
import { organisationInputSchema, type OrganisationContent } from './organisation-content.ts';
import { DIRECTORY_ORDER, type OrganisationRepository, type OrganisationRow } from './organisation.repository.ts';
import { organisationWorkflow, type OrganisationWorkflow } from './organisation.workflow.ts';

const INVITATION_DAYS = 14;
type Result = OrganisationRow | InputError;

/** A person's requester profile is theirs alone: it is not edited, submitted for review or shared. */
function personalProfileRefusal(ctx: RequestContext): InputError {
  return inputError(ctx.locale, [], 'PERSONAL_PROFILE');
}

export class OrganisationService {
  private readonly flow: OrganisationWorkflow;

  constructor(
    private readonly repo: OrganisationRepository,
    private readonly workflow: WorkflowService,
  ) {
    this.flow = organisationWorkflow(repo);
  }

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

  /** Several organisations with the same visibility as bySlug, in a fixed number of queries (null where hidden). */
  async visibleByIds(ctx: RequestContext, ids: readonly string[]): Promise<(OrganisationRow | null)[]> {
    const wanted = [...new Set(ids.filter(isUuid))];
    const rows = wanted.length ? await this.repo.byIds(wanted) : [];
    const hidden = isStaff(ctx) ? [] : rows.filter((o) => o.status !== 'PUBLISHED' || o.kind === 'INDIVIDUAL');
    const members = await this.memberOf(ctx, hidden.map((o) => o.id));
    const visible = new Map(rows.filter((o) => !hidden.includes(o) || members.has(o.id)).map((o) => [o.id, o]));
    return ids.map((id) => visible.get(id) ?? null);
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

  /** Drafts change in place; a saved edit of a published profile goes to review while the profile stays as it is. */
  async update(ctx: RequestContext, id: string, input: unknown): Promise<Result> {
    const item = await this.workflow.load(ctx, this.flow, 'EDIT', id);
    return this.workflow.edit(ctx, this.flow, item, (c) => this.merge(ctx, c, input, id), { action: 'organisation.update' });
  }

  submit(ctx: RequestContext, id: string): Promise<Result> {
    return this.workflow.submit(ctx, this.flow, id);
  }

  /** Takes a profile (or the edit of a published one) back from review. */
  withdraw(ctx: RequestContext, id: string): Promise<Result> {
    return this.workflow.withdraw(ctx, this.flow, id);
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

  review(ctx: RequestContext, id: string, input: unknown): Promise<Result> {
    return this.workflow.review(ctx, this.flow, id, input);
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────────────────────

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

  private async uniqueSlug(name: string): Promise<string> {
    const base = slugify(name) || 'to-chuc';
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if (!(await this.repo.slugExists(slug))) return slug;
    }
  }

  private async loadForOwner(ctx: RequestContext, id: string) {
    const user = requireUser(ctx);
    const org = await this.repo.findById(requireId(id));
    if (!org) throw new DomainError('NOT_FOUND');
    if ((await this.repo.roleOf(user.id, id)) !== 'OWNER') throw new DomainError('FORBIDDEN');
    return { user, org };
  }
}
