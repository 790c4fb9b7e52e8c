// A match's two listings (loaded in one batch per page, with the caller's visibility: a hidden listing is null and
// the match is then not shown) and its reasons in the caller's language.
import type { Loaders } from '../../graphql/loaders.ts';
import type { Resolvers } from '../../graphql/generated.ts';
import type { GraphQLContext } from '../../graphql/context.ts';
import { localized } from '../access.ts';
import { matchReasonText } from './match-reason-text.ts';
import type { ListingMatchRow } from './match-row.ts';

async function reasonTexts(ctx: GraphQLContext, match: ListingMatchRow) {
  const codes = match.reasons.flatMap((r) => (r.kind === 'field' ? [r.fieldCode] : []));
  const fields = new Map((await ctx.services.taxonomy.byCodes(codes)).flatMap((f) => (f ? [[f.code, localized(ctx, f.nameVi, f.nameEn)] as const] : [])));
  return match.reasons.map((r) => ({ kind: r.kind, text: matchReasonText(r, ctx.locale, { field: (code) => fields.get(code) }) }));
}

export const matchReasonResolvers: Resolvers = {
  ListingMatch: {
    reasons: (match, _, ctx) => reasonTexts(ctx, match),
  },
};

export const matchLoaders: Loaders = {
  ListingMatch: {
    request: (queries, ctx) => ctx.services.listing.visibleByIds(ctx, queries.map((q) => q.obj.requestId)),
    offer: (queries, ctx) => ctx.services.listing.visibleByIds(ctx, queries.map((q) => q.obj.offerId)),
  },
};
