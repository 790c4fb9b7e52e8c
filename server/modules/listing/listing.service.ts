import { auditActor, type RequestContext } from '../../lib/request-context.ts';
import { DomainError } from '../../lib/domain-error.ts';
import type { ListingKind, ModerationStatus } from '../../generated/prisma/enums.ts';
import { fieldError, inputError, isSlug, isStorableDate, isStorableText, isUuid, requireId, type InputError } from '../../lib/validation.ts';
import type { Tx } from '../../lib/prisma.ts';
import { slugify } from '../../lib/slug.ts';
import { isStaff, requirePlatform, requireStaff, requireUser } from '../access.ts';
import { canMove, DIRECTLY_EDITABLE, MOVES, refusedMove, type Move, type RefusalCode } from '../moderation/lifecycle.ts';
import type { ModerationRepository, RevisionRow } from '../moderation/moderation.repository.ts';
import { validateReview, type Review } from '../moderation/review.validation.ts';
import type { OrganisationService } from '../organisation/organisation.service.ts';
import { organisationMemberIds } from '../notification/notification.repository.ts';
import { notify } from '../notification/notify.ts';
import type { TaxonomyService } from '../taxonomy/taxonomy.service.ts';
import { columnsOf, contentHash, contentOf, diffContent, type IpTitleContent, type ListingContent } from './listing-content.ts';
import type { ListingRepository, ListingRow } from './listing.repository.ts';
import { mergeInput, missingForSubmission, validateDossier, type Dossier, type ListingInput } from './listing.validation.ts';

const MAX_PAGE = 100;
const EXPIRY_NOTICE_MS = 14 * 86_400_000;

export function clampFirst(first: number | null | undefined, fallback: number): number {
  return Math.min(Math.max(first ?? fallback, 0), MAX_PAGE);
}

export type ListingResult = ListingRow | InputError;

/**
 * A new draft's content. A person's requester profile is never shown publicly, so their requests are posted
 * without the owner's name (the anonymity of requests, with its rules for inquiries, does the rest).
 */
function emptyContent(org: { kind: string; commune: string | null; province: string } | null): ListingContent {
  return {
    titleVi: '', titleEn: null, summaryVi: '', summaryEn: null, descriptionVi: null, descriptionEn: null,
    fieldCode: null, keywords: [], trl: null, appraisalLevel: null, priceType: 'NEGOTIABLE', priceMin: null,
    priceMax: null, commune: org?.commune ?? null, province: org?.province ?? 'Tây Ninh', validUntil: null,
    hideOrganisation: org?.kind === 'INDIVIDUAL', details: {}, ipTitles: [],
  };
}

/** Individuals post technology requests only; offers come from registered organisations. */
function individualsRequestOnly(ctx: RequestContext): InputError {
  return inputError(ctx.locale, [fieldError(ctx.locale, 'kind', 'INDIVIDUAL_REQUESTS_ONLY')], 'INDIVIDUAL_REQUESTS_ONLY');
}

export class ListingService {
  constructor(
    private readonly repo: ListingRepository,
    private readonly organisations: OrganisationService,
    private readonly moderation: ModerationRepository,
    private readonly taxonomy: TaxonomyService,
  ) {}

  // ── reading ────────────────────────────────────────────────────────────────────────────────────────────────

  latest(_ctx: RequestContext, first: number | null | undefined, kind: ListingKind | null | undefined): Promise<ListingRow[]> {
    return this.repo.latestPublished(clampFirst(first, 12), kind ?? null);
  }

  async bySlug(ctx: RequestContext, slug: string): Promise<ListingRow | null> {
    return isSlug(slug) ? this.visible(ctx, await this.repo.findBySlug(slug)) : null;
  }

  async byId(ctx: RequestContext, id: string): Promise<ListingRow | null> {
    return isUuid(id) ? this.visible(ctx, await this.repo.findById(id)) : null;
  }

