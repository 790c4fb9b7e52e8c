// Findings 5, 6 ({"query":5}) and 8 (production mode) of issue 10: what /graphql answers when something goes
// wrong. Errors thrown on purpose keep their code and message; anything else is "Internal server error" with a
// request id and nothing of the internals; a malformed request is a 4xx with a stable code; in production the
// schema is not spelled out (no GraphiQL, no introspection, no "did you mean").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlIdeEnabled, loadConfig } from '../../server/config.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';

const INTERNALS = /prisma|invalid input syntax|uuid|\/work\/|node_modules|\.ts:\d+|postgres|SELECT|Invalid `/i;

let api: ApiApp;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
});

async function post(payload: string, headers: Record<string, string> = {}) {
  const res = await api.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', 'accept-language': 'en', ...headers }, payload });
  return { status: res.statusCode, text: res.body, body: JSON.parse(res.body) };
}
const query = (q: string, variables?: unknown, headers?: Record<string, string>) => post(JSON.stringify({ query: q, variables }), headers);

describe('unexpected errors', () => {
  it('answers a malformed id without any internal detail (finding 5: listingById(id: "1"))', async () => {
    const res = await query('{ listingById(id: "1") { id } }');
    expect(res.text).not.toMatch(INTERNALS);
    expect(['NOT_FOUND', 'BAD_USER_INPUT', 'INTERNAL_SERVER_ERROR']).toContain(res.body.errors?.[0]?.extensions?.code ?? 'NOT_FOUND');
  });

  it('turns a real Prisma error into "Internal server error" with a request id', async () => {
    // A service that lets a malformed id reach PostgreSQL, as 64 of 152 calls did before helper E's id checks.
    const listing = api.app.services.listing as unknown as { byId: (ctx: unknown, id: string) => Promise<unknown> };
    const original = listing.byId;
    listing.byId = (_ctx, id) => api.db.prisma.listing.findUnique({ where: { id } });
    try {
      const res = await query('{ listingById(id: "1") { id } }');
      expect(res.status).toBe(200);
      expect(res.text).not.toMatch(INTERNALS);
      const [error] = res.body.errors;
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) });
      expect(error.message).toBe(`Internal server error. Please try again later; if it happens again, report request id ${error.extensions.requestId}.`);
      expect(error.path).toEqual(['listingById']);
      // In the caller's language.
      const vi = await query('{ listingById(id: "1") { id } }', undefined, { 'accept-language': 'vi' });
      expect(vi.body.errors[0].message).toMatch(/^Đã xảy ra lỗi máy chủ/);
    } finally {
      listing.byId = original;
    }
  });

  it('keeps the code and message of an error thrown on purpose', async () => {
    const res = await query('{ myListings { nodes { id } } }');
    expect(res.body.errors[0]).toMatchObject({ message: 'Please sign in.', extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('malformed requests', () => {
  it.each([
    ['{"query":5}', 'a number as query (finding 6)'],
    ['{"query":false}', 'a boolean as query'],
    ['{"query":["{ ping }"]}', 'an array as query'],
    ['{}', 'no query'],
    ['[]', 'an array body'],
    ['"{ ping }"', 'a string body'],
    ['{"query":"{ ping }","variables":[1]}', 'an array of variables'],
    ['{"query":"{ ping }","extensions":"x"}', 'a string as extensions'],
    ['{"query":"{ ping }","operationName":5}', 'a number as operationName'],
    ['{"query":', 'broken JSON'],
  ])('%s (%s) → 400 BAD_REQUEST with a message of ours', async (payload) => {
    const res = await post(payload);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ message: 'The request is not a well-formed GraphQL request.', extensions: { code: 'BAD_REQUEST' } }]);
    expect(res.body).not.toHaveProperty('data');
  });

  it('a query that is JSON is not taken for a document', async () => {
    // Mercurius falls back to JSON.parse(query) when parsing fails: "5" became the document 5 and crashed validate().
    const res = await query('5');
    expect(res.text).not.toMatch(INTERNALS);
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('a body over the size limit → 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await post(JSON.stringify({ query: `{ ping } #${'x'.repeat(1_100_000)}` }));
    expect(res.status).toBe(413);
    expect(res.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('says it in the caller’s language', async () => {
    const res = await post('{"query":5}', { 'accept-language': 'vi' });
    expect(res.body.errors[0].message).toBe('Yêu cầu không đúng định dạng của một yêu cầu GraphQL.');
  });

  it('gives parse, validation and variable errors stable codes', async () => {
    expect((await query('{ ping')).body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect((await query('{ nothing }')).body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await query('query($n: Int) { latestListings(first: $n) { slug } }', { n: 'many' })).body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('production mode', () => {
  it('is off by default only when NODE_ENV=production, and the setting wins', () => {
    expect(graphqlIdeEnabled(loadConfig({ NODE_ENV: 'production' }))).toBe(false);
    expect(graphqlIdeEnabled(loadConfig({ NODE_ENV: 'development' }))).toBe(true);
    expect(graphqlIdeEnabled(loadConfig({ NODE_ENV: 'production', GRAPHQL_IDE: 'true' }))).toBe(true);
  });

  describe('with the IDE setting off (the production default)', () => {
    let prod: ApiApp;
    beforeAll(async () => {
      prod = await startApi({ GRAPHQL_IDE: 'false' });
    });
    afterAll(async () => {
      await prod?.close();
    });
    const ask = async (q: string) => {
      const res = await prod.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ query: q }) });
      return JSON.parse(res.body);
    };

    it('serves no GraphiQL', async () => {
      expect((await prod.app.inject({ method: 'GET', url: '/graphiql' })).statusCode).toBe(404);
      expect((await api.app.inject({ method: 'GET', url: '/graphiql' })).statusCode).toBe(200);
    });

    it('refuses introspection', async () => {
      const res = await ask('{ __schema { types { name } } }');
      expect(res.data).toBeUndefined();
      expect(res.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect((await ask('{ __type(name: "Listing") { fields { name } } }')).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect((await ask('{ __typename }')).data).toEqual({ __typename: 'Query' });
    });

    it('suggests no field names', async () => {
      const res = await ask('{ latestListing { slug } }');
      expect(res.errors[0].message).toBe('Cannot query field "latestListing" on type "Query".');
      const dev = await query('{ latestListing { slug } }');
      expect(dev.body.errors[0].message).toMatch(/Did you mean "latestListings"/);
    });
  });
});
