import type { Resolvers } from '../../graphql/generated.ts';

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_, args, ctx) => ctx.services.searchDemand.attach(ctx, args, await ctx.services.search.search(ctx, args)) as never,
    suggest: (_, { prefix, first }, ctx) => ctx.services.search.suggest(ctx, prefix, first),
  },
};
