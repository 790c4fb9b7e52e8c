import type { Resolvers } from '../../graphql/generated.ts';
import type { Loaders } from '../../graphql/loaders.ts';

export const accountResolvers: Resolvers = {
  Query: {
    me: (_, __, ctx) => ctx.services.account.me(ctx),
  },
  Mutation: {
    signUp: (_, { input }, ctx) => ctx.services.account.signUp(ctx, input),
    signIn: (_, { input }, ctx) => ctx.services.account.signIn(ctx, input),
    signOut: (_, __, ctx) => ctx.services.account.signOut(ctx),
    setLocale: (_, { locale }, ctx) => ctx.services.account.setLocale(ctx, locale),
  },
};

export const accountLoaders: Loaders = {
  User: {
    memberships: (queries, ctx) => ctx.services.account.membershipsOfUsers(queries.map((q) => q.obj.id)).then((rows) =>
      queries.map((q) => rows.filter((m) => m.userId === q.obj.id)),
    ),
    isSeller: (queries, ctx) => ctx.services.account.membershipsOfUsers(queries.map((q) => q.obj.id)).then((rows) =>
      queries.map((q) => rows.some((m) => m.userId === q.obj.id)),
    ),
  },
  Membership: {
    organisation: (queries, ctx) => ctx.services.organisation.byIds(queries.map((q) => q.obj.organisationId)),
  },
};
