// Property: whatever operation, variables and body anyone sends to /graphql, as a visitor or signed in with any role,
// the answer is never a 5xx, never carries an internal detail, and every error in it has a stable code.
// FUZZ_RUNS sets the cases per property (150 in the normal run; `npm run fuzz` runs 10,000).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenRequestArbitrary } from './broken-requests.ts';
import { FUZZ_RUNS, fuzz, judge, Tally } from './fuzz-verdict.ts';
import { ROLES, startFuzzWorld, type FuzzWorld, type Role } from './fuzz-world.ts';
import { MALFORMED_IDS, UNKNOWN_UUIDS } from './hostile-values.ts';
import { apiSchema, operationArbitrary, type FuzzOperation } from './schema-operations.ts';

let world: FuzzWorld;
const schema = apiSchema();
const tallies: Tally[] = [];

beforeAll(async () => {
  world = await startFuzzWorld();
});
afterAll(async () => {
  for (const t of tallies) console.log(t.summary());
  await world?.close();
});

// Ending one's own session would turn the rest of that role's cases into a visitor's.
const SESSION_ENDING = new Set(['Mutation.signOut', 'Mutation.signIn', 'Mutation.signUp', 'Mutation.signOutEverywhere']);

function ids(): fc.Arbitrary<string> {
  return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...world.realIds) }, { weight: 3, arbitrary: fc.constantFrom(...MALFORMED_IDS, ...UNKNOWN_UUIDS) }, { weight: 1, arbitrary: fc.uuid() });
}

async function send(role: Role, op: FuzzOperation) {
  const res = await world.api.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', ...(world.cookies[role] ? { cookie: world.cookies[role] } : {}) },
    payload: JSON.stringify({ query: op.query, variables: op.variables }),
  });
  return { status: res.statusCode, body: res.body };
}

function expectClean(tally: Tally) {
  tallies.push(tally);
  expect(tally.report(), tally.summary()).toEqual([]);
}

describe(`GraphQL fuzz (${FUZZ_RUNS} cases per property)`, () => {
  it('answers every schema operation with hostile arguments, for every role, without a server error', { timeout: 60_000 + FUZZ_RUNS * 200 }, async () => {
    const tally = new Tally('schema operations');
    const cases = fc.tuple(fc.constantFrom(...ROLES), operationArbitrary(schema, ids())).filter(([role, op]) => role === 'visitor' || !SESSION_ENDING.has(op.field));
    await fuzz(cases, async ([role, op]) => {
      const answer = await send(role, op);
      tally.record(op.field, `${role}: ${JSON.stringify({ query: op.query, variables: op.variables })}`, answer, judge(answer));
    });
    expectClean(tally);
  });

  it('refuses structurally broken requests with a 4xx or a GraphQL error, never a server error', { timeout: 60_000 + FUZZ_RUNS * 200 }, async () => {
    const tally = new Tally('broken requests');
    const cases = fc.tuple(fc.constantFrom<Role>('visitor', 'owner'), brokenRequestArbitrary(operationArbitrary(schema, ids())));
    await fuzz(cases, async ([role, { label, options }]) => {
      const cookie = world.cookies[role];
      const res = await world.api.app.inject({ ...options, headers: { ...(options.headers ?? {}), ...(cookie ? { cookie } : {}) } });
      const answer = { status: res.statusCode, body: res.body };
      tally.record(label, `${role}: ${options.method} ${options.url} ${String(options.payload ?? '').slice(0, 300)}`, answer, judge(answer));
    });
    expectClean(tally);
  });

});
