import type { RequestContext } from '../../graphql/context.ts';
import { isStaff } from '../access.ts';
import type { OrganisationRepository, OrganisationRow } from './organisation.repository.ts';

export class OrganisationService {
  constructor(private readonly repo: OrganisationRepository) {}

  /** Public once published; before that only to its members and the department. */
  async bySlug(ctx: RequestContext, slug: string): Promise<OrganisationRow | null> {
    const org = await this.repo.findBySlug(slug);
    if (!org) return null;
    if (org.status === 'PUBLISHED' || isStaff(ctx)) return org;
    return ctx.user && (await this.repo.isMember(ctx.user.id, org.id)) ? org : null;
  }

  async byIds(ids: readonly string[]): Promise<(OrganisationRow | null)[]> {
    const rows = await this.repo.byIds(ids);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  memberOf(ctx: RequestContext, organisationIds: readonly string[]): Promise<Set<string>> {
    if (!ctx.user || organisationIds.length === 0) return Promise.resolve(new Set());
    return this.repo.memberOf(ctx.user.id, organisationIds);
  }
}
