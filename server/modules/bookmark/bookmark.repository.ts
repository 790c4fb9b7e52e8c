// Bookmarks and the record of what their followers were told.
import type { Bookmark, PrismaClient } from '../../generated/prisma/client.ts';
import { keyset, keysetOrder, keysetWhere, type PageRequest } from '../../lib/pagination.ts';
import type { Tx } from '../../lib/prisma.ts';

export type BookmarkRow = Bookmark;

/** One item a bookmark names: a listing or an organisation. */
export type BookmarkTarget = { listingId: string; organisationId?: never } | { organisationId: string; listingId?: never };

/** Newest first. */
export const BOOKMARK_ORDER = keyset('bookmarks', ['createdAt', 'date', 'desc'], ['id', 'id', 'desc']);

export type BookmarkKind = 'LISTING' | 'ORGANISATION';

/** What the news task needs of the listing it tells about. */
export interface NewsListing {
  id: string;
  slug: string;
  kind: string;
  titleVi: string;
  titleEn: string | null;
  organisationId: string;
}

export class BookmarkRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** The bookmark, created unless it exists (two clicks at once make one row); null when the person follows `max` items already. */
  async add(userId: string, target: BookmarkTarget, max: number): Promise<BookmarkRow | null> {
    const where = target.listingId ? { userId_listingId: { userId, listingId: target.listingId } } : { userId_organisationId: { userId, organisationId: target.organisationId! } };
    const existing = await this.prisma.bookmark.findUnique({ where });
    if (existing) return existing;
    if ((await this.prisma.bookmark.count({ where: { userId } })) >= max) return null;
    await this.prisma.bookmark.createMany({ data: [{ userId, ...target }], skipDuplicates: true });
    return this.prisma.bookmark.findUnique({ where });
  }

  /** Removes the person's bookmark of the item (or the bookmark `id`, if theirs); nothing when there is none. */
  async remove(userId: string, target: BookmarkTarget | { id: string }): Promise<number> {
    const { count } = await this.prisma.bookmark.deleteMany({ where: { userId, ...target } });
    return count;
  }

  page(userId: string, kind: BookmarkKind | null, page: PageRequest<typeof BOOKMARK_ORDER.columns>): Promise<BookmarkRow[]> {
    const only = kind === 'LISTING' ? { listingId: { not: null } } : kind === 'ORGANISATION' ? { organisationId: { not: null } } : {};
    return this.prisma.bookmark.findMany({
      where: { userId, ...only, ...keysetWhere(BOOKMARK_ORDER, page.after) },
      orderBy: keysetOrder(BOOKMARK_ORDER),
      take: page.take,
    });
  }

  /** Which of the items the person follows (one query for a whole page of them). */
  async followed(userId: string, column: 'listingId' | 'organisationId', ids: readonly string[]): Promise<Set<string>> {
    const rows = await this.prisma.bookmark.findMany({ where: { userId, [column]: { in: [...ids] } }, select: { [column]: true } });
    return new Set(rows.map((r) => (r as Record<string, string>)[column]!));
  }

  /** How many people follow each item. */
  async followerCounts(column: 'listingId' | 'organisationId', ids: readonly string[]): Promise<Map<string, number>> {
    const groups = await this.prisma.bookmark.groupBy({ by: [column], where: { [column]: { in: [...ids] } }, _count: { _all: true } });
    return new Map(groups.map((g) => [g[column]!, g._count._all]));
  }

  // ── the followers' news ────────────────────────────────────────────────────────────────────────────────────

  /**
   * Runs `tell` in one transaction with the record of change `changeId` (and of how many it told); when the change was
   * recorded already (a retried job), tells nobody and answers 0. `tell` answers null when there is nothing to tell
   * about (the listing is gone): then nothing is recorded. Two runs at once cannot both commit: the record's key
   * refuses the second, and its notifications go with it.
   */
  async tellOnce(changeId: string, listingId: string, kind: string, tell: (tx: Tx) => Promise<number | null>): Promise<number> {
    return this.prisma.$transaction(async (tx) => {
      if (await tx.bookmarkNotice.findUnique({ where: { changeId }, select: { changeId: true } })) return 0;
      const followers = await tell(tx);
      if (followers === null) return 0;
      await tx.bookmarkNotice.create({ data: { changeId, listingId, kind, followers } });
      return followers;
    });
  }

  newsListing(tx: Tx, id: string): Promise<NewsListing | null> {
    return tx.listing.findUnique({ where: { id }, select: { id: true, slug: true, kind: true, titleVi: true, titleEn: true, organisationId: true } });
  }

  /**
   * The people to tell about a listing's change: its followers whose accounts are active, but not the members of the
   * organisation that owns it (their own listing's news is no news to them) nor those in `except`.
   */
  async followersToTell(tx: Tx, listing: NewsListing, except: readonly string[]): Promise<string[]> {
    const rows = await tx.bookmark.findMany({
      where: {
        listingId: listing.id,
        user: { status: 'ACTIVE', memberships: { none: { organisationId: listing.organisationId } } },
        userId: { notIn: [...except] },
      },
      select: { userId: true },
    });
    return rows.map((r) => r.userId);
  }

  /** Who paid the deposit that holds the listing until `until` (they know already). */
  async depositorOf(tx: Tx, listingId: string, until: Date): Promise<string | null> {
    const order = await tx.order.findFirst({ where: { listingId, kind: 'EQUIPMENT_DEPOSIT', endsAt: until }, select: { userId: true } });
    return order?.userId ?? null;
  }
}
