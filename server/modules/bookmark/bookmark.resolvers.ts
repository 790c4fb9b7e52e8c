import type { Resolvers } from '../../graphql/generated.ts';
import type { Loaders } from '../../graphql/loaders.ts';

export const bookmarkResolvers: Resolvers = {
  Query: {
    bookmarks: (_, { kind, ...page }, ctx) => ctx.services.bookmark.page(ctx, kind, page),
  },
  Mutation: {
    bookmark: (_, args, ctx) => ctx.services.bookmark.bookmark(ctx, args),
    removeBookmark: (_, args, ctx) => ctx.services.bookmark.remove(ctx, args),
  },
};

// Whether the caller follows each item of a page (a search page, an organisation's listings) costs one query.
export const bookmarkLoaders: Loaders = {
  Listing: {
    bookmarked: (queries, ctx) => ctx.services.bookmark.listingsFollowed(ctx, queries.map((q) => q.obj)),
    followers: (queries, ctx) => ctx.services.bookmark.listingFollowers(ctx, queries.map((q) => q.obj)),
  },
  Organisation: {
    bookmarked: (queries, ctx) => ctx.services.bookmark.organisationsFollowed(ctx, queries.map((q) => q.obj)),
    followers: (queries, ctx) => ctx.services.bookmark.organisationFollowers(ctx, queries.map((q) => q.obj)),
  },
};
