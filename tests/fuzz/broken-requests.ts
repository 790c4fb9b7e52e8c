// Requests to /graphql that are broken in their structure rather than their values: cut or garbled query text,
// JSON of the wrong shape, the wrong method or content type, documents the validator must refuse.
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { hostileString } from './hostile-values.ts';
import type { FuzzOperation } from './schema-operations.ts';

/** A request as app.inject takes it, and a short label to group failures by. */
export interface RawRequest {
  label: string;
  options: InjectOptions;
}

const INVALID_DOCUMENTS = [
  '{ nope }',
  '{ listingById { id } }',
  '{ listingById(id: 1, other: 2) { id } }',
  '{ ping { sub } }',
  '{ me }',
  'subscription { ping }',
  'query A { ping } query A { ping }',
  'query A { ping } query B { ping }',
  '{ ...F } fragment F on Query { ...G } fragment G on Query { ...F }',
  '{ ping @skip(if: "yes") }',
  '{ ping @nope }',
  'query($v: NoSuchType) { ping }',
  'query($v: Int) { ping }',
  'query($v: Int!) { latestListings(first: $v) { id } }',
  '{ __schema { types { name fields { name } } } }',
  '{ __type(name: "Listing") { name } }',
  `{ ${'latestListings { organisation { listings { nodes { organisation { '.repeat(6)}id${' } } } }'.repeat(6)} }`,
  '{ a: ping a: me { id } }',
  '#',
  '',
  '{',
  '}}}}',
  '"unterminated',
  '{ ping(',
  '\u0000',
  'mutation',
  `{ ${'ping '.repeat(2000)}}`,
];

const WRONG_BODIES: unknown[] = [
  { query: 5 },
  { query: null },
  { query: ['{ ping }'] },
  { query: { ping: true } },
  { query: '{ ping }', variables: 'x' },
  { query: '{ ping }', variables: [1] },
  { query: '{ ping }', variables: 5 },
  { query: '{ ping }', operationName: 5 },
  { query: '{ ping }', operationName: 'Nope' },
  { query: '{ ping }', extensions: null },
  { query: '{ ping }', extensions: 'x' },
  { query: '{ ping }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
  { extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } },
  {},
  [],
  [{ query: '{ ping }' }, { query: '{ me { id } }' }],
  null,
  'query',
  5,
  true,
];

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/graphql',
  'application/graphql-response+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  '',
  '*/*',
  'application/xml',
];

/** Cuts, garbles or extends a generated operation's text. */
function garbled(op: FuzzOperation): fc.Arbitrary<string> {
  const text = op.query;
  return fc.oneof(
    fc.nat({ max: text.length }).map((n) => text.slice(0, n)),
    fc.tuple(fc.nat({ max: text.length }), fc.constantFrom('{', '}', '(', ')', '$', '"', '\\', ':', '@', '...', '\u0000', '#')).map(([n, c]) => text.slice(0, n) + c + text.slice(n)),
    fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: 20 })).map(([n, k]) => text.slice(0, n) + text.slice(n + k)),
  );
}

export function brokenRequestArbitrary(operations: fc.Arbitrary<FuzzOperation>): fc.Arbitrary<RawRequest> {
  const json = (label: string, payload: unknown, contentType = 'application/json'): RawRequest => ({
    label,
    options: { method: 'POST', url: '/graphql', headers: { 'content-type': contentType }, payload: typeof payload === 'string' ? payload : JSON.stringify(payload) },
  });
  return fc.oneof(
    operations.chain((op) => garbled(op).map((query) => json(`garbled ${op.field}`, { query, variables: op.variables }))),
    fc.constantFrom(...INVALID_DOCUMENTS).map((query) => json('invalid document', { query })),
    fc.constantFrom(...WRONG_BODIES).map((body) => json(`body ${JSON.stringify(body)?.slice(0, 40)}`, body)),
    fc.tuple(operations, fc.constantFrom(...CONTENT_TYPES)).map(([op, type]) => json(`content-type "${type}"`, JSON.stringify({ query: op.query, variables: op.variables }), type)),
    fc.tuple(fc.constantFrom(...CONTENT_TYPES), fc.uint8Array({ maxLength: 300 })).map(([type, bytes]) => json(`binary as "${type}"`, Buffer.from(bytes).toString('latin1'), type)),
    fc.tuple(fc.constantFrom(...CONTENT_TYPES), hostileString).map(([type, s]) => json(`text as "${type}"`, s, type)),
    // GET carries only queries; a mutation, broken JSON in `variables` and odd encodings must be refused cleanly.
    fc.tuple(operations, fc.constantFrom('plain', 'bad-variables', 'nul')).map(([op, how]) => {
      const params = new URLSearchParams({ query: how === 'nul' ? `${op.query}\u0000` : op.query });
      params.set('variables', how === 'bad-variables' ? '{"v0":' : JSON.stringify(op.variables));
      return { label: `GET ${how} ${op.field.split('.')[0]}`, options: { method: 'GET' as const, url: `/graphql?${params}` } };
    }),
    fc.constantFrom('/graphql?query=%00', '/graphql?query=%7B', '/graphql?query=%E0%A4%A', '/graphql?query={ping}&query={me{id}}', '/graphql?variables=%00', '/graphql').map((url) => ({
      label: `GET ${url.slice(0, 24)}`,
      options: { method: 'GET' as const, url },
    })),
    fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS').map((method) => ({ label: `${method} /graphql`, options: { method: method as 'PUT', url: '/graphql', payload: '{"query":"{ ping }"}', headers: { 'content-type': 'application/json' } } })),
  );
}
