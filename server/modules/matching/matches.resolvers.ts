import type { Resolvers } from '../../graphql/generated.ts';
import type { Loaders } from '../../graphql/loaders.ts';

export const matchesResolvers: Resolvers = {
  Query: {
    matchesForMyOffers: (_, { organisationId, ...page }, ctx) => ctx.services.matching.forMyOffers(ctx, organisationId, page),
  },
};

export const matchesLoaders: Loaders = {
  Listing: {
    matches: (queries, ctx) => ctx.services.matching.matchesOf(ctx, queries),
    related: (queries, ctx) => ctx.services.matching.relatedOf(ctx, queries),
  },
};