  /** Several listings with the same visibility as byId, in a fixed number of queries (null where hidden). */
  async visibleByIds(ctx: RequestContext, ids: readonly string[]): Promise<(ListingRow | null)[]> {
    const rows = ids.length ? await this.repo.findByIds([...new Set(ids)]) : [];
    const hidden = isStaff(ctx) ? [] : rows.filter((l) => l.status !== 'PUBLISHED');
    const members = await this.organisations.memberOf(ctx, hidden.map((l) => l.organisationId));
    const visible = new Map(rows.filter((l) => !hidden.includes(l) || members.has(l.organisationId)).map((l) => [l.id, l]));
    return ids.map((id) => visible.get(id) ?? null);
  }

  /** Public once published; before that only to the owner organisation's members and the department. */
  private async visible(ctx: RequestContext, listing: ListingRow | null): Promise<ListingRow | null> {
    if (!listing) return null;
    if (listing.status === 'PUBLISHED' || isStaff(ctx)) return listing;
    return (await this.isMember(ctx, listing)) ? listing : null;
  }

  /** Published listings by id (search hits are checked against PostgreSQL, the source of truth). */
  async publishedByIds(ids: readonly string[]): Promise<Map<string, ListingRow>> {
    const rows = ids.length ? await this.repo.publishedByIds(ids) : [];
    return new Map(rows.map((r) => [r.id, r]));
  }

  async mine(ctx: RequestContext, organisationId: string | null | undefined, statuses: ModerationStatus[] | null | undefined) {
    const user = requireUser(ctx);
    const memberships = await this.organisations.membershipsOf(user.id);
    const orgIds = memberships.map((m) => m.organisationId).filter((id) => organisationId == null || id === organisationId);
    return orgIds.length ? this.repo.ofOrganisations(orgIds, statuses ?? null) : [];
  }

  async publishedOfOrganisations(organisationIds: readonly string[], first: number | null | undefined): Promise<ListingRow[][]> {
    const rows = await this.repo.publishedOfOrganisations(organisationIds, clampFirst(first, 20));
    return organisationIds.map((id) => rows.filter((r) => r.organisationId === id));
  }

  /** The owner as the caller may see it: hidden for anonymous technology requests, except to members and staff. */
  async ownersOf(ctx: RequestContext, listings: readonly ListingRow[]) {
    const ids = listings.map((l) => l.organisationId);
    const hidden = listings.filter((l) => l.hideOrganisation).map((l) => l.organisationId);
    const [orgs, members] = await Promise.all([
      this.organisations.byIds(ids),
      isStaff(ctx) ? Promise.resolve(new Set(hidden)) : this.organisations.memberOf(ctx, hidden),
    ]);
    return listings.map((l, i) => (l.hideOrganisation && !members.has(l.organisationId) ? null : orgs[i]));
  }

  async ipTitlesOf(listingIds: readonly string[]) {
    const rows = await this.repo.ipTitlesOf(listingIds);
    return listingIds.map((id) => rows.filter((r) => r.listingId === id));
  }

  async canEdit(ctx: RequestContext, listings: readonly ListingRow[]): Promise<boolean[]> {
    const members = await this.organisations.memberOf(ctx, listings.map((l) => l.organisationId));
    return listings.map((l) => members.has(l.organisationId));
  }

  /** What a submission still needs, for the owner's members and the department (others get an empty list). */
  /**
   * What each listing still needs before it can be submitted (of its open edit, if any), for the owner's members
   * and the department; others get an empty list. A fixed number of queries for any number of listings.
   */
  async missingOf(ctx: RequestContext, listings: readonly ListingRow[]): Promise<string[][]> {
    const allowed = await this.insiders(ctx, listings);
    const ids = allowed.map((l) => l.id);
    const [revisions, ipTitles] = ids.length
      ? await Promise.all([this.moderation.openRevisions('listing', ids), this.repo.ipTitlesOf(ids)])
      : [[], []];
    return listings.map((l) => {
      if (!ids.includes(l.id)) return [];
      const open = revisions.find((r) => r.entityId === l.id);
      const content = open ? (open.content as unknown as ListingContent) : contentOf(l, ipTitles.filter((t) => t.listingId === l.id));
      return missingForSubmission(l.kind, content);
    });
  }

  async pendingRevisions(ctx: RequestContext, listings: readonly ListingRow[]) {
    const allowed = await this.insiders(ctx, listings);
    const revisions = allowed.length ? await this.moderation.openRevisions('listing', allowed.map((l) => l.id)) : [];
    return listings.map((l) => revisions.find((r) => r.entityId === l.id) ?? null);
  }

