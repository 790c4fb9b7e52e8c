import type { Resolvers } from '../../graphql/generated.ts';
import type { Loaders } from '../../graphql/loaders.ts';
import { localized } from '../access.ts';

export const listingResolvers: Resolvers = {
  Query: {
    latestListings: (_, { first, kind }, ctx) => ctx.services.listing.latest(ctx, first, kind),
    listing: (_, { slug }, ctx) => ctx.services.listing.bySlug(ctx, slug),
  },
  Listing: {
    title: (l, _, ctx) => localized(ctx, l.titleVi, l.titleEn),
    summary: (l, _, ctx) => localized(ctx, l.summaryVi, l.summaryEn),
    price: (l) => ({ type: l.priceType, min: l.priceMin, max: l.priceMax }),
  },
};

export const listingLoaders: Loaders = {
  Listing: {
    organisation: (queries, ctx) => ctx.services.listing.ownersOf(ctx, queries.map((q) => q.obj)),
    field: (queries, ctx) => ctx.services.taxonomy.byCodes(queries.map((q) => q.obj.fieldCode)),
  },
};
