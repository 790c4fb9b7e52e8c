// The largest page every list argument of the schema accepts. A larger (or negative) value is refused with
// BAD_USER_INPUT naming the argument, before anything runs (refused rather than clamped, so a client never takes a
// short page for the whole list); the services' own clamps (server/lib/pagination.ts) stay as a second line.
// Keys are `Type.field.argument`; a `first` that is missing here gets the default, the largest page of every
// connection (MAX_PAGE_SIZE).
import { MAX_PAGE_SIZE } from '../../lib/pagination.ts';

export const DEFAULT_FIRST_CAP = MAX_PAGE_SIZE;
export const DEFAULT_OFFSET_CAP = 10_000;

/** Lists that are cheaper to cap lower: each search hit and suggestion costs the engine work, the home page six cards. */
export const LIST_CAPS: Record<string, number> = {
  'Query.search.first': 50,
  'Query.suggest.first': 20,
  'Query.featuredListings.first': 50,
  'Listing.related.first': 12,
};

/** Arguments that size a list: their value multiplies the cost of what the field selects. */
export const SIZE_ARGUMENTS = new Set(['first', 'limit', 'last']);
/** Arguments that skip rows: capped, but they do not multiply the answer. */
export const SKIP_ARGUMENTS = new Set(['offset', 'skip']);

export function capOf(typeName: string, fieldName: string, argName: string): number | undefined {
  const explicit = LIST_CAPS[`${typeName}.${fieldName}.${argName}`];
  if (explicit !== undefined) return explicit;
  if (SIZE_ARGUMENTS.has(argName)) return DEFAULT_FIRST_CAP;
  if (SKIP_ARGUMENTS.has(argName)) return DEFAULT_OFFSET_CAP;
  return undefined;
}
