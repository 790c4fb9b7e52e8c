import { PublicStatisticsDocument } from '$lib/graphql/generated';
import { currentYear, readYear } from '$lib/report/period';
import { gql } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const now = new Date();
  const year = readYear(event.url.searchParams.get('year'), now);
  const { publicStatistics, fieldsOfScience } = await gql(event, PublicStatisticsDocument, { year });
  const years = Array.from({ length: currentYear(now) - 2023 + 1 }, (_, i) => currentYear(now) - i);
  return { year, years, report: publicStatistics, fieldsOfScience };
};
