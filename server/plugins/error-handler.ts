// One error policy for the plain HTTP routes (uploads, media, webhooks; GraphQL has its own in Mercurius's scope):
// a refusal the client can fix is answered with its 4xx status, a stable code and a message in the caller's language;
// anything else is logged with the request id and answered 500 with a generic message naming that id, never the
// internal message (which may hold paths, SQL or a library's state).
import fp from 'fastify-plugin';
import type { FastifyError, FastifyRequest } from 'fastify';
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
  // Not multipart at all (no boundary) is a malformed body, not a content negotiation failure (406).
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return { status: 400, code: 'MALFORMED_BODY' };
  if (!statusCode || statusCode < 400 || statusCode >= 500) return null;
  if (statusCode === 413) return { status: 413, code: 'PAYLOAD_TOO_LARGE' };
  return { status: statusCode, code: 'MALFORMED_BODY' };
}

function localeOf(request: FastifyRequest) {
  return pickLocale(request.cookies?.[LOCALE_COOKIE], request.headers['accept-language']);
}

export default fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const refusal = clientRefusal(error);
      if (refusal) {
        request.log.info({ err: error, code: refusal.code }, 'request refused');
        return reply.code(refusal.status).send({ code: refusal.code, message: message(localeOf(request), refusal.code) });
      }
      request.log.error({ err: error, requestId: request.id }, 'unexpected error');
      return reply.code(500).send({
        code: 'INTERNAL_SERVER_ERROR',
        message: message(localeOf(request), 'INTERNAL_SERVER_ERROR', { requestId: request.id }),
        requestId: request.id,
      });
    });
  },
  { name: 'error-handler' },
);
