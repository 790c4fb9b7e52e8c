// Failures the fuzzers found that are not about ids (those are in tests/api/malformed-ids.test.ts), kept as plain
// cases so they stay fixed whatever seed a fuzz run draws.
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judge } from './fuzz-verdict.ts';
import { startFuzzWorld, type FuzzWorld } from './fuzz-world.ts';

const WEBHOOK_SECRET = 'whsec_fuzz';
let world: FuzzWorld;
beforeAll(async () => {
  world = await startFuzzWorld({ STRIPE_SECRET_KEY: 'sk_test_fuzz', STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_URL: 'http://127.0.0.1:9' });
});
afterAll(() => world?.close());

describe('found by fuzzing', () => {
  it("an organisation's listings without keywords still tell what a submission misses", async () => {
    // Organisation.listings reads raw rows, where a NULL keyword list came back as null and crashed the field.
    const res = await world.api.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', cookie: world.cookies.owner },
      payload: JSON.stringify({ query: '{ myListings { nodes { organisation { listings { nodes { missingForSubmission } } } } } }' }),
    });
    expect(judge({ status: res.statusCode, body: res.body }), res.body).toEqual({ ok: true });
    const listings = JSON.parse(res.body).data.myListings.nodes.flatMap((l: { organisation: { listings: { nodes: unknown[] } } | null }) => l.organisation?.listings.nodes ?? []);
    expect(listings.length).toBeGreaterThan(0);
    for (const l of listings) expect(l.missingForSubmission).toContain('keywords');
  });

  it('a signed Stripe event naming a session or payment that cannot exist is recorded, not a 500', async () => {
    const stripe = new Stripe('sk_test_fuzz');
    const events = [
      { type: 'checkout.session.expired', data: { object: { id: '\u0000', object: 'checkout.session', metadata: null, client_reference_id: null } } },
      { type: 'refund.failed', data: { object: { id: 're_1', object: 'refund', payment_intent: 'pi_\u0000', metadata: null, amount: 1, status: 'failed' } } },
      { type: 'charge.refunded', data: { object: { id: 'ch_1', object: 'charge', payment_intent: '\u0000', metadata: { orderId: 'not-a-uuid' }, refunded: true, amount_refunded: 1 } } },
    ];
    for (const [i, e] of events.entries()) {
      const payload = JSON.stringify({ id: `evt_fuzz_${i}`, object: 'event', created: 1_700_000_000, ...e });
      const res = await world.api.app.inject({
        method: 'POST',
        url: '/webhooks/stripe',
        headers: { 'content-type': 'application/json', 'stripe-signature': stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }) },
        payload,
      });
      expect(res.statusCode, `${e.type}: ${res.body}`).toBe(200);
    }
  });
});
