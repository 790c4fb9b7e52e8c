import type { Resolvers } from '../../graphql/generated.ts';

export const moderationResolvers: Resolvers = {
  Query: {
    reviewQueue: (_, { first, after, ...filter }, ctx) => ctx.services.moderation.queue(ctx, filter, { first, after }),
  },
  Mutation: {
    reviewListing: (_, { id, review }, ctx) => ctx.services.listing.review(ctx, id, review),
    unpublishListing: (_, { id, review }, ctx) => ctx.services.listing.unpublish(ctx, id, review),
    reviewOrganisation: (_, { id, review }, ctx) => ctx.services.organisation.review(ctx, id, review),
    verifyClaim: (_, { entityType, entityId, claim, note }, ctx) =>
      ctx.services.moderation.verifyClaim(ctx, entityType, entityId, claim, note),
    unverifyClaim: (_, { entityType, entityId, claim }, ctx) => ctx.services.moderation.unverifyClaim(ctx, entityType, entityId, claim),
  },
  ModerationDecision: {
    fieldComments: (d) => Object.entries((d.fieldComments ?? {}) as Record<string, string>).map(([field, comment]) => ({ field, comment })),
    onRevision: (d) => d.revisionId !== null,
  },
  Revision: {
    listing: (r, _, ctx) => (r.entityType === 'listing' ? ctx.services.listingQueries.asRevised(r) : null),
    organisation: (r, _, ctx) => (r.entityType === 'organisation' ? ctx.services.organisationQueries.asRevised(r) : null),
    changes: (r, _, ctx) => (r.entityType === 'listing' ? ctx.services.listingQueries.revisionChanges(r) : ctx.services.organisationQueries.revisionChanges(r)),
  },
};
