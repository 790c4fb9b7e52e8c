import type { RequestContext } from '../../graphql/context.ts';
import type { ListingKind } from '../../generated/prisma/enums.ts';
import { isStaff } from '../access.ts';
import type { OrganisationService } from '../organisation/organisation.service.ts';
import type { ListingRepository, ListingRow } from './listing.repository.ts';

const MAX_PAGE = 100;

export function clampFirst(first: number | null | undefined, fallback: number): number {
  return Math.min(Math.max(first ?? fallback, 0), MAX_PAGE);
}

export class ListingService {
  constructor(
    private readonly repo: ListingRepository,
    private readonly organisations: OrganisationService,
  ) {}

  latest(_ctx: RequestContext, first: number | null | undefined, kind: ListingKind | null | undefined): Promise<ListingRow[]> {
    return this.repo.latestPublished(clampFirst(first, 12), kind ?? null);
  }

  /** Public once published; before that only to the owner organisation's members and the department. */
  async bySlug(ctx: RequestContext, slug: string): Promise<ListingRow | null> {
    const listing = await this.repo.findBySlug(slug);
    if (!listing) return null;
    if (listing.status === 'PUBLISHED' || isStaff(ctx)) return listing;
    const members = await this.organisations.memberOf(ctx, [listing.organisationId]);
    return members.has(listing.organisationId) ? listing : null;
  }

  async publishedOfOrganisations(organisationIds: readonly string[], first: number | null | undefined): Promise<ListingRow[][]> {
    const rows = await this.repo.publishedOfOrganisations(organisationIds, clampFirst(first, 20));
    return organisationIds.map((id) => rows.filter((r) => r.organisationId === id));
  }

  /**
   * The owner of each listing as the caller may see it: hidden for anonymous technology requests,
   * except to the owner's members and the department.
   */
  async ownersOf(ctx: RequestContext, listings: readonly ListingRow[]) {
    const ids = listings.map((l) => l.organisationId);
    const hidden = listings.filter((l) => l.hideOrganisation).map((l) => l.organisationId);
    const [orgs, members] = await Promise.all([
      this.organisations.byIds(ids),
      isStaff(ctx) ? Promise.resolve(new Set(hidden)) : this.organisations.memberOf(ctx, hidden),
    ]);
    return listings.map((l, i) => (l.hideOrganisation && !members.has(l.organisationId) ? null : orgs[i]));
  }
}
