import type { Resolvers } from '../../graphql/generated.ts';

export const systemResolvers: Resolvers = {
  Query: {
    systemStatus: (_, __, ctx) => ctx.services.system.status(ctx),
  },
  Mutation: {
    rebuildSearchIndex: (_, __, ctx) => ctx.services.system.rebuildSearchIndex(ctx),
  },
};
