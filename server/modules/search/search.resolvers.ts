import type { Resolvers } from '../../graphql/generated.ts';

export const searchResolvers: Resolvers = {
  Query: {
    search: (_, args, ctx) => ctx.services.search.search(ctx, args) as never,
    suggest: (_, { prefix, first }, ctx) => ctx.services.search.suggest(ctx, prefix, first),
  },
};
