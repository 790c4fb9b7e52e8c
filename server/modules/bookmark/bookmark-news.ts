// What a bookmarked listing's followers are told. A trigger on "Listing" (migration bookmarks) queues one
// 'bookmark.listingChanged' job per change of a published listing that someone follows, with the old and new values;
// this reads the job's payload and says which notification it makes.
import type { NotificationInput, NotificationType } from '../notification/notification-types.ts';

export type ListingNews = 'priceChanged' | 'reserved' | 'ended';

export interface PriceValues {
  type: string;
  /** Whole đồng as decimal text (exact), or null. */
  min: string | null;
  max: string | null;
}

export interface ListingChange {
  changeId: string;
  listingId: string;
  kind: ListingNews;
  /** The listing's status after the change (EXPIRED, UNPUBLISHED, ARCHIVED… for 'ended'). */
  status: string;
  reservedUntil: string | null;
  old: PriceValues;
  new: PriceValues;
}

const NEWS: Record<ListingNews, NotificationType> = {
  priceChanged: 'bookmark.priceChanged',
  reserved: 'bookmark.reserved',
  ended: 'bookmark.ended',
};

const isText = (v: unknown) => typeof v === 'string';
const isPrice = (v: unknown): v is PriceValues => {
  const p = v as Partial<PriceValues> | null;
  return !!p && isText(p.type) && (p.min === null || isText(p.min)) && (p.max === null || isText(p.max));
};

export function isListingChange(payload: unknown): payload is ListingChange {
  const p = payload as Partial<ListingChange> | null;
  return !!p && isText(p.changeId) && isText(p.listingId) && !!p.kind && p.kind in NEWS && isText(p.status) && isPrice(p.old) && isPrice(p.new);
}

/** The notification of a change, without its recipients: the type, the values its templates say, and the page it opens. */
export function listingNotice(change: ListingChange, listing: { slug: string; titleVi: string; titleEn: string | null }): Omit<NotificationInput, 'userIds'> {
  const title = { title: listing.titleVi, titleEn: listing.titleEn };
  // A listing that left the exchange has no public page any more: the follower's saved list says it is gone.
  const link = change.kind === 'ended' ? '/account/saved' : `/listings/${listing.slug}`;
  switch (change.kind) {
    case 'priceChanged':
      return {
        type: NEWS.priceChanged,
        data: { ...title, oldPriceType: change.old.type, oldPriceMin: change.old.min, oldPriceMax: change.old.max, newPriceType: change.new.type, newPriceMin: change.new.min, newPriceMax: change.new.max },
        link,
      };
    case 'reserved':
      return { type: NEWS.reserved, data: { ...title, reservedUntil: change.reservedUntil ? new Date(change.reservedUntil).toISOString() : null }, link };
    case 'ended':
      return { type: NEWS.ended, data: { ...title, status: change.status }, link };
  }
}
