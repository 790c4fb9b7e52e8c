import { auditActor, type RequestContext } from '../../lib/request-context.ts';
import { DomainError } from '../../lib/domain-error.ts';
import type { ListingKind, ModerationStatus } from '../../generated/prisma/enums.ts';
import { fieldError, inputError, isSlug, isStorableDate, isStorableText, isUuid, type InputError } from '../../lib/validation.ts';
import { pageRequest, toConnection, type PageArgs } from '../../lib/pagination.ts';
import { slugify } from '../../lib/slug.ts';
import { isStaff, requirePlatform, requireUser } from '../access.ts';
import { canMove } from '../moderation/workflow.ts';
import type { WorkflowService } from '../moderation/workflow.service.ts';
import type { OrganisationService } from '../organisation/organisation.service.ts';
import { organisationMemberIds } from '../notification/notification.repository.ts';
import { notify } from '../notification/notify.ts';
import type { TaxonomyService } from '../taxonomy/taxonomy.service.ts';
import { contentHash, type IpTitleContent, type ListingContent } from './listing-content.ts';
import { MY_LISTINGS_ORDER, type ListingRepository, type ListingRow } from './listing.repository.ts';
import { mergeInput, validateDossier, type ListingInput } from './listing.validation.ts';
import { listingWorkflow, type ListingWorkflow } from './listing.workflow.ts';

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
    fieldCode: null, keywords: [], keywordsEn: [], trl: null, appraisalLevel: null, priceType: 'NEGOTIABLE', priceMin: null,
    priceMax: null, commune: org?.commune ?? null, province: org?.province ?? 'Tây Ninh', validUntil: null,
    hideOrganisation: org?.kind === 'INDIVIDUAL', details: {}, ipTitles: [],
  };
}

/** Individuals post technology requests only; offers come from registered organisations. */
function individualsRequestOnly(ctx: RequestContext): InputError {
  return inputError(ctx.locale, [fieldError(ctx.locale, 'kind', 'INDIVIDUAL_REQUESTS_ONLY')], 'INDIVIDUAL_REQUESTS_ONLY');
}

export class ListingService {
  private readonly flow: ListingWorkflow;

  constructor(
    private readonly repo: ListingRepository,
    private readonly organisations: OrganisationService,
    private readonly workflow: WorkflowService,
    private readonly taxonomy: TaxonomyService,
  ) {
    this.flow = listingWorkflow(repo, organisations);
  }

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

  /** A page of the caller's organisations' listings; the counts by status are of all pages and statuses. */
  async mine(ctx: RequestContext, organisationId: string | null | undefined, statuses: ModerationStatus[] | null | undefined, args: PageArgs) {
    const user = requireUser(ctx);
    const page = pageRequest(ctx.locale, MY_LISTINGS_ORDER, args);
    // An id that is no uuid names none of the person's organisations.
    const { rows, byStatus } =
      organisationId != null && !isUuid(organisationId) ? { rows: [], byStatus: [] } : await this.repo.ofMember(user.id, organisationId ?? null, statuses ?? null, page);
    const counted = statuses?.length ? byStatus.filter((g) => statuses.includes(g.status)) : byStatus;
    return {
      ...toConnection(MY_LISTINGS_ORDER, rows, page, (l) => [l.updatedAt, l.id]),
      totalCount: counted.reduce((sum, g) => sum + g.count, 0),
      byStatus,
    };
  }

