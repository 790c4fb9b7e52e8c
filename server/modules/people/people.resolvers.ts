import type { Resolvers } from '../../graphql/generated.ts';
import type { Loaders } from '../../graphql/loaders.ts';

export const peopleResolvers: Resolvers = {
  Query: {
    people: (_, { query, role, status, ...page }, ctx) => ctx.services.people.search(ctx, { query, role, status }, page),
    person: (_, { id }, ctx) => ctx.services.people.byId(ctx, id),
    personHistory: (_, { id, ...page }, ctx) => ctx.services.people.history(ctx, id, page),
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
