// POST /webhooks/stripe against events signed by the real stripe library (through the fake of the Stripe API):
// forged, tampered, replayed and unsigned deliveries are refused with nothing written; each event id acts once,
// even when delivered twice at the same moment; events arriving out of order never undo what happened; and the
// whole hosted-checkout round trip over real HTTP, with the rest of the API still parsing JSON as before.
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import { FakeStripeApi, type Deliver } from '../support/fake-stripe-api.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';

const START = `mutation($id: ID!) { startFeaturedPlacement(listingId: $id) { __typename ... on Checkout { url order { id } } } }`;

let api: ApiApp;
let fake: FakeStripeApi;
let member: GraphQLClient;
let memberId: string;
let orgId: string;
let inject: Deliver;

beforeAll(async () => {
  fake = await FakeStripeApi.start();
  api = await startApi(fake.env());
  fake.deliverTo(api.app);
  inject = fake.deliver!;
  const org = await createOrganisation(api.db.prisma);
  orgId = org.id;
  const m = await createUser(api.db.prisma);
  memberId = m.id;
  await addMember(api.db.prisma, m.id, org.id);
  member = await api.as(m.email);
});
afterAll(async () => {
  await fake.settled();
  await api.close();
  await fake.close();
});

/** A featured placement waiting for payment: its order id, session id and listing id. */
async function pending() {
  const listing = await createListing(api.db.prisma, orgId);
  const res = await member.request(START, { id: listing.id });
  const { url, order } = res.data.startFeaturedPlacement;
  return { orderId: order.id as string, sessionId: url.split('/').pop() as string, listingId: listing.id };
}

/** Runs `fn` while the fake keeps the events it would send; answers them, signed, in the order they came. */
async function held(fn: () => Promise<unknown>): Promise<{ type: string; payload: string; signature: string }[]> {
  const kept: { type: string; payload: string; signature: string }[] = [];
  fake.deliver = async (payload, signature) => {
    kept.push({ type: JSON.parse(payload).type, payload, signature });
    return 0;
  };
  try {
    await fn();
    await fake.settled();
  } finally {
    fake.deliver = inject;
  }
  return kept;
}

function post(payload: string, headers: Record<string, string>) {
  // Stripe's own content type, parameter included.
  return api.app.inject({ method: 'POST', url: '/webhooks/stripe', headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, payload });
}

const orderOf = (id: string) => api.db.prisma.order.findUniqueOrThrow({ where: { id }, include: { payments: true } });
const eventCount = () => api.db.prisma.stripeEvent.count();

describe('signature', () => {
  it('refuses a delivery signed with another secret, without a signature, tampered with or replayed late; nothing is written', async () => {
    const { orderId, sessionId } = await pending();
    const [completed] = await held(() => fake.pay(sessionId));
    const before = await eventCount();

    const forged = fake.sign(JSON.parse(completed.payload), 'whsec_someone_else');
    const refusedForged = await post(forged.payload, { 'stripe-signature': forged.signature, 'accept-language': 'en' });
    expect(refusedForged.statusCode).toBe(400);
    expect(refusedForged.json()).toEqual({ code: 'STRIPE_SIGNATURE_INVALID', message: 'The Stripe signature does not match the body (wrong secret, altered body, or too old).' });
    const unsigned = await post(completed.payload, {});
    expect(unsigned.statusCode).toBe(400);
    expect(unsigned.json().code).toBe('STRIPE_SIGNATURE_MISSING');
    const tampered = completed.payload.replace(`"amount_total": 500000`, `"amount_total": 5`);
    expect(tampered).not.toBe(completed.payload);
    expect((await post(tampered, { 'stripe-signature': completed.signature })).statusCode).toBe(400);
    const late = new Stripe('sk_test_x').webhooks.generateTestHeaderString({
      payload: completed.payload, secret: fake.webhookSecret, timestamp: Math.floor(Date.now() / 1000) - 3600,
    });
    expect((await post(completed.payload, { 'stripe-signature': late })).statusCode).toBe(400);
    expect((await post(completed.payload, { 'stripe-signature': 'not a signature' })).statusCode).toBe(400);

    expect(await eventCount()).toBe(before);
    expect((await orderOf(orderId)).status).toBe('PENDING_PAYMENT');
    // The genuine delivery still works afterwards.
    const ok = await post(completed.payload, { 'stripe-signature': completed.signature });
    expect(ok.statusCode).toBe(200);
    expect((await orderOf(orderId)).status).toBe('PAID');
  });
});