  async decisionsOf(ctx: RequestContext, listings: readonly ListingRow[]) {
    const allowed = await this.insiders(ctx, listings);
    const rows = allowed.length ? await this.moderation.decisionsOf('listing', allowed.map((l) => l.id)) : [];
    return listings.map((l) => rows.filter((r) => r.entityId === l.id));
  }

  async verifiedClaimsOf(listings: readonly ListingRow[]) {
    const rows = await this.moderation.claimsOf('listing', listings.map((l) => l.id));
    return listings.map((l) => rows.filter((r) => r.entityId === l.id).map((r) => r.claim));
  }

  async auditTrail(ctx: RequestContext, listing: ListingRow) {
    if (!isStaff(ctx)) return [];
    return this.moderation.auditTrail('listing', listing.id);
  }

  /** The listing as a revision would publish it (same id; photos and IP titles resolve to the published ones). */
  async asRevised(revision: RevisionRow): Promise<ListingRow | null> {
    const listing = await this.repo.findById(revision.entityId);
    return listing ? { ...listing, ...columnsOf(revision.content as unknown as ListingContent) } : null;
  }

  /** A revision's changes against the published version, field by field. */
  async revisionChanges(revision: RevisionRow) {
    const listing = await this.repo.findById(revision.entityId);
    if (!listing) return [];
    return diffContent(await this.contentOf(listing), revision.content as unknown as ListingContent);
  }

  // ── the seller's moves ─────────────────────────────────────────────────────────────────────────────────────

  async create(ctx: RequestContext, organisationId: string, kind: ListingKind, input: ListingInput): Promise<ListingResult> {
    const user = requireUser(ctx);
    await this.requireMembership(ctx, organisationId);
    const [org] = await this.organisations.byIds([organisationId]);
    if (org?.kind === 'INDIVIDUAL' && kind !== 'TECHNOLOGY_REQUEST') return individualsRequestOnly(ctx);
    const merged = await this.merge(ctx, kind, emptyContent(org ?? null), { ...input, titleVi: input.titleVi ?? '' });
    if (!merged.ok) return merged.error;
    const listing = await this.repo.create(
      { slug: await this.uniqueSlug(merged.data.titleVi), kind, organisationId, createdById: user.id },
      merged.data,
      { actorId: user.id, action: 'listing.create', entityType: 'listing', data: { kind } },
    );
    return listing;
  }

  /**
   * A technology request posted by the caller as an individual: their requester profile is made the first time.
   * The draft is checked first, so a refused one leaves no profile behind.
   */
  async createPersonalRequest(ctx: RequestContext, input: ListingInput): Promise<ListingResult> {
    requireUser(ctx);
    const checked = await this.merge(ctx, 'TECHNOLOGY_REQUEST', emptyContent(null), { ...input, titleVi: input.titleVi ?? '' });
    if (!checked.ok) return checked.error;
    const profile = await this.organisations.personalProfile(ctx);
    return this.create(ctx, profile.id, 'TECHNOLOGY_REQUEST', input);
  }

  /** True where a person posted the listing on their own (their requester profile owns it). */
  async postedByIndividual(listings: readonly ListingRow[]): Promise<boolean[]> {
    const owners = await this.organisations.byIds(listings.map((l) => l.organisationId));
    return owners.map((o) => o?.kind === 'INDIVIDUAL');
  }

