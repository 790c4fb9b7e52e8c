import type { Resolvers } from '../../graphql/generated.ts';
import { DEMAND, type DemandCapture } from './search-demand.service.ts';

export const searchDemandResolvers: Resolvers = {
  Query: {
    searchDemand: (_, args, ctx) => ctx.services.searchDemand.searchDemand(ctx, args),
  },
  SearchConnection: {
    demandRef: (connection, _, ctx) => ctx.services.searchDemand.ref((connection as { [DEMAND]?: DemandCapture })[DEMAND]),
  },
};
