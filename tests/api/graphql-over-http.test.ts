// Finding 9 of issue 10: conformance to the GraphQL-over-HTTP spec, by the audit suite graphql-http publishes
// (serverAudits), run against a real listening server. Every MUST passes; the SHOULDs and MAYs that do not are
// listed below with the reason, and the test fails if that list changes either way.
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let results: AuditResult[];

// Not met on purpose, all three MAYs about GET: csrfPrevention (issue 10, finding 8) refuses a GET that carries
// neither a JSON content type nor a header a browser would preflight (`mercurius-require-preflight` or
// `x-mercurius-operation-name`), and the audit's GETs carry none. Every SHOULD passes.
const ACCEPTED_FAILURES: Record<string, string> = {
  '5A70': 'MAY accept application/x-www-form-urlencoded formatted GET requests',
  '6A70': 'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
  D6D5: 'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
};

beforeAll(async () => {
  server = await startTestServer({ web: false, seed: false, env: { LOG_LEVEL: 'silent' } });
  const audits = serverAudits({ url: `${server.url}/graphql` });
  results = [];
  for (const audit of audits) results.push(await audit.fn());
}, 60_000);
afterAll(async () => {
  await server?.close();
});

describe('GraphQL-over-HTTP audit (graphql-http serverAudits)', () => {
  it('passes every MUST', () => {
    const failed = results.filter((r) => r.status !== 'ok' && r.name.startsWith('MUST'));
    expect(failed.map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
  });

  it('passes every SHOULD and MAY but the ones listed, for the reasons given there', () => {
    const failed = Object.fromEntries(results.filter((r) => r.status !== 'ok').map((r) => [r.id, r.name]));
    expect(failed).toEqual(ACCEPTED_FAILURES);
  });

  it('offers application/graphql-response+json with its status codes, and application/json otherwise', async () => {
    const ask = (accept: string, query: string) =>
      fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ query }) });
    const gql = await ask('application/graphql-response+json, application/json;q=0.9', '{ ping');
    expect(gql.status).toBe(400);
    expect(gql.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(await gql.json()).not.toHaveProperty('data');
    const json = await ask('application/json', '{ ping');
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    const ok = await ask('application/graphql-response+json', '{ ping }');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { ping: 'pong' } });
  });

  it('accepts a null extensions parameter (a MUST Mercurius refused with 400)', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ping }', extensions: null, variables: null, operationName: null }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { ping: 'pong' } });
  });

  it('serves a GET query that carries a preflight-forcing header', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ ping }')}`, { headers: { 'mercurius-require-preflight': 'true' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { ping: 'pong' } });
  });
});
