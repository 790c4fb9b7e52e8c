// The batch readers behind the Listing type's loaders: each answers for many listings in a fixed number of
// queries, and shows the caller only what they may see (owners' members and the department see the moderation).
import type { RequestContext } from '../../lib/request-context.ts';
import { isStaff } from '../access.ts';
import { asAuditEntry } from '../moderation/audit-entry.ts';
import { AUDIT_TRAIL_ORDER, DECISIONS_ORDER, type ModerationRepository } from '../moderation/moderation.repository.ts';
import type { RevisionRow } from '../moderation/workflow.repository.ts';
import type { WorkflowService } from '../moderation/workflow.service.ts';
import type { OrganisationService } from '../organisation/organisation.service.ts';
import { columnsOf, contentOf, diffContent, type ListingContent } from './listing-content.ts';
import { nestedPages, type NestedQuery } from '../../lib/pagination.ts';
import type { OrganisationRow } from '../organisation/organisation.repository.ts';
import { ORGANISATION_LISTINGS_ORDER, type ListingRepository, type ListingRow } from './listing.repository.ts';
import { missingForSubmission } from './listing.validation.ts';
import { listingWorkflow, type ListingWorkflow } from './listing.workflow.ts';

export class ListingQueries {
  private readonly flow: ListingWorkflow;
  /** Reads of open edits under way, per request (openEdits). */
  private readonly asked = new WeakMap<RequestContext, Map<string, Promise<{ ids: string[]; revisions: RevisionRow[] }>>>();

  constructor(
    private readonly repo: ListingRepository,
    private readonly organisations: OrganisationService,
    private readonly moderation: ModerationRepository,
    private readonly workflow: WorkflowService,
  ) {
    this.flow = listingWorkflow(repo, organisations);
  }

  /** What the caller can do with each listing now (the web's buttons), from the workflow's one table. */
  actionsOf(ctx: RequestContext, listings: readonly ListingRow[]) {
    return this.workflow.actionsOf(ctx, this.flow, listings);
  }

  /** A page of each organisation's published listings, newest first. */
  publishedOfOrganisations(ctx: RequestContext, queries: readonly NestedQuery<OrganisationRow>[]) {
    return nestedPages(
      ctx.locale,
      ORGANISATION_LISTINGS_ORDER,
      queries,
      async (orgs, page) => {
        const rows = await this.repo.publishedOfOrganisations(orgs.map((o) => o.id), page);
        return orgs.map((o) => rows.filter((r) => r.organisationId === o.id));
      },
      (l) => [l.publishedAt, l.id],
    );
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

  /**
   * What each listing still needs before it can be submitted (of its open edit, if any), for the owner's members
   * and the department; others get an empty list.
   */
  async missingOf(ctx: RequestContext, listings: readonly ListingRow[]): Promise<string[][]> {
    const { ids, revisions } = await this.openEdits(ctx, listings);
    const ipTitles = ids.length ? await this.repo.ipTitlesOf(ids) : [];
    return listings.map((l) => {
      if (!ids.includes(l.id)) return [];
      const open = revisions.find((r) => r.entityId === l.id);
      const content = open ? (open.content as unknown as ListingContent) : contentOf(l, ipTitles.filter((t) => t.listingId === l.id));
      return missingForSubmission(l.kind, content);
    });
  }

  async pendingRevisions(ctx: RequestContext, listings: readonly ListingRow[]) {
    const { revisions } = await this.openEdits(ctx, listings);
    return listings.map((l) => revisions.find((r) => r.entityId === l.id) ?? null);
  }

  /**
   * The listings whose moderation the caller may see, and their open edits. A list shows both what each still needs
   * and its pending edit (a workspace page): their loaders ask for the same listings at the same moment, and share
   * one read. Kept only until the event loop moves on, so a field read after a change (a later mutation of the same
   * request) reads afresh.
   */
  private openEdits(ctx: RequestContext, listings: readonly ListingRow[]): Promise<{ ids: string[]; revisions: RevisionRow[] }> {
    const key = listings.map((l) => l.id).join(',');
    let asked = this.asked.get(ctx);
    if (!asked) this.asked.set(ctx, (asked = new Map()));
    let found = asked.get(key);
    if (!found) {
      found = this.insiders(ctx, listings).then(async (allowed) => {
        const ids = allowed.map((l) => l.id);
        return { ids, revisions: await this.workflow.openRevisions('listing', ids) };
      });
      asked.set(key, found);
      const done = asked;
      setImmediate(() => done.delete(key));
    }
    return found;
  }

  /** A page of the department's decisions on each listing, for its members and the department. */
  async decisionsOf(ctx: RequestContext, queries: readonly NestedQuery<ListingRow>[]) {
    const allowed = new Set((await this.insiders(ctx, queries.map((q) => q.obj))).map((l) => l.id));
    return nestedPages(
      ctx.locale,
      DECISIONS_ORDER,
      queries,
      async (listings, page) => {
        const ids = listings.filter((l) => allowed.has(l.id)).map((l) => l.id);
        const rows = ids.length ? await this.moderation.decisionsOf('listing', ids, page) : [];
        return listings.map((l) => rows.filter((r) => r.entityId === l.id));
      },
      (d) => [d.createdAt, d.id],
    );
  }

  async verifiedClaimsOf(listings: readonly ListingRow[]) {
    const rows = await this.moderation.claimsOf('listing', listings.map((l) => l.id));
    return listings.map((l) => rows.filter((r) => r.entityId === l.id).map((r) => r.claim));
  }

  /** True where a person posted the listing on their own (their requester profile owns it). */
  async postedByIndividual(listings: readonly ListingRow[]): Promise<boolean[]> {
    const owners = await this.organisations.byIds(listings.map((l) => l.organisationId));
    return owners.map((o) => o?.kind === 'INDIVIDUAL');
  }

  /** A page of each listing's audit trail, for the department (empty for anyone else). */
  auditTrails(ctx: RequestContext, queries: readonly NestedQuery<ListingRow>[]) {
    return nestedPages(
      ctx.locale,
      AUDIT_TRAIL_ORDER,
      queries,
      async (listings, page) => {
        const rows = isStaff(ctx) ? await this.moderation.auditTrails('listing', listings.map((l) => l.id), page) : [];
        return listings.map((l) => rows.filter((r) => r.entityId === l.id).map(asAuditEntry));
      },
      (e) => [e.createdAt, e.id],
    );
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
    return diffContent(await this.flow.contentOf(listing), revision.content as unknown as ListingContent);
  }

  private async insiders(ctx: RequestContext, listings: readonly ListingRow[]): Promise<ListingRow[]> {
    if (isStaff(ctx)) return [...listings];
    const members = await this.organisations.memberOf(ctx, listings.map((l) => l.organisationId));
    return listings.filter((l) => members.has(l.organisationId));
  }
}
