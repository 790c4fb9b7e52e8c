// Reading the review queue's filters from the address (plain GET forms and links, so they work without
// JavaScript and each filtered view has its own address) and how long an item has been waiting.
import type { ListingKind } from '$lib/graphql/generated';
import { parseListingKind } from '$lib/listing-kinds';

export type QueueEntityType = 'listing' | 'organisation';

export interface QueueFilters {
  entityType: QueueEntityType | null;
  kind: ListingKind | null;
  fieldCode: string | null;
}

const FIELD_CODE = /^[0-9A-Za-z.\-_]{1,20}$/;

export function parseQueueFilters(params: URLSearchParams): QueueFilters {
  const entity = params.get('entityType');
  const entityType = entity === 'listing' || entity === 'organisation' ? entity : null;
  const field = params.get('field')?.trim() ?? '';
  return {
    entityType,
    // A listing kind only narrows listings; asking for it implies listings.
    kind: entityType === 'organisation' ? null : parseListingKind(params.get('kind')),
    fieldCode: FIELD_CODE.test(field) ? field : null,
  };
}

export function hasFilters(filters: QueueFilters): boolean {
  return filters.entityType !== null || filters.kind !== null || filters.fieldCode !== null;
}

const DAY = 24 * 60 * 60 * 1000;

/** Whole days since `iso`, never negative (clocks differ a little between machines). */
export function daysWaiting(iso: string, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / DAY));
}
