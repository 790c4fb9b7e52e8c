// GraphQL at /graphql (GraphiQL at /graphiql when the IDE setting is on) with the caller resolved from the session
// cookie once per request. Every request is held to the limits of server/graphql/limits (aliases, root fields,
// directives, tokens, depth, cost, list caps, time budget), answered per the error policy and the
// GraphQL-over-HTTP spec, and refused when it could come from another site (csrfPrevention).
import fp from 'fastify-plugin';
import { buildSchema } from 'graphql';
import mercurius from 'mercurius';
import { graphqlIdeEnabled, type Config } from '../config.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { errorFormatter } from '../graphql/error-policy.ts';
import { deadlineFrom, loadersWithDeadline, resolversWithDeadline } from '../graphql/limits/deadline.ts';
import { checkExecutionLimits } from '../graphql/limits/execution-limits.ts';
import { staticLimitRules } from '../graphql/limits/validation-rules.ts';
import { graphqlOverHttpRouteOptions, requestedOperationName } from '../graphql/over-http.ts';
import { assertParsedFromQuery } from '../graphql/parsed-document.ts';
import { buildResolvers, loaders } from '../graphql/resolvers.ts';
import { loadSdl } from '../graphql/sdl.ts';
import { requestContext } from './request-context.ts';

export default fp(
  async (app, opts: { config: Config }) => {
    const { config } = opts;
    const ide = graphqlIdeEnabled(config);
    const sdl = loadSdl();
    // Our own copy of the schema for the limits: under vitest `graphql` loads as ESM here and as CommonJS inside
    // Mercurius, and graphql-js refuses to mix the two; documents and variables are plain data and cross freely.
    const schema = buildSchema(sdl);
    const timeoutMs = config.GRAPHQL_TIMEOUT_MS;
    await app.register(mercurius, {
      schema: sdl,
      resolvers: resolversWithDeadline(buildResolvers(), schema, timeoutMs) as never,
      loaders: loadersWithDeadline(loaders, timeoutMs) as never,
      graphiql: ide,
      // Each query shape is compiled (graphql-jit) from its second run on: search answers execute ~0.5 ms faster.
      jit: 1,
      queryDepth: config.GRAPHQL_DEPTH_LIMIT,
      graphql: { parseOptions: { maxTokens: config.GRAPHQL_MAX_TOKENS } },
      validationRules: staticLimitRules({
        maxAliases: config.GRAPHQL_MAX_ALIASES,
        maxRootFields: config.GRAPHQL_MAX_ROOT_FIELDS,
        maxDirectives: config.GRAPHQL_MAX_DIRECTIVES,
        introspection: ide,
      }),
      // Only requests a browser cannot send cross-site without a preflight: JSON bodies, or a custom header.
      csrfPrevention: { allowedContentTypes: ['application/json', 'application/graphql'] },
      additionalRouteOptions: graphqlOverHttpRouteOptions,
      errorFormatter: errorFormatter({ suggestions: ide }) as never,
      context: async (request, reply): Promise<Partial<GraphQLContext>> => ({
        ...(await requestContext(request, reply, config)),
        services: app.services,
        deadline: deadlineFrom(timeoutMs),
      }),
    });
    app.graphql.addHook('preValidation', async (_schema, document, context) => {
      assertParsedFromQuery(document, (context as { __currentQuery?: unknown }).__currentQuery);
    });
    app.graphql.addHook('preExecution', async (_schema, document, context, variables) => {
      checkExecutionLimits(schema, document, requestedOperationName(context.reply.request), variables, (context as GraphQLContext).locale, config.GRAPHQL_MAX_COST);
    });
  },
  { name: 'graphql', dependencies: ['services'] },
);
