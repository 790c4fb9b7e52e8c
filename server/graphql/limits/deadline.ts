// A time budget per GraphQL request. graphql-js cannot interrupt a resolver that is running, so the budget is
// checked where work starts: every resolver and every loader batch of the request refuses to start once the
// request has run longer than GRAPHQL_TIMEOUT_MS, and the request ends with what is done plus TIMEOUT errors.
// Together with the cost limit (which bounds how many resolvers one request can start), one request cannot hold
// the process for long.
import mercurius from 'mercurius';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { message, type Locale } from '../../i18n/messages.ts';

export const TIMEOUT = 'TIMEOUT';

/** What the budget needs from the GraphQL context: set when the context is built. */
export interface Deadline {
  locale: Locale;
  deadline?: number;
}

export class TimeoutError extends mercurius.ErrorWithProps {
  constructor(locale: Locale, timeoutMs: number) {
    super(message(locale, TIMEOUT, { seconds: Math.round(timeoutMs / 100) / 10 }), { code: TIMEOUT }, 503);
  }
}

export function deadlineFrom(timeoutMs: number): number {
  return performance.now() + timeoutMs;
}

function check(ctx: Deadline, timeoutMs: number): void {
  if (ctx.deadline !== undefined && performance.now() > ctx.deadline) throw new TimeoutError(ctx.locale, timeoutMs);
}

type Fn = (...args: any[]) => unknown;

/** The resolvers of the schema's object types, each refusing to start past its request's deadline. */
export function resolversWithDeadline<R extends Record<string, unknown>>(resolvers: R, schema: GraphQLSchema, timeoutMs: number): R {
  const out: Record<string, unknown> = { ...resolvers };
  for (const [typeName, fields] of Object.entries(resolvers)) {
    if (!isObjectType(schema.getType(typeName)) || !fields || typeof fields !== 'object') continue;
    out[typeName] = Object.fromEntries(
      Object.entries(fields as Record<string, unknown>).map(([name, resolve]) => [
        name,
        typeof resolve === 'function'
          ? (parent: unknown, args: unknown, ctx: Deadline, info: unknown) => {
              check(ctx, timeoutMs);
              return (resolve as Fn)(parent, args, ctx, info);
            }
          : resolve,
      ]),
    );
  }
  return out as R;
}

/** Mercurius loaders (one batch per field and request), each refusing to start past the deadline. */
export function loadersWithDeadline<L extends Record<string, Record<string, Fn>>>(loaders: L, timeoutMs: number): L {
  return Object.fromEntries(
    Object.entries(loaders).map(([typeName, fields]) => [
      typeName,
      Object.fromEntries(
        Object.entries(fields).map(([name, load]) => [
          name,
          async (queries: unknown[], ctx: Deadline) => {
            check(ctx, timeoutMs);
            return load(queries, ctx);
          },
        ]),
      ),
    ]),
  ) as L;
}
