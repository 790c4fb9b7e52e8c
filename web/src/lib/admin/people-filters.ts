// The users list's search form lives in the address (a GET form), so every search can be bookmarked and works
// without JavaScript. Values that only come from edited links are dropped rather than refused.
import { ACCOUNT_STATUS_VALUES, USER_ROLE_VALUES } from '$lib/graphql/enums';
import type { AccountStatus, UserRole } from '$lib/graphql/generated';

export const PEOPLE_PAGE_SIZE = 25;
export const ROLES: readonly UserRole[] = USER_ROLE_VALUES;
export const STATUSES: readonly AccountStatus[] = ACCOUNT_STATUS_VALUES;
const QUERY_MAX = 200;

export interface PeopleFilters {
  query: string;
  role: UserRole | null;
  status: AccountStatus | null;
}

export function parsePeopleFilters(params: URLSearchParams): PeopleFilters {
  const role = ROLES.find((r) => r === params.get('role')) ?? null;
  const status = STATUSES.find((s) => s === params.get('status')) ?? null;
  return { query: (params.get('q') ?? '').trim().slice(0, QUERY_MAX), role, status };
}

export function hasPeopleFilters(filters: PeopleFilters): boolean {
  return Boolean(filters.query || filters.role || filters.status);
}

/** The filters as address parameters, for the links to other pages of the same results. */
export function peopleParams(filters: PeopleFilters): Record<string, string | null> {
  return { q: filters.query || null, role: filters.role, status: filters.status };
}
