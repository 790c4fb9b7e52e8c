// Bookmarks: a signed-in person follows listings and organisations they may see, finds them on one page, and hears
// when a followed listing changes its price, is reserved or leaves the exchange (bookmark-news.ts).
import type { RequestContext } from '../../lib/request-context.ts';
import { pageRequest, toConnection, type Connection, type PageArgs } from '../../lib/pagination.ts';
import { fieldError, inputError, isUuid, type InputError } from '../../lib/validation.ts';
import { isStaff, requirePlatform, requireUser } from '../access.ts';
import type { ListingRow } from '../listing/listing.repository.ts';
import type { ListingService } from '../listing/listing.service.ts';
import { notify } from '../notification/notify.ts';
import type { OrganisationRow } from '../organisation/organisation.repository.ts';
import type { OrganisationService } from '../organisation/organisation.service.ts';
import { listingNotice, type ListingChange } from './bookmark-news.ts';
import { BOOKMARK_ORDER, type BookmarkKind, type BookmarkRepository, type BookmarkRow, type BookmarkTarget } from './bookmark.repository.ts';

/** How many items one person may follow: enough for anyone, and a bound on what one account can make us store. */
export const MAX_BOOKMARKS = 1000;

/** A bookmark as the saved page shows it: the item while the caller may see it, nothing of it otherwise. */
export interface BookmarkView {
  id: string;
  kind: BookmarkKind;
  createdAt: Date;
  available: boolean;
  listing: ListingRow | null;
  organisation: OrganisationRow | null;
}

export interface BookmarkState {
  __typename: 'BookmarkState';
  bookmarked: boolean;
  listing: ListingRow | null;
  organisation: OrganisationRow | null;
}

export type BookmarkResult = BookmarkState | InputError;

interface ItemArgs {
  id?: string | null;
  listingId?: string | null;
  organisationId?: string | null;
}

export class BookmarkService {
  constructor(
    private readonly repo: BookmarkRepository,
    private readonly listings: ListingService,
    private readonly organisations: OrganisationService,
  ) {}

  /** Follows the listing or the organisation, if the caller may see it; following it again changes nothing. */
  async bookmark(ctx: RequestContext, args: ItemArgs): Promise<BookmarkResult> {
    const user = requireUser(ctx);
    const target = this.target(ctx, { listingId: args.listingId, organisationId: args.organisationId });
    if ('__typename' in target) return target;
    const field = 'organisationId' in target ? 'organisationId' : 'listingId';
    const item = await this.visibleItem(ctx, target);
    if ('id' in target || (!item.listing && !item.organisation)) return this.refuse(ctx, field, 'NOT_FOUND');
    const saved = await this.repo.add(user.id, target, MAX_BOOKMARKS);
    if (!saved) return this.refuse(ctx, field, 'BOOKMARK_LIMIT', { max: MAX_BOOKMARKS });
    return { __typename: 'BookmarkState', bookmarked: true, ...item };
  }

  /** Stops following; what the caller does not follow (any more) is simply not followed. */
  async remove(ctx: RequestContext, args: ItemArgs): Promise<BookmarkResult> {
    const user = requireUser(ctx);
    const target = this.target(ctx, args);
    if ('__typename' in target) return target;
    await this.repo.remove(user.id, target);
    const item = await this.visibleItem(ctx, target);
    return { __typename: 'BookmarkState', bookmarked: false, ...item };
  }

  /** A page of the caller's bookmarks, newest first; items they may no longer see are there, marked unavailable. */
  async page(ctx: RequestContext, kind: BookmarkKind | null | undefined, args: PageArgs): Promise<Connection<BookmarkView>> {
    const user = requireUser(ctx);
    const page = pageRequest(ctx.locale, BOOKMARK_ORDER, args);
    const rows = page.first ? await this.repo.page(user.id, kind ?? null, page) : [];
    const connection = toConnection(BOOKMARK_ORDER, rows, page, (b) => [b.createdAt, b.id]);
    const [listings, organisations] = await Promise.all([
      this.listings.visibleByIds(ctx, connection.nodes.flatMap((b) => (b.listingId ? [b.listingId] : []))),
      this.organisations.visibleByIds(ctx, connection.nodes.flatMap((b) => (b.organisationId ? [b.organisationId] : []))),
    ]);
    const byId = new Map<string, ListingRow | OrganisationRow>([...listings, ...organisations].flatMap((r) => (r ? [[r.id, r] as const] : [])));
    return { ...connection, nodes: connection.nodes.map((b) => view(b, byId)) };
  }

  /** Whether the caller follows each listing: one query for a page of them, none for visitors. */
  listingsFollowed(ctx: RequestContext, listings: readonly { id: string }[]): Promise<boolean[]> {
    return this.followed(ctx, 'listingId', listings);
  }