  /**
   * Drafts are saved in place; a published listing gets a revision and stays as it is until that is approved.
   * The confidential dossier is never public, so it is saved as it is in any state, with the rest of the edit.
   */
  async update(ctx: RequestContext, id: string, input: ListingInput): Promise<ListingResult> {
    const { user, listing } = await this.loadForMember(ctx, id);
    const { dossierVi: _vi, dossierEn: _en, ...content } = input;
    // A person's request keeps its owner's name hidden, whatever the form sends.
    if (content.hideOrganisation === false && (await this.postedByIndividual([listing]))[0]) {
      delete content.hideOrganisation;
    }
    const dossier = validateDossier(ctx.locale, input);
    if (dossier && !dossier.ok) return dossier.error;
    const onlyDossier = Object.values(content).every((v) => v === undefined);
    if (dossier && onlyDossier) return this.repo.saveDossier(id, dossier.data, { actorId: user.id, action: 'listing.setDossier', entityType: 'listing', entityId: id });
    if (listing.status === 'PUBLISHED') return this.revise(ctx, user.id, listing, (c) => this.merge(ctx, listing.kind, c, content), dossier?.data);
    if (!DIRECTLY_EDITABLE.includes(listing.status)) return this.invalidMove(ctx);
    const before = await this.contentOf(listing);
    const merged = await this.merge(ctx, listing.kind, before, content);
    if (!merged.ok) return merged.error;
    // The audit trail shows what changed, field by field, as the review of an edit does.
    const saved = await this.repo.saveContent(id, DIRECTLY_EDITABLE, merged.data, {
      actorId: user.id, action: 'listing.update', entityType: 'listing', entityId: id,
      data: { changes: diffContent(before, merged.data), ...(dossier ? { dossier: true } : {}) },
    }, dossier?.data);
    return saved ?? this.invalidMove(ctx);
  }

  async setIpTitles(ctx: RequestContext, id: string, titles: IpTitleContent[]): Promise<ListingResult> {
    const { user, listing } = await this.loadForMember(ctx, id);
    const unstorable = (t: IpTitleContent) =>
      [t.titleVi, t.ownerName, t.number].some((s) => s && !isStorableText(s)) || (t.grantedAt && !isStorableDate(new Date(t.grantedAt)));
    const invalid = titles.findIndex((t) => !t.titleVi?.trim() || !t.ownerName?.trim() || (t.number?.length ?? 0) > 60 || unstorable(t));
    if (titles.length > 20 || invalid >= 0) {
      return inputError(ctx.locale, [fieldError(ctx.locale, `ipTitles.${Math.max(invalid, 0)}`, 'INVALID_VALUE')]);
    }
    const clean = titles.map((t) => ({ ...t, number: t.number?.trim() || null, titleVi: t.titleVi.trim(), ownerName: t.ownerName.trim() }));
    const apply = async (c: ListingContent) => ({ ok: true as const, data: { ...c, ipTitles: clean } });
    if (listing.status === 'PUBLISHED') return this.revise(ctx, user.id, listing, apply);
    if (!DIRECTLY_EDITABLE.includes(listing.status)) return this.invalidMove(ctx);
    const before = await this.contentOf(listing);
    const next = (await apply(before)).data;
    return (await this.repo.saveContent(id, DIRECTLY_EDITABLE, next, {
      actorId: user.id, action: 'listing.setIpTitles', entityType: 'listing', entityId: id, data: { changes: diffContent(before, next) },
    })) ?? this.invalidMove(ctx);
  }

  async submit(ctx: RequestContext, id: string): Promise<ListingResult> {
    const { user, listing } = await this.loadForMember(ctx, id);
    const open = listing.status === 'PUBLISHED' ? await this.moderation.openRevision('listing', id) : null;
    if (open) {
      if (open.status === 'PENDING_REVIEW') return this.invalidMove(ctx);
      const incomplete = this.incomplete(ctx, listing.kind, open.content as unknown as ListingContent);
      if (incomplete) return incomplete;
      return this.changeRevision(ctx, listing, open, 'PENDING_REVIEW', { actorId: user.id, action: 'listing.submitRevision' });
    }
    if (!canMove('submit', listing.status)) return this.invalidMove(ctx);
    const incomplete = this.incomplete(ctx, listing.kind, await this.contentOf(listing));
    if (incomplete) return incomplete;
    return this.move(ctx, listing, 'submit', user.id, { submittedAt: new Date() });
  }

  async withdraw(ctx: RequestContext, id: string): Promise<ListingResult> {
    const { user, listing } = await this.loadForMember(ctx, id);
    if (listing.status === 'PUBLISHED') {
      const open = await this.moderation.openRevision('listing', id);
      if (open?.status !== 'PENDING_REVIEW') return this.invalidMove(ctx);
      return this.changeRevision(ctx, listing, open, 'DRAFT', { actorId: user.id, action: 'listing.withdrawRevision' });
    }
    return this.move(ctx, listing, 'withdraw', user.id);
  }

