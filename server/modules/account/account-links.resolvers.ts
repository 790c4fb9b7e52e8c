import type { Resolvers } from '../../graphql/generated.ts';
import type { Loaders } from '../../graphql/loaders.ts';

export const accountLinkResolvers: Resolvers = {
  Query: {
    passwordResetLink: (_, { token }, ctx) => ctx.services.accountLinks.resetLink(token),
    emailVerificationLink: (_, { token }, ctx) => ctx.services.accountLinks.verificationLink(token),
  },
  Mutation: {
    requestPasswordReset: (_, { email }, ctx) => ctx.services.accountLinks.requestPasswordReset(ctx, email),
    resetPassword: (_, { input }, ctx) => ctx.services.accountLinks.resetPassword(ctx, input),
    verifyEmail: (_, { token }, ctx) => ctx.services.accountLinks.verifyEmail(ctx, token),
    resendEmailVerification: (_, __, ctx) => ctx.services.accountLinks.resendVerification(ctx),
    requestEmailChange: (_, { input }, ctx) => ctx.services.accountLinks.requestEmailChange(ctx, input),
  },
  User: {
    emailVerified: (user) => user.emailVerifiedAt !== null,
  },
};

export const accountLinkLoaders: Loaders = {
  User: {
    pendingEmail: (queries, ctx) => ctx.services.accountLinks.pendingAddresses(ctx, queries.map((q) => q.obj)),
  },
};
