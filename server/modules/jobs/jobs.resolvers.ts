import type { Resolvers } from '../../graphql/generated.ts';

export const jobsResolvers: Resolvers = {
  Query: {
    failedJobs: (_, args, ctx) => ctx.services.jobs.failedJobs(ctx, args),
    failedEmails: (_, args, ctx) => ctx.services.jobs.failedEmails(ctx, args),
  },
  Mutation: {
    retryJob: (_, { id }, ctx) => ctx.services.jobs.retryJob(ctx, id),
    retryEmail: (_, { id }, ctx) => ctx.services.jobs.retryEmail(ctx, id),
  },
};