  async archive(ctx: RequestContext, id: string): Promise<ListingResult> {
    const { user, listing } = await this.loadForMember(ctx, id);
    return this.move(ctx, listing, 'archive', user.id);
  }

  /** Extends validity; content changed since its approval goes back to review first. */
  async renew(ctx: RequestContext, id: string, validUntil: Date): Promise<ListingResult> {
    const { user, listing } = await this.loadForMember(ctx, id);
    const content = await this.contentOf(listing);
    const merged = await this.merge(ctx, listing.kind, content, { validUntil });
    if (!merged.ok) return merged.error;
    const unchanged = listing.publishedHash !== null && contentHash(merged.data) === listing.publishedHash;
    if (canMove('renew', listing.status) && unchanged) {
      return this.move(ctx, listing, 'renew', user.id, { validUntil, expiryWarnedAt: null }, 'UPSERT');
    }
    if (!canMove('submit', listing.status)) return this.invalidMove(ctx);
    const incomplete = this.incomplete(ctx, listing.kind, merged.data);
    if (incomplete) return incomplete;
    return this.move(ctx, listing, 'submit', user.id, { validUntil, expiryWarnedAt: null, submittedAt: new Date() });
  }

  // ── the department's moves ─────────────────────────────────────────────────────────────────────────────────

  async review(ctx: RequestContext, id: string, input: unknown): Promise<ListingResult> {
    const moderator = requireStaff(ctx);
    const v = validateReview(ctx.locale, input);
    if (!v.ok) return v.error;
    if (v.data.action === 'UNPUBLISH') return this.unpublish(ctx, id, input);
    const listing = await this.repo.findById(requireId(id));
    if (!listing) throw new DomainError('NOT_FOUND');
    const open = listing.status === 'PUBLISHED' ? await this.moderation.openRevision('listing', id) : null;
    if (open?.status === 'PENDING_REVIEW') return this.reviewRevision(ctx, moderator.id, listing, open, v.data);
    const move = ({ APPROVE: 'approve', REQUEST_CHANGES: 'requestChanges', REJECT: 'reject' } as const)[v.data.action];
    const now = new Date();
    const approving = move === 'approve';
    // A listing goes public with its owner's name: the organisation's own profile must have been approved first.
    // A person's requester profile is never public (their requests show no name), so it needs no approval.
    const [owner] = approving ? await this.organisations.byIds([listing.organisationId]) : [];
    if (approving && owner?.status !== 'PUBLISHED' && owner?.kind !== 'INDIVIDUAL') {
      return this.invalidMove(ctx, 'ORGANISATION_NOT_PUBLISHED');
    }
    const content = approving ? await this.contentOf(listing) : null;
    return this.move(
      ctx,
      listing,
      move,
      moderator.id,
      approving ? { publishedAt: listing.publishedAt ?? now, publishedHash: contentHash(content!), expiryWarnedAt: null } : {},
      approving ? 'UPSERT' : undefined,
      v.data,
    );
  }

  async unpublish(ctx: RequestContext, id: string, input: unknown): Promise<ListingResult> {
    const moderator = requireStaff(ctx);
    const v = validateReview(ctx.locale, { ...(input as object), action: 'UNPUBLISH' });
    if (!v.ok) return v.error;
    const listing = await this.repo.findById(requireId(id));
    if (!listing) throw new DomainError('NOT_FOUND');
    return this.move(ctx, listing, 'unpublish', moderator.id, {}, 'DELETE', v.data);
  }

  // ── the clock's moves ──────────────────────────────────────────────────────────────────────────────────────

  /** Takes listings past their validity off the exchange; returns how many. */
  async expireDue(ctx: RequestContext, now = new Date()): Promise<number> {
    requirePlatform(ctx);
    let done = 0;
    for (const listing of await this.repo.expiredPublished(now, 500)) {
      const moved = await this.repo.changeStatus(listing.id, {
        from: MOVES.expire.from,
        data: { status: MOVES.expire.to },
        audit: { ...auditActor(ctx), action: 'listing.expire', entityType: 'listing', entityId: listing.id },
        outbox: 'DELETE',
      });
      if (moved) done++;
    }
    return done;
  }

