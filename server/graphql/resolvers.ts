import type { Resolvers } from './generated.ts';
import { DateTime, VND } from './scalars.ts';
import { accountLoaders, accountResolvers } from '../modules/account/account.resolvers.ts';
import { listingLoaders, listingResolvers } from '../modules/listing/listing.resolvers.ts';
import { organisationLoaders, organisationResolvers } from '../modules/organisation/organisation.resolvers.ts';
import { taxonomyResolvers } from '../modules/taxonomy/taxonomy.resolvers.ts';
import { mergeLoaders } from './loaders.ts';

const byTypename = (obj: { __typename: string }) => obj.__typename;

const modules: Resolvers[] = [accountResolvers, listingResolvers, organisationResolvers, taxonomyResolvers];

export function buildResolvers() {
  const merged: Record<string, Record<string, unknown>> = {
    Query: { ping: () => 'pong' },
    Mutation: {},
  };
  for (const m of modules) {
    for (const [type, fields] of Object.entries(m)) merged[type] = { ...merged[type], ...(fields as object) };
  }
  return {
    ...merged,
    DateTime,
    VND,
    AuthResult: { __resolveType: byTypename },
  };
}

export const loaders = mergeLoaders(accountLoaders, listingLoaders, organisationLoaders);
