import type { Resolvers } from '../../graphql/generated.ts';
import type { Loaders } from '../../graphql/loaders.ts';
import { message } from '../../i18n/messages.ts';
import { localized } from '../access.ts';
import type { TransferRights } from '../listing/listing-details.ts';

export const dealResolvers: Resolvers = {
  Query: {
    deal: (_, { id }, ctx) => ctx.services.deal.byId(ctx, id),
    organisationDeals: (_, { organisationId, ...page }, ctx) => ctx.services.deal.ofOrganisation(ctx, organisationId, page),
    dealStats: (_, { from, to }, ctx) => ctx.services.deal.stats(ctx, from, to),
  },
  Mutation: {
    recordDeal: (_, { inquiryId, input }, ctx) => ctx.services.deal.record(ctx, inquiryId, input),
    answerDealSurvey: (_, { dealId, input }, ctx) => ctx.services.deal.answerSurvey(ctx, dealId, input),
  },
  Deal: {
    transferObjects: (d) => d.transferObjects as never,
    transferForm: (d) => d.transferForm as never,
    transferModes: (d) => d.transferModes as never,
    rights: (d) => ((d.rights as Partial<TransferRights> | null)?.kind ? (d.rights as unknown as TransferRights) : null),
    signedOn: (d) => d.signedOn.toISOString().slice(0, 10),
    registrationReason: (d) => (d.registrationReason as 'CROSS_BORDER' | 'STATE_FUNDED' | null) ?? null,
    registrationNote: (d, _, ctx) => (d.registrationReason ? message(ctx.locale, `REGISTRATION_${d.registrationReason}`) : null),
  },
};

export const dealLoaders: Loaders = {
  Deal: {
    inquiry: (queries, ctx) => ctx.services.inquiryQueries.visibleByIds(ctx, queries.map((q) => q.obj.inquiryId)),
    listing: (queries, ctx) => ctx.services.deal.listingsOf(ctx, queries.map((q) => q.obj)),
    listingTitle: async (queries, ctx) =>
      (await ctx.services.deal.listingTitlesOf(queries.map((q) => q.obj))).map((l) => (l ? localized(ctx, l.titleVi, l.titleEn) : '')),
    sellerOrganisation: (queries, ctx) => ctx.services.inquiryQueries.organisationsOf(queries.map((q) => q.obj.sellerOrganisationId)),
    buyerOrganisation: (queries, ctx) => ctx.services.inquiryQueries.organisationsOf(queries.map((q) => q.obj.buyerOrganisationId)),
    buyerName: (queries, ctx) => ctx.services.deal.buyerNamesOf(queries.map((q) => q.obj)),
    mySide: (queries, ctx) => ctx.services.deal.mySides(ctx, queries.map((q) => q.obj)),
    mySurvey: (queries, ctx) => ctx.services.deal.mySurveys(ctx, queries.map((q) => q.obj)),
    surveys: (queries, ctx) => ctx.services.deal.surveysOf(queries.map((q) => q.obj)),
  },
};
