// Reading the list pages' address: the status filter and the cursor of the page, and the links to other pages.
import type { InquiryStatus } from '$lib/graphql/generated';
import { isOneOf } from '$lib/workspace/vocabulary';
import { INQUIRY_STATUSES } from './vocabulary';

/** Rows of a list page. */
export const PAGE_SIZE = 20;

export interface ListQuery {
  status: InquiryStatus | null;
  after: string | null;
}

export function readListQuery(params: URLSearchParams): ListQuery {
  const status = params.get('status');
  const after = params.get('after');
  return { status: isOneOf(INQUIRY_STATUSES, status) ? status : null, after: after && after.length <= 500 ? after : null };
}

/** The address of a list with these parameters (empty ones left out), keeping any others given. */
export function listHref(base: string, params: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
  const query = search.toString();
  return query ? `${base}?${query}` : base;
}
