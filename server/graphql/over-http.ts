// What Mercurius leaves out of the GraphQL-over-HTTP spec, as two hooks on its /graphql routes:
// - preValidation (before Fastify's body schema, which would coerce `{"query":5}` into "5" and refuse a null
//   `extensions`): a request that is not a GraphQL request is refused with 400 BAD_REQUEST, and a null
//   `extensions` (allowed by the spec) is dropped;
// - onSend: `application/graphql-response+json` when the client prefers it. The status codes that go with each
//   media type are the error policy's (error-policy.ts).
import type { FastifyReply, FastifyRequest } from 'fastify';
import mercurius from 'mercurius';

export const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const JSON_TYPE = 'application/json';

/** The client prefers application/graphql-response+json to application/json (by q-value, then by order). */
export function prefersGraphQLResponse(accept: string | undefined): boolean {
  if (!accept) return false;
  let best: { type: string; q: number } | null = null;
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? 1);
    if ((range === GRAPHQL_RESPONSE || range === JSON_TYPE) && q > 0 && (!best || q > best.q)) best = { type: range, q };
  }
  return best?.type === GRAPHQL_RESPONSE;
}

export class BadRequestError extends mercurius.ErrorWithProps {
  constructor() {
    super('The request is not a well-formed GraphQL request.', { code: 'BAD_REQUEST' }, 400);
  }
}

const isMap = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
const optional = (v: unknown, ok: (v: unknown) => boolean) => v === undefined || v === null || ok(v);

function checkParameters(params: unknown, encodedAsText: boolean): void {
  if (!isMap(params)) throw new BadRequestError();
  const p = params as Record<string, unknown>;
  const mapOrText = (v: unknown) => (encodedAsText ? typeof v === 'string' : isMap(v));
  const wellFormed =
    typeof p.query === 'string' &&
    p.query.trim() !== '' &&
    optional(p.operationName, (v) => typeof v === 'string') &&
    optional(p.variables, mapOrText) &&
    optional(p.extensions, mapOrText);
  if (!wellFormed) throw new BadRequestError();
  if (p.extensions === null) delete p.extensions;
}

/** The `operationName` a request asks for: in the query string of a GET, in the body of a POST. */
export function requestedOperationName(request: FastifyRequest): string | null | undefined {
  return ((request.method === 'GET' ? request.query : request.body) as { operationName?: string | null } | undefined)?.operationName;
}

export const graphqlOverHttpRouteOptions = {
  async preValidation(request: FastifyRequest) {
    if (request.method === 'GET') checkParameters(request.query, true);
    else checkParameters(request.body, false);
  },
  async onSend(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith(JSON_TYPE) && prefersGraphQLResponse(request.headers.accept)) reply.header('content-type', `${GRAPHQL_RESPONSE}; charset=utf-8`);
    return payload;
  },
};