  organisationsFollowed(ctx: RequestContext, organisations: readonly { id: string }[]): Promise<boolean[]> {
    return this.followed(ctx, 'organisationId', organisations);
  }

  /** How many follow each listing, for its organisation's members and the department (null for others). */
  async listingFollowers(ctx: RequestContext, listings: readonly ListingRow[]): Promise<(number | null)[]> {
    return this.followerCounts(ctx, 'listingId', listings.map((l) => ({ id: l.id, organisationId: l.organisationId })));
  }

  async organisationFollowers(ctx: RequestContext, organisations: readonly OrganisationRow[]): Promise<(number | null)[]> {
    return this.followerCounts(ctx, 'organisationId', organisations.map((o) => ({ id: o.id, organisationId: o.id })));
  }

  // ── the followers' news (the job queue) ─────────────────────────────────────────────────────────────────────

  /**
   * Tells the followers of a listing about one change, in one transaction with the record of the change: a retry of
   * the job finds it and tells nobody again. Returns how many were told (0 also when it was told before).
   */
  async tellFollowers(ctx: RequestContext, change: ListingChange): Promise<number> {
    requirePlatform(ctx);
    return this.repo.tellOnce(change.changeId, change.listingId, change.kind, async (tx) => {
      const listing = await this.repo.newsListing(tx, change.listingId);
      if (!listing) return null;
      // The buyer whose deposit reserved it knows already.
      const depositor = change.kind === 'reserved' && change.reservedUntil ? await this.repo.depositorOf(tx, listing.id, new Date(change.reservedUntil)) : null;
      const followers = await this.repo.followersToTell(tx, listing, depositor ? [depositor] : []);
      await notify(tx, { userIds: followers, ...listingNotice(change, listing) });
      return followers.length;
    });
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────────────────────

  /** Exactly one item, named by well-formed ids; a refusal names the argument. */
  private target(ctx: RequestContext, args: ItemArgs): BookmarkTarget | { id: string } | InputError {
    const named = (['id', 'listingId', 'organisationId'] as const).filter((k) => args[k] != null);
    if (named.length !== 1) return this.refuse(ctx, named[1] ?? 'listingId', 'BOOKMARK_ONE_ITEM');
    const key = named[0]!;
    const id = args[key]!;
    if (!isUuid(id)) return this.refuse(ctx, key, 'INVALID_VALUE');
    return key === 'id' ? { id } : key === 'listingId' ? { listingId: id } : { organisationId: id };
  }

  /** The item as the caller may see it (a bookmark named by its own id names no item here). */
  private async visibleItem(ctx: RequestContext, target: BookmarkTarget | { id: string }) {
    const [listing] = 'listingId' in target && target.listingId ? await this.listings.visibleByIds(ctx, [target.listingId]) : [null];
    const [organisation] = 'organisationId' in target && target.organisationId ? await this.organisations.visibleByIds(ctx, [target.organisationId]) : [null];
    return { listing: listing ?? null, organisation: organisation ?? null };
  }

  private refuse(ctx: RequestContext, field: string, code: string, params: Record<string, number> = {}): InputError {
    return inputError(ctx.locale, [fieldError(ctx.locale, field, code, params)], code);
  }

  private async followed(ctx: RequestContext, column: 'listingId' | 'organisationId', items: readonly { id: string }[]): Promise<boolean[]> {
    if (!ctx.user || items.length === 0) return items.map(() => false);
    const followed = await this.repo.followed(ctx.user.id, column, items.map((i) => i.id));
    return items.map((i) => followed.has(i.id));
  }

  private async followerCounts(ctx: RequestContext, column: 'listingId' | 'organisationId', items: readonly { id: string; organisationId: string }[]) {
    const members = isStaff(ctx) ? null : await this.organisations.memberOf(ctx, items.map((i) => i.organisationId));
    const allowed = items.filter((i) => !members || members.has(i.organisationId));
    const counts = allowed.length ? await this.repo.followerCounts(column, allowed.map((i) => i.id)) : new Map<string, number>();
    return items.map((i) => (allowed.includes(i) ? (counts.get(i.id) ?? 0) : null));
  }
}

function view(b: BookmarkRow, visible: Map<string, ListingRow | OrganisationRow>): BookmarkView {
  const item = visible.get(b.listingId ?? b.organisationId ?? '') ?? null;
  const listing = b.listingId ? ((item as ListingRow | null) ?? null) : null;
  const organisation = b.organisationId ? ((item as OrganisationRow | null) ?? null) : null;
  return { id: b.id, kind: b.listingId ? 'LISTING' : 'ORGANISATION', createdAt: b.createdAt, available: item !== null, listing, organisation };
}
