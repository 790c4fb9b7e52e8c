// GraphQL at /graphql (GraphiQL at /graphiql) with the caller resolved from the session cookie once per request.
import fp from 'fastify-plugin';
import mercurius from 'mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { GraphQLContext, RequestContext } from '../graphql/context.ts';
import { buildResolvers, loaders } from '../graphql/resolvers.ts';
import { loadSdl } from '../graphql/sdl.ts';
import { pickLocale, type Locale } from '../i18n/messages.ts';
import { SESSION_COOKIE } from '../modules/account/session-token.ts';

export const LOCALE_COOKIE = 'lang';
const YEAR_S = 365 * 86_400;

async function requestContext(
  request: FastifyRequest,
  reply: FastifyReply,
  config: Config,
): Promise<Omit<RequestContext, never>> {
  const token = request.cookies[SESSION_COOKIE];
  const session = await request.server.services.account.resolveSession(token);
  const cookieBase = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.COOKIE_SECURE };
  const ctx: RequestContext = {
    user: session?.user ?? null,
    sessionId: session?.sessionId ?? null,
    locale: pickLocale(request.cookies[LOCALE_COOKIE], session?.user.locale, request.headers['accept-language']),
    userAgent: request.headers['user-agent'] ?? null,
    ip: request.ip,
    cookies: {
      start(newToken: string, expiresAt: Date) {
        reply.setCookie(SESSION_COOKIE, newToken, { ...cookieBase, expires: expiresAt });
      },
      end() {
        reply.clearCookie(SESSION_COOKIE, cookieBase);
      },
      setLocale(locale: Locale) {
        ctx.locale = locale;
        reply.setCookie(LOCALE_COOKIE, locale, { ...cookieBase, httpOnly: false, maxAge: YEAR_S });
      },
    },
  };
  if (token && !session) ctx.cookies.end(); // a stale cookie is dropped rather than sent forever
  return ctx;
}

export default fp(
  async (app, opts: { config: Config }) => {
    await app.register(mercurius, {
      schema: loadSdl(),
      resolvers: buildResolvers() as never,
      loaders: loaders as never,
      graphiql: true,
      queryDepth: opts.config.GRAPHQL_DEPTH_LIMIT,
      // A resolver's unexpected failure is logged and answered as a generic error: no internals leak.
      // Validation errors, limits and errors thrown with a code go out as they are.
      errorFormatter: (execution, context) => {
        const formatted = mercurius.defaultErrorFormatter(execution, context);
        const errors = formatted.response.errors?.map((e, i) => {
          const source = execution.errors?.[i];
          const original = source?.originalError;
          const expected = !original || original instanceof mercurius.ErrorWithProps || 'code' in original || !source?.path;
          if (expected) return e;
          context.reply.log.error({ err: original }, 'GraphQL resolver failed');
          return { ...e, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
        });
        return { statusCode: formatted.statusCode, response: { ...formatted.response, errors } };
      },
      context: async (request, reply): Promise<Partial<GraphQLContext>> => ({
        ...(await requestContext(request, reply, opts.config)),
        services: app.services,
      }),
    });
  },
  { name: 'graphql', dependencies: ['services'] },
);
