import type { Resolvers } from '../../graphql/generated.ts';
import type { SearchCriteria } from './alerts-criteria.ts';

const criteria = (row: { criteria: unknown }) => row.criteria as SearchCriteria;

export const alertsResolvers: Resolvers = {
  Query: {
    savedSearches: (_, args, ctx) => ctx.services.alerts.page(ctx, args),
    unsubscribeTarget: (_, { token }, ctx) => ctx.services.alerts.unsubscribeTarget(ctx, token),
  },
  Mutation: {
    saveSearch: (_, { input }, ctx) => ctx.services.alerts.save(ctx, input),
    updateSavedSearch: (_, { id, input }, ctx) => ctx.services.alerts.update(ctx, id, input),
    deleteSavedSearch: (_, { id }, ctx) => ctx.services.alerts.delete(ctx, id),
    unsubscribe: (_, { token }, ctx) => ctx.services.alerts.unsubscribe(ctx, token),
  },
  SavedSearch: {
    query: (row) => criteria(row).query,
    kinds: (row) => criteria(row).kinds,
    filters: (row) => {
      const f = criteria(row).filters;
      return { fieldCodes: f.fieldCodes ?? [], trlMin: f.trlMin ?? null, trlMax: f.trlMax ?? null, priceBands: f.priceBands ?? [], communes: f.communes ?? [], ipTypes: (f.ipTypes ?? []) as never, appraisalLevels: (f.appraisalLevels ?? []) as never, verified: f.verified ?? null };
    },
    path: (row, _, ctx) => ctx.services.alerts.path(row),
  },
};
