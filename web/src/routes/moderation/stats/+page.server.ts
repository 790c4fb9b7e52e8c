import { DealStatsDocument } from '$lib/graphql/generated';
import { requireStaff } from '$lib/moderation/guard';
import { gql } from '$lib/server/api';
import type { PageServerLoad } from './$types';
import { readPeriod } from '$lib/moderation/days';

export const load: PageServerLoad = async (event) => {
  requireStaff(event);
  const period = readPeriod(event.url.searchParams);
  const { dealStats } = await gql(event, DealStatsDocument, period.range);
  return { period, stats: dealStats };
};
