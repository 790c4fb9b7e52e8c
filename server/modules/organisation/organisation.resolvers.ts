import type { Resolvers } from '../../graphql/generated.ts';
import type { Loaders } from '../../graphql/loaders.ts';
import { localized } from '../access.ts';

export const organisationResolvers: Resolvers = {
  Query: {
    organisation: (_, { slug }, ctx) => ctx.services.organisation.bySlug(ctx, slug),
  },
  Organisation: {
    name: (o, _, ctx) => localized(ctx, o.nameVi, o.nameEn),
    description: (o, _, ctx) => (o.descriptionVi ? localized(ctx, o.descriptionVi, o.descriptionEn) : null),
    verified: (o) => o.verifiedAt !== null,
  },
};

export const organisationLoaders: Loaders = {
  Organisation: {
    fields: (queries, ctx) => ctx.services.taxonomy.fieldsOfOrganisations(queries.map((q) => q.obj.id)),
    listings: (queries, ctx) =>
      ctx.services.listing.publishedOfOrganisations(
        queries.map((q) => q.obj.id),
        Math.max(...queries.map((q) => Number(q.params.first ?? 20))),
      ).then((lists) => lists.map((list, i) => list.slice(0, Number(queries[i].params.first ?? 20)))),
  },
};
