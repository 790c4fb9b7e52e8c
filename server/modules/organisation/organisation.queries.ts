// The batch readers behind the Organisation type's loaders: each answers for many profiles in a fixed number of
// queries, and shows the caller only what they may see (owners and the department see members and moderation).
import type { RequestContext } from '../../lib/request-context.ts';
import { isStaff } from '../access.ts';
import { diffFields } from '../moderation/diff.ts';
import { nestedPages, type NestedQuery } from '../../lib/pagination.ts';
import { DECISIONS_ORDER, type ModerationRepository } from '../moderation/moderation.repository.ts';
import type { RevisionRow } from '../moderation/workflow.repository.ts';
import type { WorkflowService } from '../moderation/workflow.service.ts';
import { missingForOrganisation, ORGANISATION_FIELDS, type OrganisationContent } from './organisation-content.ts';
import { MEMBERS_ORDER, type OrganisationRepository, type OrganisationRow } from './organisation.repository.ts';
import type { OrganisationService } from './organisation.service.ts';
import { organisationWorkflow, type OrganisationWorkflow } from './organisation.workflow.ts';

export class OrganisationQueries {
  private readonly flow: OrganisationWorkflow;

  constructor(
    private readonly repo: OrganisationRepository,
    private readonly organisations: OrganisationService,
    private readonly moderation: ModerationRepository,
    private readonly workflow: WorkflowService,
  ) {
    this.flow = organisationWorkflow(repo);
  }

  /** What the caller can do with each profile now (the web's buttons), from the workflow's one table. */
  actionsOf(ctx: RequestContext, orgs: readonly OrganisationRow[]) {
    return this.workflow.actionsOf(ctx, this.flow, orgs);
  }

  /** Owners manage the profile; editors only edit listings. */
  async canEdit(ctx: RequestContext, orgs: readonly OrganisationRow[]): Promise<boolean[]> {
    if (!ctx.user) return orgs.map(() => false);
    const roles = await this.repo.rolesOf(ctx.user.id, orgs.map((o) => o.id));
    return orgs.map((o) => roles.get(o.id) === 'OWNER');
  }

  /** A page of each organisation's members, oldest first, for its owners and the department. */
  async membersOf(ctx: RequestContext, queries: readonly NestedQuery<OrganisationRow>[]) {
    const orgs = queries.map((q) => q.obj);
    const editable = await this.canEdit(ctx, orgs);
    const allowed = new Set(orgs.filter((_, i) => editable[i] || isStaff(ctx)).map((o) => o.id));
    return nestedPages(
      ctx.locale,
      MEMBERS_ORDER,
      queries,
      async (parents, page) => {
        const ids = parents.filter((o) => allowed.has(o.id)).map((o) => o.id);
        const rows = ids.length ? await this.repo.membersPage(ids, page) : [];
        return parents.map((o) => rows.filter((m) => m.organisationId === o.id));
      },
      (m) => [m.createdAt, m.userId],
    );
  }

  async missingFor(ctx: RequestContext, org: OrganisationRow): Promise<string[]> {
    if (!isStaff(ctx) && !(await this.organisations.memberOf(ctx, [org.id])).has(org.id)) return [];
    return missingForOrganisation(await this.flow.contentOf(org));
  }

  /** A page of the department's decisions on each profile, for its members and the department. */
  async decisionsOf(ctx: RequestContext, queries: readonly NestedQuery<OrganisationRow>[]) {
    const members = await this.organisations.memberOf(ctx, queries.map((q) => q.obj.id));
    return nestedPages(
      ctx.locale,
      DECISIONS_ORDER,
      queries,
      async (orgs, page) => {
        const allowed = orgs.filter((o) => isStaff(ctx) || members.has(o.id)).map((o) => o.id);
        const rows = allowed.length ? await this.moderation.decisionsOf('organisation', allowed, page) : [];
        return orgs.map((o) => rows.filter((r) => r.entityId === o.id));
      },
      (d) => [d.createdAt, d.id],
    );
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
    const members = await this.organisations.memberOf(ctx, orgs.map((o) => o.id));
    const allowed = orgs.filter((o) => isStaff(ctx) || members.has(o.id)).map((o) => o.id);
    const rows = await this.workflow.openRevisions('organisation', allowed);
    return orgs.map((o) => rows.find((r) => r.entityId === o.id) ?? null);
  }

  async revisionChanges(revision: RevisionRow) {
    const org = await this.repo.findById(revision.entityId);
    if (!org) return [];
    return diffFields(await this.flow.contentOf(org), revision.content as unknown as OrganisationContent, ORGANISATION_FIELDS);
  }
}