describe('each event once', () => {
  it('answers 200 to a redelivery and changes nothing more', async () => {
    const { orderId, sessionId, listingId } = await pending();
    const [completed] = await held(() => fake.pay(sessionId));
    const first = await post(completed.payload, { 'stripe-signature': completed.signature });
    expect(first.json()).toEqual({ received: true, duplicate: false });
    const featuredUntil = (await api.db.prisma.listing.findUniqueOrThrow({ where: { id: listingId } })).featuredUntil;
    const second = await post(completed.payload, { 'stripe-signature': completed.signature });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toEqual({ received: true, duplicate: true });
    expect((await api.db.prisma.listing.findUniqueOrThrow({ where: { id: listingId } })).featuredUntil).toEqual(featuredUntil);
    const notes = await api.db.prisma.notification.findMany({ where: { userId: memberId, type: 'payment.received' } });
    expect(notes.filter((n) => (n.data as { orderId: string }).orderId === orderId)).toHaveLength(1);
    expect(await api.db.prisma.stripeEvent.count({ where: { id: JSON.parse(completed.payload).id } })).toBe(1);
  });

  it('acts once when the same event arrives twice at the same moment', async () => {
    const { orderId, sessionId } = await pending();
    const [completed] = await held(() => fake.pay(sessionId));
    const answers = await Promise.all([1, 2, 3].map(() => post(completed.payload, { 'stripe-signature': completed.signature })));
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200]);
    expect(answers.filter((a) => a.json().duplicate === false)).toHaveLength(1);
    const audits = await api.db.prisma.auditEvent.count({ where: { entityType: 'order', entityId: orderId, action: 'order.pay' } });
    expect(audits).toBe(1);
    expect((await orderOf(orderId)).payments.filter((p) => p.status === 'SUCCEEDED')).toHaveLength(1);
  });
});

describe('out of order', () => {
  it('a completed session arriving after its refund does not make the order paid again', async () => {
    const { orderId, sessionId, listingId } = await pending();
    const events = await held(async () => {
      await fake.pay(sessionId);
      const pi = fake.sessions.get(sessionId)!.payment_intent;
      await api.app.stripe!.refunds.create({ payment_intent: pi }); // refunded at Stripe, e.g. in its Dashboard
    });
    expect(events.map((e) => e.type)).toEqual(['checkout.session.completed', 'refund.created', 'charge.refunded']);
    const [completed, refundCreated, chargeRefunded] = events;
    expect((await post(chargeRefunded.payload, { 'stripe-signature': chargeRefunded.signature })).statusCode).toBe(200);
    expect((await orderOf(orderId)).status).toBe('REFUNDED');
    expect((await post(refundCreated.payload, { 'stripe-signature': refundCreated.signature })).statusCode).toBe(200);
    expect((await post(completed.payload, { 'stripe-signature': completed.signature })).statusCode).toBe(200);
    const order = await orderOf(orderId);
    expect(order.status).toBe('REFUNDED');
    expect(order.payments.filter((p) => p.type === 'REFUND')).toMatchObject([{ status: 'SUCCEEDED', amountVnd: 500_000n }]);
    expect((await api.db.prisma.listing.findUniqueOrThrow({ where: { id: listingId } })).featuredUntil).toBeNull();
  });

  it('an expired session arriving after completion does not cancel the paid order', async () => {
    const { orderId, sessionId } = await pending();
    const [completed] = await held(() => fake.pay(sessionId));
    await post(completed.payload, { 'stripe-signature': completed.signature });
    const expired = fake.sign(fake.event('checkout.session.expired', { ...fake.sessions.get(sessionId)!, status: 'expired' }));
    expect((await post(expired.payload, { 'stripe-signature': expired.signature })).statusCode).toBe(200);
    const order = await orderOf(orderId);
    expect(order.status).toBe('PAID');
    expect(order.payments).toMatchObject([{ type: 'CHARGE', status: 'SUCCEEDED' }]);
  });

  it('an expired session cancels an order still waiting for its payment', async () => {
    const { orderId, sessionId } = await pending();
    expect((await fake.expire(sessionId)).status).toBe(200);
    const order = await orderOf(orderId);
    expect(order.status).toBe('CANCELLED');
    expect(order.payments).toMatchObject([{ type: 'CHARGE', status: 'FAILED' }]);
    // Starting again opens a new checkout.
    const again = await member.request(START, { id: order.listingId });
    expect(again.data.startFeaturedPlacement.order.id).not.toBe(orderId);
  });
});

