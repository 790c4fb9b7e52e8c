// Reading the inquiry and deal list pages' address: the status filter and the cursor of the page.
import type { InquiryStatus } from '$lib/graphql/generated';
import { readAfter } from '$lib/paging';
import { isOneOf } from '$lib/workspace/vocabulary';
import { INQUIRY_STATUSES } from './vocabulary';

export interface ListQuery {
  status: InquiryStatus | null;
  after: string | null;
}

export function readListQuery(params: URLSearchParams): ListQuery {
  const status = params.get('status');
  return { status: isOneOf(INQUIRY_STATUSES, status) ? status : null, after: readAfter(params) };
}