  /** Tells the owners of listings that expire within two weeks (once per validity period); returns how many. */
  async warnExpiring(ctx: RequestContext, now = new Date()): Promise<number> {
    requirePlatform(ctx);
    const due = await this.repo.expiringUnwarned(now, new Date(now.getTime() + EXPIRY_NOTICE_MS), 500);
    let warned = 0;
    for (const l of due) {
      const validUntil = l.validUntil?.toISOString() ?? null;
      const done = await this.repo.markExpiryWarned(
        l.id,
        { ...auditActor(ctx), action: 'listing.expiryWarning', entityType: 'listing', entityId: l.id, data: { validUntil } },
        async (tx) => notify(tx, {
          userIds: await organisationMemberIds(tx, l.organisationId),
          type: 'listing.expiring',
          data: { title: l.titleVi, titleEn: l.titleEn, validUntil },
          link: `/workspace/listings/${l.id}`,
        }),
      );
      if (done) warned++;
    }
    return warned;
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────────────────────

  private async move(
    ctx: RequestContext,
    listing: ListingRow,
    move: Move,
    actorId: string,
    data: Record<string, unknown> = {},
    outbox?: 'UPSERT' | 'DELETE',
    review?: Review,
  ): Promise<ListingResult> {
    const rule = MOVES[move];
    if (!rule.from.includes(listing.status)) return this.invalidMove(ctx);
    const leavingPublic = listing.status === 'PUBLISHED' && rule.to !== 'PUBLISHED';
    const moved = await this.repo.changeStatus(
      listing.id,
      {
        from: [listing.status],
        data: { ...data, status: rule.to },
        audit: { actorId, action: `listing.${move}`, entityType: 'listing', entityId: listing.id, data: { from: listing.status, to: rule.to, ...(review ?? {}) } },
        outbox: outbox ?? (leavingPublic ? 'DELETE' : undefined),
      },
      async (tx) => {
        if (review) {
          await this.moderation.createDecision(tx, {
            entityType: 'listing', entityId: listing.id, revisionId: null, moderatorId: actorId,
            action: review.action, reason: review.reason, comment: review.comment, fieldComments: review.fieldComments,
          });
          await this.tellDecision(tx, listing, actorId, review, false);
        }
        // Leaving the public view closes any edit in progress: it was an edit of what is no longer published.
        if (leavingPublic) await this.moderation.closeRevisions(tx, 'listing', listing.id);
      },
    );
    return moved ?? this.invalidMove(ctx);
  }

  private async reviewRevision(ctx: RequestContext, moderatorId: string, listing: ListingRow, revision: RevisionRow, review: Review) {
    const content = revision.content as unknown as ListingContent;
    const result = await this.repo.transaction(async (tx) => {
      const decided = await this.moderation.decideRevision(
        tx,
        { entityType: 'listing', entityId: listing.id, revisionId: revision.id, moderatorId, review },
        () => this.repo.applyContent(tx, listing, content, contentHash(content)),
      );
      if (decided) await this.tellDecision(tx, { ...listing, titleVi: content.titleVi, titleEn: content.titleEn }, moderatorId, review, true);
      return decided ? this.repo.reload(tx, listing.id) : null;
    });
    return result ?? this.invalidMove(ctx);
  }

  private async revise(
    ctx: RequestContext,
    actorId: string,
    listing: ListingRow,
    change: (c: ListingContent) => Promise<{ ok: true; data: ListingContent } | { ok: false; error: InputError }>,
    dossier?: Dossier,
  ): Promise<ListingResult> {
    const open = await this.moderation.openRevision('listing', listing.id);
    if (open?.status === 'PENDING_REVIEW') return this.invalidMove(ctx, 'WITHDRAW_FIRST');
    const base = open ? (open.content as unknown as ListingContent) : await this.contentOf(listing);
    const next = await change(base);
    if (!next.ok) return next.error;
    const setDossier = { actorId, action: 'listing.setDossier', entityType: 'listing' as const, entityId: listing.id };
    const changes = diffContent(base, next.data);
    if (changes.length === 0) return dossier ? this.repo.saveDossier(listing.id, dossier, setDossier) : listing; // nothing to review
    return this.repo.transaction(async (tx) => {
      await this.moderation.saveRevision(tx, 'listing', listing.id, open?.id ?? null, next.data as unknown as object, actorId);
      await this.moderation.record(tx, { actorId, action: 'listing.revise', entityType: 'listing', entityId: listing.id, data: { changes } });
      if (dossier) await this.repo.writeDossier(tx, listing.id, dossier, setDossier);
      return this.repo.reload(tx, listing.id);
    });
  }

  private async changeRevision(
    ctx: RequestContext,
    listing: ListingRow,
    revision: RevisionRow,
    status: 'PENDING_REVIEW' | 'DRAFT',
    audit: { actorId: string; action: string },
  ): Promise<ListingResult> {
    const from = status === 'PENDING_REVIEW' ? (['DRAFT', 'CHANGES_REQUESTED'] as const) : (['PENDING_REVIEW'] as const);
    const ok = await this.repo.transaction(async (tx) => {
      const changed = await this.moderation.changeRevisionStatus(tx, revision.id, [...from], status);
      if (changed) await this.moderation.record(tx, { ...audit, entityType: 'listing', entityId: listing.id, data: { revisionId: revision.id } });
      return changed;
    });
    return ok ? listing : this.invalidMove(ctx);
  }

  /** The owner organisation's members hear of a moderator's decision, in the decision's transaction. */
  private async tellDecision(tx: Tx, listing: ListingRow, moderatorId: string, review: Review, onRevision: boolean): Promise<void> {
    await notify(tx, {
      userIds: await organisationMemberIds(tx, listing.organisationId),
      exceptUserId: moderatorId,
      type: 'listing.decision',
      data: {
        title: listing.titleVi, titleEn: listing.titleEn, decision: review.action, reason: review.reason, comment: review.comment, onRevision,
      },
      link: `/workspace/listings/${listing.id}`,
    });
  }

  private incomplete(ctx: RequestContext, kind: ListingKind, content: ListingContent): InputError | null {
    const missing = missingForSubmission(kind, content);
    if (!missing.length) return null;
    return inputError(ctx.locale, missing.map((f) => fieldError(ctx.locale, f, 'REQUIRED')), 'INCOMPLETE');
  }

  private invalidMove(ctx: RequestContext, code?: RefusalCode): InputError {
    return refusedMove(ctx.locale, code);
  }

  private async merge(ctx: RequestContext, kind: ListingKind, content: ListingContent, input: ListingInput) {
    const merged = mergeInput(ctx.locale, kind, content, input);
    if (!merged.ok || !input.fieldCode) return merged;
    const [field] = await this.taxonomy.byCodes([input.fieldCode]);
    if (field?.parentCode) return merged;
    return { ok: false as const, error: inputError(ctx.locale, [fieldError(ctx.locale, 'fieldCode', 'INVALID_VALUE')]) };
  }

  private async contentOf(listing: ListingRow): Promise<ListingContent> {
    return contentOf(listing, await this.repo.ipTitlesOf([listing.id]));
  }

  private async uniqueSlug(title: string): Promise<string> {
    const base = slugify(title) || 'tin-dang';
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if (!(await this.repo.slugExists(slug))) return slug;
    }
  }

  private async isMember(ctx: RequestContext, listing: ListingRow): Promise<boolean> {
    return (await this.organisations.memberOf(ctx, [listing.organisationId])).has(listing.organisationId);
  }

  private async insiders(ctx: RequestContext, listings: readonly ListingRow[]): Promise<ListingRow[]> {
    if (isStaff(ctx)) return [...listings];
    const members = await this.organisations.memberOf(ctx, listings.map((l) => l.organisationId));
    return listings.filter((l) => members.has(l.organisationId));
  }

  private async requireMembership(ctx: RequestContext, organisationId: string): Promise<void> {
    requireUser(ctx);
    if (!(await this.organisations.memberOf(ctx, [organisationId])).has(organisationId)) {
      throw new DomainError('FORBIDDEN');
    }
  }

  /** Sellers act only for organisations they belong to; moderators cannot edit a seller's text. */
  private async loadForMember(ctx: RequestContext, id: string) {
    const user = requireUser(ctx);
    const listing = await this.repo.findById(requireId(id));
    if (!listing) throw new DomainError('NOT_FOUND');
    await this.requireMembership(ctx, listing.organisationId);
    return { user, listing };
  }
}
