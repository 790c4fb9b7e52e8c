// Rate limits with their counters in PostgreSQL (server/lib/rate-limits.ts), shared by every process and host:
// - sign-in and sign-up (server/modules/account/account-limits.ts), always on;
// - every GraphQL operation, by kind (mutations, searches, anything else) per minute, per account when signed in and
//   per address otherwise: refused with HTTP 429, Retry-After and a GraphQL error { code: RATE_LIMITED, retryAfter };
// - uploads per minute per account, through `app.rateLimits.refuseUpload` called by the upload routes.
// Registered after the GraphQL plugin: it adds a Mercurius preExecution hook, run after the complexity limits, so
// what reaches the database here is a valid, bounded operation.
import fp from 'fastify-plugin';
import type { FastifyReply } from 'fastify';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import mercurius from 'mercurius';
import type { Config } from '../config.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import type { RequestContext } from '../lib/request-context.ts';
import { requestedOperationName } from '../graphql/over-http.ts';
import { message, type Locale } from '../i18n/messages.ts';
import { addressKey, consume, RateLimitStore, waitText, type Limiter } from '../lib/rate-limits.ts';
import { AccountLimits } from '../modules/account/account-limits.ts';
import { AccountLinkLimits } from '../modules/account/account-link-limits.ts';

export interface RateLimits {
  /**
   * Counts one upload by the caller (account, else address); when over the limit, answers 429 with Retry-After and
   * { code: RATE_LIMITED, message, retryAfter } and returns true: the route must then return without doing anything.
   */
  refuseUpload(ctx: RequestContext, reply: FastifyReply): Promise<boolean>;
}

declare module 'fastify' {
  interface FastifyInstance {
    rateLimits: RateLimits;
  }
}

type OperationKind = 'query' | 'search' | 'mutation';
// Root fields that run the search engine: the costliest reads, so limited on their own.
const SEARCH_FIELDS = new Set(['search', 'suggest']);

function operationKind(document: DocumentNode, operationName: string | null | undefined): OperationKind {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && (!operationName || d.name?.value === operationName),
  );
  if (operation?.operation === 'mutation') return 'mutation';
  return operation?.selectionSet.selections.some((s) => s.kind === 'Field' && SEARCH_FIELDS.has(s.name.value)) ? 'search' : 'query';
}

/** Who is counted: the account when signed in (an office shares one address), else the address. */
const callerKey = (ctx: RequestContext) => (ctx.user ? `user:${ctx.user.id}` : `ip:${addressKey(ctx.ip)}`);

function refusal(locale: Locale, retryAfterMs: number, reply: FastifyReply) {
  const retryAfter = Math.ceil(retryAfterMs / 1000);
  reply.header('retry-after', String(retryAfter));
  return { message: message(locale, 'TOO_MANY_REQUESTS', { wait: waitText(locale, retryAfterMs) }), extensions: { code: 'RATE_LIMITED', retryAfter } };
}

export default fp(
  async (app, opts: { config: Config; databaseUrl: string }) => {
    const { config } = opts;
    const store = new RateLimitStore(opts.databaseUrl);
    app.addHook('onClose', () => store.close());
    app.services.account.useLimits(new AccountLimits(store, config));
    app.services.accountLinks.useLimits(new AccountLinkLimits(store, config), (err) => app.log.error({ err }, 'password reset link not written'));
    // Reset links are written after their answer (account-links.service.ts): finish them before the database goes.
    app.addHook('preClose', () => app.services.accountLinks.settled());

    if (!config.RATE_LIMIT_ENABLED) {
      app.decorate('rateLimits', { refuseUpload: async () => false });
      return;
    }
    // Over the limit, a caller is refused from memory until its window ends: a flood costs no database work.
    const perMinute = (name: string, points: number) => store.limiter({ name, points, durationS: 60, refuseInMemory: true });
    const operations: Record<OperationKind, Limiter> = {
      query: perMinute('gql_query', config.RATE_LIMIT_QUERIES_PER_MINUTE),
      search: perMinute('gql_search', config.RATE_LIMIT_SEARCHES_PER_MINUTE),
      mutation: perMinute('gql_mutation', config.RATE_LIMIT_MUTATIONS_PER_MINUTE),
    };
    const uploads = perMinute('upload', config.RATE_LIMIT_UPLOADS_PER_MINUTE);

    app.graphql.addHook('preExecution', async (_schema, document, context) => {
      const ctx = context as GraphQLContext;
      const wait = await consume(operations[operationKind(document, requestedOperationName(ctx.reply.request))], callerKey(ctx));
      if (wait === null) return;
      const { message: text, extensions } = refusal(ctx.locale, wait, ctx.reply);
      throw new mercurius.ErrorWithProps(text, extensions, 429);
    });

    app.decorate('rateLimits', {
      async refuseUpload(ctx, reply) {
        const wait = await consume(uploads, callerKey(ctx));
        if (wait === null) return false;
        const { message: text, extensions } = refusal(ctx.locale, wait, reply);
        await reply.code(429).send({ message: text, ...extensions });
        return true;
      },
    } satisfies RateLimits);
  },
  { name: 'rate-limit', dependencies: ['services', 'graphql'] },
);
