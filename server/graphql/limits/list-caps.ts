// The largest page every list argument of the schema accepts. A larger (or negative) value is refused with
// BAD_USER_INPUT naming the argument, before anything runs; the services' own clamps stay as a second line.
// Keys are `Type.field.argument`; an argument named `first` or `offset` that is missing here gets the default.

export const DEFAULT_FIRST_CAP = 100;
export const DEFAULT_OFFSET_CAP = 10_000;

export const LIST_CAPS: Record<string, number> = {
  'Query.latestListings.first': 100,
  'Organisation.listings.first': 100,
  'Query.organisations.first': 100,
  'Query.organisations.offset': DEFAULT_OFFSET_CAP,
  'Query.notifications.first': 100,
  'Query.search.first': 50,
  'Query.suggest.first': 20,
  'Query.myOrders.first': 200,
  'Query.organisationOrders.first': 200,
  'Query.featuredListings.first': 50,
  'Query.organisationDeals.first': 100,
  'Query.myInquiries.first': 100,
  'Query.organisationInquiries.first': 100,
  'Query.people.first': 100,
  'Query.people.offset': DEFAULT_OFFSET_CAP,
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
