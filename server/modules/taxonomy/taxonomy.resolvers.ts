import type { Resolvers } from '../../graphql/generated.ts';
import { localized } from '../access.ts';

export const taxonomyResolvers: Resolvers = {
  Query: {
    fieldsOfScience: (_, __, ctx) => ctx.services.taxonomy.topLevel(ctx),
  },
  FieldOfScience: {
    name: (f, _, ctx) => localized(ctx, f.nameVi, f.nameEn),
    parent: async (f, _, ctx) => (f.parentCode ? (await ctx.services.taxonomy.byCodes([f.parentCode]))[0] : null),
    children: (f, _, ctx) => ctx.services.taxonomy.childrenOf(f.code),
  },
};
