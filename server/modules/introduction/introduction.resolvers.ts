import type { Loaders } from '../../graphql/loaders.ts';
import type { Resolvers } from '../../graphql/generated.ts';

const HOUR_MS = 3_600_000;

export const introductionResolvers: Resolvers = {
  Query: {
    introduction: (_, { id }, ctx) => ctx.services.introduction.byId(ctx, id),
    introductions: (_, { status, ...page }, ctx) => ctx.services.introduction.list(ctx, status, page),
    departmentMatches: (_, { fieldCode, offerKind, reason, ...page }, ctx) => ctx.services.introduction.matchesToIntroduce(ctx, { fieldCode, offerKind, reason }, page),
  },
  Mutation: {
    introduce: (_, { input }, ctx) => ctx.services.introduction.introduce(ctx, input),
    answerIntroduction: (_, { id, body }, ctx) => ctx.services.introduction.answer(ctx, id, body),
    declineIntroduction: (_, { id, note }, ctx) => ctx.services.introduction.decline(ctx, id, note),
  },
  Introduction: {
    responseHours: (i) => (i.firstAnsweredAt ? Math.round(((i.firstAnsweredAt.getTime() - i.createdAt.getTime()) / HOUR_MS) * 10) / 10 : null),
  },
  DepartmentMatch: {
    match: (m) => m,
  },
};

export const introductionLoaders: Loaders = {
  Introduction: {
    request: (queries, ctx) => ctx.services.listing.visibleByIds(ctx, queries.map((q) => q.obj.requestId)),
    offer: (queries, ctx) => ctx.services.listing.visibleByIds(ctx, queries.map((q) => q.obj.offerId)),
    match: (queries, ctx) => ctx.services.introduction.matchesOf(queries.map((q) => q.obj)),
    mySide: (queries, ctx) => ctx.services.introduction.sidesOf(ctx, queries.map((q) => q.obj)),
  },
};
