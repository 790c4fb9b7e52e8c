import { MODERATION_ACTION_VALUES } from '$lib/graphql/enums';
import { ReviewQueueDocument } from '$lib/graphql/generated';
import { requireStaff } from '$lib/moderation/guard';
import { daysWaiting, parseQueueFilters } from '$lib/moderation/queue';
import { PAGE_SIZE, readAfter } from '$lib/paging';
import { gql } from '$lib/server/api';
import { withCursor } from '$lib/server/paging';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireStaff(event);
  const filters = parseQueueFilters(event.url.searchParams);
  const after = readAfter(event.url.searchParams);
  const { reviewQueue, fieldsOfScience } = await withCursor(event, after, () =>
    gql(event, ReviewQueueDocument, {
      entityType: filters.entityType,
      kind: filters.kind,
      fieldCode: filters.fieldCode,
      first: PAGE_SIZE,
      after,
    }),
  );
  const now = new Date();
  // The API answers oldest first; the waiting time is worked out here so the server render and hydration agree.
  const items = reviewQueue.nodes.map((item) => ({ ...item, waitingDays: daysWaiting(item.submittedAt, now) }));
  // After a decision the review page comes back here and says what was done.
  const done = MODERATION_ACTION_VALUES.find((action) => action === event.url.searchParams.get('done')) ?? null;
  return { filters, items, total: reviewQueue.totalCount, pageInfo: reviewQueue.pageInfo, after, fields: fieldsOfScience, done };
};
