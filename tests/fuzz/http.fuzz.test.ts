// Property: whatever method, path, headers and body anyone sends to a plain HTTP route (the app's own route table:
// /graphql, /healthz, the upload routes, /media/..., /webhooks/stripe), the answer is never a 5xx and never carries
// an internal detail; a refusal is a 4xx with a stable code. FUZZ_RUNS sets the number of cases.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUZZ_RUNS, fuzz, judge, Tally } from './fuzz-verdict.ts';
import { startFuzzWorld, type FuzzWorld, type Role } from './fuzz-world.ts';
import { hostileRequestArbitrary, routesOf } from './hostile-requests.ts';

const WEBHOOK_SECRET = 'whsec_fuzz';
let world: FuzzWorld;
const tally = new Tally('http routes');

beforeAll(async () => {
  // Payments on, so the webhook checks signatures; the Stripe API itself is an address nothing answers on.
  world = await startFuzzWorld({ STRIPE_SECRET_KEY: 'sk_test_fuzz', STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_URL: 'http://127.0.0.1:9' });
});
afterAll(async () => {
  console.log(tally.summary());
  await world?.close();
});

describe(`HTTP fuzz (${FUZZ_RUNS} cases)`, () => {
  it('finds the routes it fuzzes in the app itself', () => {
    const paths = routesOf(world.api.app).map((r) => r.path);
    expect(paths).toEqual(expect.arrayContaining(['/graphql', '/healthz', '/api/listings/:id/images', '/api/inquiries/:id/messages', '/webhooks/stripe']));
    expect(paths.some((p) => p.startsWith('/media/'))).toBe(true);
  });

  it('answers hostile requests to every route without a server error or an internal detail', { timeout: 60_000 + FUZZ_RUNS * 200 }, async () => {
    const routes = routesOf(world.api.app);
    const cases = fc.tuple(fc.constantFrom<Role>('visitor', 'owner', 'buyer'), hostileRequestArbitrary(routes, WEBHOOK_SECRET));
    await fuzz(cases, async ([role, { label, options }]) => {
      const cookie = world.cookies[role];
      const res = await world.api.app.inject({ ...options, headers: { ...(options.headers ?? {}), ...(cookie ? { cookie } : {}) } });
      const answer = { status: res.statusCode, body: res.body };
      const shown = `${role}: ${options.method} ${String(options.url).slice(0, 200)} ${JSON.stringify(options.headers?.['content-type'] ?? '')} ${String(options.payload ?? '').slice(0, 200)}`;
      // A HEAD answer has no body to carry a code.
      tally.record(label, shown, answer, judge(answer, { refusalIsJson: options.method !== 'HEAD' }));
    });
    expect(tally.report(), tally.summary()).toEqual([]);
  });
});
