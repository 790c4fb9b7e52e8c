// Mercurius loaders batch every parent→child lookup of one request into one call, so a page of listings costs
// a bounded number of SQL queries whatever its length.
import type { GraphQLContext } from './context.ts';
import type { ResolversParentTypes } from './generated.ts';

type LoaderQuery<P> = { obj: P; params: Record<string, unknown> };
type Loader<P> = (queries: LoaderQuery<P>[], ctx: GraphQLContext) => Promise<unknown[]>;

export type Loaders = {
  [T in keyof ResolversParentTypes]?: Record<string, Loader<ResolversParentTypes[T]>>;
};

export function mergeLoaders(...parts: Loaders[]): Record<string, Record<string, Loader<any>>> {
  const merged: Record<string, Record<string, Loader<any>>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) merged[type] = { ...merged[type], ...fields };
  }
  return merged;
}
