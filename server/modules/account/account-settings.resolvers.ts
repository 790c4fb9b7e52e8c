import type { Resolvers } from '../../graphql/generated.ts';

export const accountSettingsResolvers: Resolvers = {
  Query: {
    accountSettings: (_, __, ctx) => ctx.services.accountSettings.profile(ctx),
    mySessions: (_, page, ctx) => ctx.services.accountSettings.sessions(ctx, page),
  },
  Mutation: {
    updateProfile: (_, { input }, ctx) => ctx.services.accountSettings.updateProfile(ctx, input),
    changePassword: (_, { input }, ctx) => ctx.services.accountSettings.changePassword(ctx, input),
    signOutSession: (_, { id }, ctx) => ctx.services.accountSettings.signOutSession(ctx, id),
    signOutOtherSessions: (_, __, ctx) => ctx.services.accountSettings.signOutOtherSessions(ctx),
    signOutEverywhere: (_, __, ctx) => ctx.services.accountSettings.signOutEverywhere(ctx),
  },
};
