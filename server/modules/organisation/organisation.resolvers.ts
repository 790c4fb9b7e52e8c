import type { Resolvers } from '../../graphql/generated.ts';
import type { Loaders } from '../../graphql/loaders.ts';
import { localized } from '../access.ts';

export const organisationResolvers: Resolvers = {
  Query: {
    organisation: (_, { slug }, ctx) => ctx.services.organisation.bySlug(ctx, slug),
    organisations: (_, { kinds, fieldCode, province, ...page }, ctx) => ctx.services.organisation.directory(ctx, { kinds, fieldCode, province }, page),
  },
  Mutation: {
    createOrganisation: (_, { input }, ctx) => ctx.services.organisation.create(ctx, input),
    updateOrganisation: (_, { id, input }, ctx) => ctx.services.organisation.update(ctx, id, input),
    submitOrganisation: (_, { id }, ctx) => ctx.services.organisation.submit(ctx, id),
    withdrawOrganisation: (_, { id }, ctx) => ctx.services.organisation.withdraw(ctx, id),
    inviteMember: (_, { organisationId, email, role }, ctx) => ctx.services.organisation.invite(ctx, organisationId, email, role),
    acceptInvitation: (_, { token }, ctx) => ctx.services.organisation.acceptInvitation(ctx, token),
    removeMember: (_, { organisationId, userId }, ctx) => ctx.services.organisation.removeMember(ctx, organisationId, userId),
  },
  Organisation: {
    name: (o, _, ctx) => localized(ctx, o.nameVi, o.nameEn),
    description: (o, _, ctx) => (o.descriptionVi ? localized(ctx, o.descriptionVi, o.descriptionEn) : null),
    verified: (o) => o.verifiedAt !== null,
    missingForSubmission: (o, _, ctx) => ctx.services.organisationQueries.missingFor(ctx, o),
  },
};

export const organisationLoaders: Loaders = {
  Organisation: {
    fields: (queries, ctx) => ctx.services.taxonomy.fieldsOfOrganisations(queries.map((q) => q.obj.id)),
    listings: (queries, ctx) => ctx.services.listingQueries.publishedOfOrganisations(ctx, queries),
    canEdit: (queries, ctx) => ctx.services.organisationQueries.canEdit(ctx, queries.map((q) => q.obj)),
    members: (queries, ctx) => ctx.services.organisationQueries.membersOf(ctx, queries),
    decisions: (queries, ctx) => ctx.services.organisationQueries.decisionsOf(ctx, queries),
    verifiedClaims: (queries, ctx) => ctx.services.organisationQueries.verifiedClaimsOf(queries.map((q) => q.obj)),
    pendingRevision: (queries, ctx) => ctx.services.organisationQueries.pendingRevisions(ctx, queries.map((q) => q.obj)),
    actions: (queries, ctx) => ctx.services.organisationQueries.actionsOf(ctx, queries.map((q) => q.obj)),
  },
};
