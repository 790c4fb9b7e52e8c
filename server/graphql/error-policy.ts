// One error policy for /graphql. What goes out as it is: refusals of the platform's rules (DomainError, said here
// in the caller's language with their stable code), errors we throw on purpose (mercurius ErrorWithProps) and the GraphQL request errors graphql-js writes itself (parse, validation,
// variable coercion; their messages name only the document and the schema). Everything else (a Prisma error, a
// TypeError, a null in a non-null field) is logged with the request id and answered "Internal server error"
// with { code: INTERNAL_SERVER_ERROR, requestId }. Malformed HTTP requests get a 4xx with a stable code and a
// message of ours, never the framework's.
//
// Status codes follow the GraphQL-over-HTTP spec: a request error (parse, validation, coercion, limit) answers
// 200 under application/json and 400 under application/graphql-response+json, without a `data` entry.
import { GraphQLError } from 'graphql';
import mercurius, { type MercuriusContext } from 'mercurius';
import type { FastifyRequest } from 'fastify';
import { message, pickLocale, type Locale } from '../i18n/messages.ts';
import { QUERY_TOO_COMPLEX } from './limits/limit-error.ts';
import { isDomainError } from '../lib/domain-error.ts';
import { BadRequestError, prefersGraphQLResponse } from './over-http.ts';

type Kind = 'expected' | 'request' | 'http' | 'internal';

interface Classified {
  kind: Kind;
  status: number;
  json: Record<string, unknown>;
}

interface Execution {
  data?: Record<string, unknown> | null;
  errors: readonly GraphQLError[];
}

