import type { Resolvers } from '../../graphql/generated.ts';
import type { Loaders } from '../../graphql/loaders.ts';

export const peopleResolvers: Resolvers = {
  Query: {
    people: (_, { query, role, status, first, offset }, ctx) => ctx.services.people.search(ctx, { query, role, status }, first, offset),
    person: (_, { id }, ctx) => ctx.services.people.byId(ctx, id),
    personHistory: async (_, { id }, ctx) =>
      (await ctx.services.people.history(ctx, id)).map((e) => ({ ...e, data: JSON.stringify(e.data) })),
  },
  Mutation: {
    setPersonRole: (_, { input }, ctx) => ctx.services.people.setRole(ctx, input),
    suspendPerson: (_, { input }, ctx) => ctx.services.people.suspend(ctx, input),
    reinstatePerson: (_, { input }, ctx) => ctx.services.people.reinstate(ctx, input),
    transferOrganisationOwnership: (_, { input }, ctx) => ctx.services.people.transferOwnership(ctx, input),
  },
};

export const peopleLoaders: Loaders = {
  Person: {
    memberships: (queries, ctx) => ctx.services.account.membershipsOfUsers(queries.map((q) => q.obj.id)).then((rows) =>
      queries.map((q) => rows.filter((m) => m.userId === q.obj.id)),
    ),
    activeSessions: (queries, ctx) => ctx.services.people.activeSessions(ctx, queries.map((q) => q.obj)),
  },
};
