// One error policy for the plain HTTP routes (uploads, media, webhooks; GraphQL has its own in Mercurius's scope):
// a refusal the client can fix is answered with its 4xx status, a stable code and a message in the caller's language;
// anything else is logged with the request id and answered 500 with a generic message naming that id, never the
// internal message (which may hold paths, SQL or a library's state).
import fp from 'fastify-plugin';
import Router from 'find-my-way';
import type { FastifyError, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { message, pickLocale } from '../i18n/messages.ts';
import { LOCALE_COOKIE } from './request-context.ts';

/** A request body that cannot be read as what the route takes (a multipart body cut short, no boundary…). */
export class MalformedBodyError extends Error {
  readonly statusCode = 400;
  readonly code = 'MALFORMED_BODY';
}

/** Errors met while reading a request body are the client's: kept when they carry a 4xx, otherwise a 400. */
export function bodyReadError(err: unknown): Error {
  const status = (err as { statusCode?: number }).statusCode;
  if (status && status >= 400 && status < 500) return err as Error;
  return new MalformedBodyError('malformed request body', { cause: err });
}

const TOO_LARGE = new Set(['FST_ERR_CTP_BODY_TOO_LARGE', 'FST_REQ_FILE_TOO_LARGE', 'FST_PARTS_LIMIT', 'FST_FILES_LIMIT', 'FST_FIELDS_LIMIT']);

/** Status and stable code of a refusal the client can fix, or null for a fault of ours. */
export function clientRefusal(error: FastifyError | Error): { status: number; code: string } | null {
  const { statusCode, code } = error as FastifyError;
  if (code && TOO_LARGE.has(code)) return { status: 413, code: 'PAYLOAD_TOO_LARGE' };
  // The router's own refusals, met before any route (Fastify's `frameworkErrors`, see answerError).
  if (code === 'FST_ERR_BAD_URL') return { status: 400, code: 'BAD_URL' };
  if (code === 'FST_ERR_MAX_PARAM_LENGTH') return { status: 414, code: 'URI_TOO_LONG' };
  // Not multipart at all (no boundary) is a malformed body, not a content negotiation failure (406).
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return { status: 400, code: 'MALFORMED_BODY' };
  if (!statusCode || statusCode < 400 || statusCode >= 500) return null;
  if (statusCode === 413) return { status: 413, code: 'PAYLOAD_TOO_LARGE' };
  return { status: statusCode, code: 'MALFORMED_BODY' };
}

/** The caller's language: the language cookie, else Accept-Language. */
export function requestLocale(request: FastifyRequest) {
  // A router error comes before the hooks, so the cookies are not parsed yet.
  const cookies = request.cookies ?? request.server.parseCookie(request.headers.cookie ?? '');
  return pickLocale(cookies[LOCALE_COOKIE], request.headers['accept-language']);
}

/** The error policy, for the error handler and for the router's errors before any route (app.ts `frameworkErrors`). */
export function answerError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  // Also here: a router error comes before the hook that sends it (request-log.ts).
  reply.header('x-request-id', request.id);
  const refusal = clientRefusal(error);
  if (refusal) {
    request.log.info({ err: error, code: refusal.code }, 'request refused');
    return reply.code(refusal.status).send({ code: refusal.code, message: message(requestLocale(request), refusal.code) });
  }
  request.log.error({ err: error, requestId: request.id }, 'unexpected error');
  return reply.code(500).send({
    code: 'INTERNAL_SERVER_ERROR',
    message: message(requestLocale(request), 'INTERNAL_SERVER_ERROR', { requestId: request.id }),
    requestId: request.id,
  });
}

export default fp(
  async (app) => {
    app.setErrorHandler(answerError);

    // A path no route takes is a 404; a path some route takes, with another method, is a 405 naming the methods it
    // takes. Fastify's router has no lookup by concrete path, so the routes are mirrored, as they are added, into a
    // find-my-way router (the one Fastify uses, same defaults) that is only asked when Fastify found nothing.
    const routes = Router();
    const added = new Set<string>();
    app.addHook('onRoute', (route) => {
      // A route behind a constraint (the token-guarded /metrics) stays unknown to those who do not meet it.
      if (route.constraints) return;
      for (const method of ([] as string[]).concat(route.method)) {
        const key = `${method} ${route.url}`;
        if (added.has(key)) continue;
        added.add(key);
        routes.on(method as Router.HTTPMethod, route.url, () => {});
      }
    });
    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0];
      const allow = app.supportedMethods.filter((method) => routes.find(method as Router.HTTPMethod, path));
      const locale = requestLocale(request);
      if (allow.length && !allow.includes(request.method as HTTPMethods)) {
        const params = { method: request.method, allow: allow.join(', ') };
        return reply.code(405).header('allow', params.allow).send({ code: 'METHOD_NOT_ALLOWED', message: message(locale, 'ROUTE_METHOD_NOT_ALLOWED', params) });
      }
      return reply.code(404).send({ code: 'NOT_FOUND', message: message(locale, 'NOT_FOUND') });
    });
  },
  { name: 'error-handler' },
);