// Fastify's and Mercurius's own refusals of the HTTP request, by their codes.
const HTTP_CODES: Record<number, string> = { 405: 'METHOD_NOT_ALLOWED', 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE' };

export interface ErrorPolicyOptions {
  /** "Did you mean …?" in validation messages (off in production: they spell out the schema). */
  suggestions: boolean;
}

export function errorFormatter({ suggestions }: ErrorPolicyOptions) {
  return (execution: Execution, context: MercuriusContext & { locale?: Locale }) => {
    const request = context.reply?.request as FastifyRequest | undefined;
    const locale = context.locale ?? pickLocale(request?.headers['accept-language']);
    const requestId = String(request?.id ?? '');
    const flat = execution.errors.flatMap(unwrap);
    const classified = flat.map((error) => classify(error, locale, requestId));
    for (const [i, c] of classified.entries()) {
      if (c.kind === 'internal') {
        const err = flat[i]!;
        (context.reply?.log ?? context.app.log).error({ err: err.originalError ?? err, requestId }, 'GraphQL request failed');
      }
      if (!suggestions && c.kind === 'request') c.json.message = String(c.json.message).replace(/ ?Did you mean .*\?$/s, '');
    }
    const errors = classified.map((c) => c.json);
    const http = classified.find((c) => c.kind === 'http');
    const requestError = classified.some((c) => c.kind === 'request');
    if (http || requestError) {
      // A request error: nothing was executed, so there is no `data` entry.
      const status = http?.status ?? (prefersGraphQLResponse(request?.headers.accept) ? 400 : 200);
      return { statusCode: status, response: { errors } as { data: null; errors: typeof errors } };
    }
    // Executed: 200 with what could be resolved, unless nothing was and an error of ours asks for a status.
    const statusCode = execution.data ? 200 : (classified.find((c) => c.kind === 'expected' && c.status !== 200)?.status ?? 200);
    return { statusCode, response: { data: execution.data ?? null, errors } };
  };
}

// By name, not instanceof: under vitest graphql-js loads twice (ESM here, CommonJS in Mercurius).
const isGraphQLError = (e: unknown): e is GraphQLError => (e as Error | undefined)?.name === 'GraphQLError';

/** Mercurius wraps a refused request's errors in one MER_ERR_GQL_VALIDATION carrying them in `.errors`. */
function unwrap(error: GraphQLError): GraphQLError[] {
  const inner = (error.originalError as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(inner)) return [error];
  return inner.map((e: Error) => (isGraphQLError(e) ? e : new GraphQLError(e.message, { originalError: e })));
}

function classify(error: GraphQLError, locale: Locale, requestId: string): Classified {
  const original = error.originalError as (Error & { code?: unknown; statusCode?: unknown; validation?: unknown }) | undefined;
  const where = { ...(error.locations ? { locations: error.locations } : {}), ...(error.path ? { path: error.path } : {}) };
  // Ours, on purpose: message and extensions as thrown.
  if (isDomainError(original)) {
    const fields = Object.keys(original.fields).length ? { fields: original.fields } : {};
    return { kind: 'expected', status: 200, json: { message: message(locale, original.code), ...where, extensions: { code: original.code, ...fields } } };
  }
  const ours = original instanceof mercurius.ErrorWithProps ? original : null;
  if (ours) {
    const status = typeof ours.statusCode === 'number' ? ours.statusCode : 200;
    // Thrown before the request had a language (over-http.ts): said again in the caller's.
    const text = ours instanceof BadRequestError ? message(locale, 'BAD_REQUEST') : ours.message;
    return { kind: error.path ? 'expected' : status >= 400 && status < 500 ? 'http' : 'expected', status, json: { message: text, ...where, extensions: ours.extensions } };
  }
  // Refusals of the HTTP request by Fastify (body parsing, size, media type) or Mercurius (CSRF, GET mutation,
  // depth, malformed GET variables): our code and message instead of theirs.
  const frameworkCode = typeof original?.code === 'string' && /^(FST_|MER_ERR_)/.test(original.code) ? original.code : null;
  if (frameworkCode === 'MER_ERR_GQL_QUERY_DEPTH') return request(limitMessage(locale, 'depth', original), { code: QUERY_TOO_COMPLEX, limit: 'depth' }, where);
  if (frameworkCode || original?.validation) {
    const status = typeof original?.statusCode === 'number' && original.statusCode >= 400 && original.statusCode < 500 ? original.statusCode : 400;
    const code = frameworkCode === 'MER_ERR_GQL_CSRF_PREVENTION' ? 'CSRF_PREVENTED' : (HTTP_CODES[status] ?? 'BAD_REQUEST');
    return { kind: 'http', status, json: { message: message(locale, code), extensions: { code } } };
  }
  // graphql-js's own request errors (no path: nothing executed yet).
  if (!error.path && (!original || isGraphQLError(original))) {
    const own = error.extensions?.code;
    if (own === QUERY_TOO_COMPLEX) {
      const { limit, max } = error.extensions as { limit: string; max: number };
      return request(message(locale, QUERY_TOO_COMPLEX, { limit, max }), error.extensions, where);
    }
    const tokens = /^Syntax Error: Document contains more that (\d+) tokens/.exec(error.message);
    if (tokens) return request(message(locale, QUERY_TOO_COMPLEX, { limit: 'tokens', max: tokens[1]! }), { code: QUERY_TOO_COMPLEX, limit: 'tokens', max: Number(tokens[1]) }, where);
    const code =
      typeof own === 'string' ? own : error.message.startsWith('Syntax Error') ? 'GRAPHQL_PARSE_FAILED' : error.message.startsWith('Variable "$') ? 'BAD_USER_INPUT' : 'GRAPHQL_VALIDATION_FAILED';
    return request(error.message, { ...error.extensions, code }, where);
  }
  return { kind: 'internal', status: 500, json: { message: message(locale, 'INTERNAL_SERVER_ERROR', { requestId }), ...where, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } } };
}

function request(text: string, extensions: Record<string, unknown>, where: object): Classified {
  return { kind: 'request', status: 400, json: { message: text, ...where, extensions } };
}

function limitMessage(locale: Locale, limit: string, original: unknown): string {
  const max = /limit of (\d+)/.exec(String((original as Error).message))?.[1] ?? '?';
  return message(locale, QUERY_TOO_COMPLEX, { limit, max });
}