describe('refunds made at Stripe', () => {
  it('end a running featured placement: the order is REFUNDED and the listing keeps only its other paid time', async () => {
    const first = await pending();
    await fake.pay(first.sessionId);
    const res = await member.request(START, { id: first.listingId });
    const secondSession = res.data.startFeaturedPlacement.url.split('/').pop();
    await fake.pay(secondSession);
    const firstOrder = await orderOf(first.orderId);
    const outboxBefore = await api.db.prisma.outbox.count({ where: { entityId: first.listingId } });
    // The second placement is refunded in Stripe's Dashboard: its 30 days are taken back.
    const secondOrder = await api.db.prisma.order.findUniqueOrThrow({ where: { checkoutSessionId: secondSession } });
    await api.app.stripe!.refunds.create({ payment_intent: secondOrder.paymentIntentId! });
    await fake.settled();
    expect((await orderOf(secondOrder.id)).status).toBe('REFUNDED');
    expect((await orderOf(first.orderId)).status).toBe('PAID');
    const listing = await api.db.prisma.listing.findUniqueOrThrow({ where: { id: first.listingId } });
    expect(listing.featuredUntil).toEqual(firstOrder.endsAt);
    expect(await api.db.prisma.outbox.count({ where: { entityId: first.listingId } })).toBe(outboxBefore + 1);
    const refunded = await api.db.prisma.notification.findMany({ where: { userId: memberId, type: 'payment.refunded' } });
    expect(refunded.filter((n) => (n.data as { orderId: string }).orderId === secondOrder.id)).toHaveLength(1);
  });

  it('a partial refund is recorded but does not end the order', async () => {
    const { orderId, sessionId } = await pending();
    await fake.pay(sessionId);
    await api.app.stripe!.refunds.create({ payment_intent: fake.sessions.get(sessionId)!.payment_intent, amount: 100_000 });
    await fake.settled();
    const order = await orderOf(orderId);
    expect(order.status).toBe('PAID');
    expect(order.payments.filter((p) => p.type === 'REFUND')).toMatchObject([{ status: 'SUCCEEDED', amountVnd: 100_000n }]);
  });
});

describe('news that does not fit', () => {
  it('records but does not apply a payment of another amount, another session, or an unknown order', async () => {
    const { orderId, sessionId } = await pending();
    const session = fake.sessions.get(sessionId)!;
    const paidLess = fake.sign(fake.event('checkout.session.completed', { ...session, status: 'complete', payment_status: 'paid', amount_total: 5000, payment_intent: 'pi_test_less' }));
    expect((await post(paidLess.payload, { 'stripe-signature': paidLess.signature })).statusCode).toBe(200);
    const otherSession = fake.sign(fake.event('checkout.session.completed', { ...session, id: 'cs_test_other', status: 'complete', payment_status: 'paid', payment_intent: 'pi_test_other' }));
    expect((await post(otherSession.payload, { 'stripe-signature': otherSession.signature })).statusCode).toBe(200);
    const unknown = fake.sign(fake.event('checkout.session.completed', { ...session, id: 'cs_test_x', metadata: { orderId: '00000000-0000-4000-8000-000000000000' }, client_reference_id: null, payment_status: 'paid' }));
    expect((await post(unknown.payload, { 'stripe-signature': unknown.signature })).statusCode).toBe(200);
    const unpaid = fake.sign(fake.event('checkout.session.completed', { ...session, status: 'complete', payment_status: 'unpaid' }));
    expect((await post(unpaid.payload, { 'stripe-signature': unpaid.signature })).statusCode).toBe(200);
    expect((await orderOf(orderId)).status).toBe('PENDING_PAYMENT');
    const ids = [paidLess, otherSession, unknown, unpaid].map((e) => JSON.parse(e.payload).id);
    expect(await api.db.prisma.stripeEvent.count({ where: { id: { in: ids } } })).toBe(4);
  });

  it('accepts event types it does not use', async () => {
    const other = fake.sign(fake.event('customer.created', { id: 'cus_test_1', object: 'customer' }));
    expect((await post(other.payload, { 'stripe-signature': other.signature })).statusCode).toBe(200);
  });
});

describe('over real HTTP', () => {
  it('pays on the fake hosted checkout page, which sends the signed webhook; the rest of the API still parses JSON', async () => {
    const listening = await startApi(fake.env());
    try {
      await listening.app.listen({ host: '127.0.0.1', port: 0 });
      const base = `http://127.0.0.1:${(listening.app.server.address() as AddressInfo).port}`;
      fake.deliver = undefined;
      fake.webhookUrl = `${base}/webhooks/stripe`;
      const org = await createOrganisation(listening.db.prisma);
      const m = await createUser(listening.db.prisma);
      await addMember(listening.db.prisma, m.id, org.id);
      const listing = await createListing(listening.db.prisma, org.id);
      const client = await listening.as(m.email);
      const { url, order } = (await client.request(START, { id: listing.id })).data.startFeaturedPlacement;

      const page = await fetch(url);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('<button type="submit">Pay</button>');
      expect(html).toContain('500.000 ₫');
      const paid = await fetch(`${url}/pay`, { method: 'POST', redirect: 'manual' });
      expect(paid.status).toBe(303);
      expect(paid.headers.get('location')).toBe(`http://127.0.0.1:3000/payments/${order.id}?status=success`);
      expect(fake.sentEvents.at(-1)).toMatchObject({ status: 200, event: { type: 'checkout.session.completed' } });
      expect((await listening.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('PAID');

      const gql = await fetch(`${base}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ paymentsConfig { enabled } }' }),
      });
      expect(await gql.json()).toEqual({ data: { paymentsConfig: { enabled: true } } });
    } finally {
      fake.webhookUrl = undefined;
      fake.deliver = inject;
      await listening.close();
    }
  });
});
