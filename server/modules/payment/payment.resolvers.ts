import type { Resolvers } from '../../graphql/generated.ts';
import type { Loaders } from '../../graphql/loaders.ts';

const until = (d: Date | null) => (d && d > new Date() ? d : null);

export const paymentResolvers: Resolvers = {
  Query: {
    paymentsConfig: (_, __, ctx) => ctx.services.payment.config(),
    order: (_, { id }, ctx) => ctx.services.payment.order(ctx, id),
    myOrders: (_, page, ctx) => ctx.services.payment.myOrders(ctx, page),
    organisationOrders: (_, { organisationId, statuses, decidable, ...page }, ctx) =>
      ctx.services.payment.organisationOrders(ctx, organisationId, { statuses, decidable }, page),
    featuredListings: (_, { first }, ctx) => ctx.services.payment.featuredListings(first),
  },
  Mutation: {
    startFeaturedPlacement: (_, { listingId }, ctx) => ctx.services.payment.startFeaturedPlacement(ctx, listingId),
    startEquipmentDeposit: (_, { listingId }, ctx) => ctx.services.payment.startEquipmentDeposit(ctx, listingId),
    confirmReservation: (_, { orderId }, ctx) => ctx.services.payment.confirmReservation(ctx, orderId),
    declineReservation: (_, { orderId, note }, ctx) => ctx.services.payment.declineReservation(ctx, orderId, note),
  },
  Order: {
    isPayer: (o, _, ctx) => ctx.user?.id === o.userId,
    checkoutUrl: (o, _, ctx) => ctx.services.payment.checkoutUrl(ctx, o),
  },
  Listing: {
    featuredUntil: (l) => until(l.featuredUntil),
    reservedUntil: (l) => until(l.reservedUntil),
    depositVnd: (l, _, ctx) => ctx.services.payment.depositOf(l),
  },
};

export const paymentLoaders: Loaders = {
  Order: {
    listing: (queries, ctx) => ctx.services.payment.listingsOf(queries.map((q) => q.obj)),
    payerName: (queries, ctx) => ctx.services.payment.payerNames(queries.map((q) => q.obj)),
    payments: (queries, ctx) => ctx.services.payment.paymentsOf(queries.map((q) => q.obj)),
    canDecide: (queries, ctx) => ctx.services.payment.decidable(ctx, queries.map((q) => q.obj)),
    dealId: (queries, ctx) => ctx.services.payment.dealIdsOf(queries.map((q) => q.obj)),
  },
  Listing: {
    activeReservation: (queries, ctx) => ctx.services.payment.activeReservations(ctx, queries.map((q) => q.obj)),
  },
};
