// The users list's search form lives in the address (a GET form), so every search can be bookmarked and works
// without JavaScript. Values that only come from edited links are dropped rather than refused.
import { ACCOUNT_STATUS_VALUES, USER_ROLE_VALUES } from '$lib/graphql/enums';
import type { AccountStatus, UserRole } from '$lib/graphql/generated';

export const PEOPLE_PAGE_SIZE = 25;
export const ROLES: readonly UserRole[] = USER_ROLE_VALUES;
export const STATUSES: readonly AccountStatus[] = ACCOUNT_STATUS_VALUES;
// The API skips at most 10,000 rows (server/graphql/limits/list-caps.ts).
const LAST_PAGE = Math.floor(10_000 / PEOPLE_PAGE_SIZE);
const QUERY_MAX = 200;

export interface PeopleFilters {
  query: string;
  role: UserRole | null;
  status: AccountStatus | null;
  page: number;
}

export function parsePeopleFilters(params: URLSearchParams): PeopleFilters {
  const role = ROLES.find((r) => r === params.get('role')) ?? null;
  const status = STATUSES.find((s) => s === params.get('status')) ?? null;
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    query: (params.get('q') ?? '').trim().slice(0, QUERY_MAX),
    role,
    status,
    page: Number.isFinite(page) ? Math.min(Math.max(page, 1), LAST_PAGE) : 1,
  };
}

export function hasPeopleFilters(filters: PeopleFilters): boolean {
  return Boolean(filters.query || filters.role || filters.status);
}

/** The address of a page of results with the same filters. */
export function peopleHref(filters: PeopleFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.query) params.set('q', filters.query);
  if (filters.role) params.set('role', filters.role);
  if (filters.status) params.set('status', filters.status);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `/admin/users?${search}` : '/admin/users';
}