  async canEdit(ctx: RequestContext, listings: readonly ListingRow[]): Promise<boolean[]> {
    const members = await this.organisations.memberOf(ctx, listings.map((l) => l.organisationId));
    return listings.map((l) => members.has(l.organisationId));
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

  /**
   * Drafts are saved in place; a published listing gets a revision and stays as it is until that is approved.
   * The confidential dossier is never public, so it is saved as it is in any state, with the rest of the edit.
   */
  async update(ctx: RequestContext, id: string, input: ListingInput): Promise<ListingResult> {
    const item = await this.workflow.load(ctx, this.flow, 'EDIT', id);
    const { user, row: listing } = item;
    const { dossierVi: _vi, dossierEn: _en, ...content } = input;
    // A person's request keeps its owner's name hidden, whatever the form sends.
    if (content.hideOrganisation === false && (await this.organisations.byIds([listing.organisationId]))[0]?.kind === 'INDIVIDUAL') {
      delete content.hideOrganisation;
    }
    const dossier = validateDossier(ctx.locale, input);
    if (dossier && !dossier.ok) return dossier.error;
    const setDossier = { actorId: user.id, action: 'listing.setDossier', entityType: 'listing' as const, entityId: id };
    const onlyDossier = Object.values(content).every((v) => v === undefined);
    if (dossier && onlyDossier) return this.repo.saveDossier(id, dossier.data, setDossier);
    // The audit trail shows what changed, field by field, as the review of an edit does.
    return this.workflow.edit(ctx, this.flow, item, (c) => this.merge(ctx, listing.kind, c, content), {
      action: 'listing.update',
      data: dossier ? { dossier: true } : {},
      columns: dossier?.data,
      also: dossier ? (tx) => this.repo.writeDossier(tx, id, dossier.data, setDossier) : undefined,
    });
  }

  async setIpTitles(ctx: RequestContext, id: string, titles: IpTitleContent[]): Promise<ListingResult> {
    const item = await this.workflow.load(ctx, this.flow, 'EDIT', id);
    const unstorable = (t: IpTitleContent) =>
      [t.titleVi, t.titleEn, t.ownerName, t.number].some((s) => s && !isStorableText(s)) || (t.grantedAt && !isStorableDate(new Date(t.grantedAt)));
    const invalid = titles.findIndex((t) => !t.titleVi?.trim() || !t.ownerName?.trim() || (t.number?.length ?? 0) > 60 || unstorable(t));
    if (titles.length > 20 || invalid >= 0) {
      return inputError(ctx.locale, [fieldError(ctx.locale, `ipTitles.${Math.max(invalid, 0)}`, 'INVALID_VALUE')]);
    }
    const clean = titles.map((t) => ({
      ...t, number: t.number?.trim() || null, titleVi: t.titleVi.trim(), titleEn: t.titleEn?.trim() || null, ownerName: t.ownerName.trim(),
    }));
    return this.workflow.edit(ctx, this.flow, item, async (c) => ({ ok: true as const, data: { ...c, ipTitles: clean } }), { action: 'listing.setIpTitles' });
  }

  /** Sends a complete draft, or the open edit of a published listing, to the department. */
  submit(ctx: RequestContext, id: string): Promise<ListingResult> {
    return this.workflow.submit(ctx, this.flow, id);
  }

  withdraw(ctx: RequestContext, id: string): Promise<ListingResult> {
    return this.workflow.withdraw(ctx, this.flow, id);
  }

  archive(ctx: RequestContext, id: string): Promise<ListingResult> {
    return this.workflow.archive(ctx, this.flow, id);
  }

  /** Extends validity; content changed since its approval goes back to review first. */
  async renew(ctx: RequestContext, id: string, validUntil: Date): Promise<ListingResult> {
    const item = await this.workflow.load(ctx, this.flow, 'RENEW', id);
    const listing = item.row;
    const merged = await this.merge(ctx, listing.kind, await this.flow.contentOf(listing), { validUntil });
    if (!merged.ok) return merged.error;
    const unchanged = listing.publishedHash !== null && contentHash(merged.data) === listing.publishedHash;
    const data = { validUntil, expiryWarnedAt: null };
    if (unchanged && canMove('renew', item.state)) return this.workflow.act(ctx, this.flow, item, 'RENEW', { data });
    // Not the open edit of a published listing: renewing sends the listing itself.
    if (!canMove('submit', item.state)) return this.workflow.refused(ctx);
    return this.workflow.act(ctx, this.flow, item, 'SUBMIT', { data, content: merged.data });
  }

  // ── the department's moves ─────────────────────────────────────────────────────────────────────────────────

  /** Approve, request changes or reject a listing under review or its pending edit; or unpublish it. */
  review(ctx: RequestContext, id: string, input: unknown): Promise<ListingResult> {
    return this.workflow.review(ctx, this.flow, id, input);
  }

  unpublish(ctx: RequestContext, id: string, input: unknown): Promise<ListingResult> {
    return this.workflow.review(ctx, this.flow, id, { ...(input as object), action: 'UNPUBLISH' });
  }

  // ── the clock's moves ──────────────────────────────────────────────────────────────────────────────────────

  /** Takes listings past their validity off the exchange; returns how many. */
  async expireDue(ctx: RequestContext, now = new Date()): Promise<number> {
    requirePlatform(ctx);
    let done = 0;
    for (const listing of await this.repo.expiredPublished(now, 500)) {
      if (await this.workflow.system(ctx, this.flow, listing, 'expire')) done++;
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

  private async merge(ctx: RequestContext, kind: ListingKind, content: ListingContent, input: ListingInput) {
    const merged = mergeInput(ctx.locale, kind, content, input);
    if (!merged.ok || !input.fieldCode) return merged;
    const [field] = await this.taxonomy.byCodes([input.fieldCode]);
    if (field?.parentCode) return merged;
    return { ok: false as const, error: inputError(ctx.locale, [fieldError(ctx.locale, 'fieldCode', 'INVALID_VALUE')]) };
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

  private async requireMembership(ctx: RequestContext, organisationId: string): Promise<void> {
    requireUser(ctx);
    if (!(await this.organisations.memberOf(ctx, [organisationId])).has(organisationId)) {
      throw new DomainError('FORBIDDEN');
    }
  }
}
