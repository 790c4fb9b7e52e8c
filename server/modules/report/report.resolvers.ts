import type { Resolvers } from '../../graphql/generated.ts';

export const reportResolvers: Resolvers = {
  Query: {
    report: (_, { from, to }, ctx) => ctx.services.report.report(ctx, from, to),
    publicStatistics: (_, { year }, ctx) => ctx.services.report.publicStatistics(ctx, year),
    departmentFigures: (_, { year }, ctx) => ctx.services.departmentFigures.byYear(ctx, year),
  },
  Mutation: {
    setDepartmentFigures: (_, { input }, ctx) => ctx.services.departmentFigures.set(ctx, input),
  },
  // The model keeps a period as one object; the API spells its ends out.
  Report: {
    from: (r) => r.period.from,
    to: (r) => r.period.to,
    previousFrom: (r) => r.previous.from,
    previousTo: (r) => r.previous.to,
  },
};
