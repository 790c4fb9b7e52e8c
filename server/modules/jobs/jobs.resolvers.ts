import type { Resolvers } from '../../graphql/generated.ts';

export const jobsResolvers: Resolvers = {
  Query: {
    failedJobs: (_, { first, after }, ctx) => ctx.services.jobs.failedJobs(ctx, first, after),
    failedEmails: (_, { first, after }, ctx) => ctx.services.jobs.failedEmails(ctx, first, after),
  },
  Mutation: {
    retryJob: (_, { id }, ctx) => ctx.services.jobs.retryJob(ctx, id),
    retryEmail: (_, { id }, ctx) => ctx.services.jobs.retryEmail(ctx, id),
  },
};
