// Reconciliation against the fake of the Stripe API and a real PostgreSQL: a history made through the API agrees
// with Stripe; then each kind of difference is made on purpose (a lost webhook, a session for an order that does
// not exist, amounts and statuses that disagree, a refund made at Stripe, a session Stripe does not know) and is
// found, across list pages, within the period only; the command prints them and exits 1 (0 when clean, 2 when it
// cannot run).
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import { FakeStripeApi } from '../support/fake-stripe-api.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { PaymentRepository } from '../../server/modules/payment/payment.repository.ts';
import { reconcile, type Difference } from '../../server/modules/payment/reconciliation.ts';
import { runReconcile } from '../../server/payments/reconcile.ts';

const DAY = 86_400_000;
const FEATURE = `mutation($id: ID!) { startFeaturedPlacement(listingId: $id) { ... on Checkout { url order { id } } } }`;
const DEPOSIT = `mutation($id: ID!) { startEquipmentDeposit(listingId: $id) { ... on Checkout { url order { id } } } }`;
const DECLINE = `mutation($id: ID!) { declineReservation(orderId: $id, note: "Không bán nữa") { ... on Order { status } } }`;

let api: ApiApp;
let fake: FakeStripeApi;
let seller: GraphQLClient;
let buyer: GraphQLClient;
let orgId: string;

const period = () => ({ since: new Date(Date.now() - 30 * DAY), until: new Date(Date.now() + 60_000) });
const run = () => reconcile(api.app.stripe!, new PaymentRepository(api.db.prisma), period());
const sessionOf = (url: string) => url.split('/').pop()!;
const summary = (ds: Difference[]) => ds.map((d) => `${d.kind} ${d.object} ${d.stripeId ?? '-'} ${d.orderId ?? '-'}`).sort();

beforeAll(async () => {
  fake = await FakeStripeApi.start();
  api = await startApi(fake.env());
  fake.deliverTo(api.app);
  const org = await createOrganisation(api.db.prisma);
  orgId = org.id;
  const s = await createUser(api.db.prisma);
  await addMember(api.db.prisma, s.id, org.id);
  const b = await createUser(api.db.prisma);
  [seller, buyer] = await Promise.all([api.as(s.email), api.as(b.email)]);
});
afterAll(async () => {
  await fake.settled();
  await api.close();
  await fake.close();
});

async function featured(pay = true) {
  const listing = await createListing(api.db.prisma, orgId);
  const { url, order } = (await seller.request(FEATURE, { id: listing.id })).data.startFeaturedPlacement;
  if (pay) await fake.pay(sessionOf(url));
  return { orderId: order.id as string, sessionId: sessionOf(url) };
}

describe('reconcile', () => {
  it('finds nothing when the platform and Stripe agree (paid, refunded, open and expired checkouts)', async () => {
    await featured();
    await featured(false);
    const expired = await featured(false);
    await fake.expire(expired.sessionId);
    const equipment = await createListing(api.db.prisma, orgId, { kind: 'EQUIPMENT_OFFER', priceType: 'FIXED', priceMin: 200_000_000n });
    const deposit = (await buyer.request(DEPOSIT, { id: equipment.id })).data.startEquipmentDeposit;
    await fake.pay(sessionOf(deposit.url));
    expect((await seller.request(DECLINE, { id: deposit.order.id })).data.declineReservation.status).toBe('REFUNDED');
    await fake.settled();
    // Another application's objects on the same Stripe account are not the platform's business.
    fake.seedSession({ metadata: {}, client_reference_id: null, amount_total: 99, payment_status: 'paid', status: 'complete' });
    fake.seedPaymentIntent({ amount: 99, amount_received: 99 });

    const { differences, stripe, local } = await run();
    expect(differences).toEqual([]);
    expect(stripe.sessions.length).toBe(5);
    expect(stripe.refunds.length).toBe(1);
    expect(local.orders.length).toBe(4);
  });

  it('reports each kind of difference, for objects of the period only', async () => {
    // 1. A lost webhook: Stripe took the money, the order still waits.
    const lost = await featured(false);
    fake.deliver = async () => 0;
    await fake.pay(lost.sessionId);
    fake.deliverTo(api.app);
    const lostIntent = fake.sessions.get(lost.sessionId)!.payment_intent;
    // 2. A paid session for an order that does not exist here.
    const ghostOrder = randomUUID();
    const ghost = fake.seedSession({ metadata: { orderId: ghostOrder }, client_reference_id: ghostOrder, amount_total: 500_000, status: 'complete', payment_status: 'paid' });
    // 3. A charge recorded here with another amount.
    const skewed = await featured();
    await api.db.prisma.payment.updateMany({ where: { orderId: skewed.orderId, type: 'CHARGE' }, data: { amountVnd: 50_000n } });
    const skewedIntent = fake.sessions.get(skewed.sessionId)!.payment_intent;
    // 4. A refund made at Stripe that no webhook brought here.
    const refundedThere = await featured();
    const refundedIntent = fake.sessions.get(refundedThere.sessionId)!.payment_intent;
    const strayRefund = fake.seedRefund({ payment_intent: refundedIntent, amount: 500_000, metadata: {} });
    // 5. A refund that succeeded here but is still pending at Stripe.
    const equipment = await createListing(api.db.prisma, orgId, { kind: 'EQUIPMENT_OFFER', priceType: 'FIXED', priceMin: 300_000_000n });
    const deposit = (await buyer.request(DEPOSIT, { id: equipment.id })).data.startEquipmentDeposit;
    await fake.pay(sessionOf(deposit.url));
    await seller.request(DECLINE, { id: deposit.order.id });
    await fake.settled();
    const pendingRefund = [...fake.refunds.values()].find((r) => r.metadata.orderId === deposit.order.id)!;
    pendingRefund.status = 'pending';
    // 6. An order naming a session Stripe does not have.
    const unknownSession = await featured(false);
    await api.db.prisma.order.update({ where: { id: unknownSession.orderId }, data: { checkoutSessionId: 'cs_test_never_created' } });
    // Outside the period: not reported.
    fake.seedSession({ metadata: { orderId: randomUUID() }, amount_total: 1, status: 'complete', payment_status: 'paid', created: Math.floor((Date.now() - 45 * DAY) / 1000) });

    const { differences } = await run();
    expect(summary(differences)).toEqual(summary([
      { kind: 'STATUS_MISMATCH', object: 'checkout_session', stripeId: lost.sessionId, orderId: lost.orderId, detail: '' },
      { kind: 'MISSING_LOCALLY', object: 'payment_intent', stripeId: lostIntent, orderId: lost.orderId, detail: '' },
      { kind: 'MISSING_LOCALLY', object: 'checkout_session', stripeId: ghost.id, orderId: ghostOrder, detail: '' },
      { kind: 'AMOUNT_MISMATCH', object: 'payment_intent', stripeId: skewedIntent, orderId: skewed.orderId, detail: '' },
      { kind: 'MISSING_LOCALLY', object: 'refund', stripeId: strayRefund.id, orderId: refundedThere.orderId, detail: '' },
      { kind: 'STATUS_MISMATCH', object: 'refund', stripeId: pendingRefund.id, orderId: deposit.order.id, detail: '' },
      { kind: 'MISSING_AT_STRIPE', object: 'checkout_session', stripeId: 'cs_test_never_created', orderId: unknownSession.orderId, detail: '' },
    ]));
    const amount = differences.find((d) => d.kind === 'AMOUNT_MISMATCH')!;
    expect(amount.detail).toBe('Stripe received 500000 vnd, here: 50000 vnd');
  });

  it('reads every page of Stripe’s lists', async () => {
    for (let i = 0; i < 230; i++) fake.seedSession({ metadata: {}, client_reference_id: null, amount_total: 10, payment_status: 'unpaid', status: 'expired' });
    const before = fake.requestsTo('GET', '/v1/checkout/sessions').length;
    const { stripe } = await run();
    expect(stripe.sessions.length).toBe([...fake.sessions.values()].filter((s) => s.created >= Math.floor((Date.now() - 31 * DAY) / 1000)).length);
    const pages = fake.requestsTo('GET', '/v1/checkout/sessions').slice(before);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages[1].query).toMatchObject({ limit: '100', starting_after: expect.stringMatching(/^cs_test_/), created: { gte: expect.any(String) } });
  });
});

describe('npm run payments:reconcile', () => {
  const env = (): Record<string, string> => ({ ...fake.env(), DATABASE_URL: api.db.url, LOG_LEVEL: 'silent' });

  it('prints the differences and exits 1', async () => {
    const lines: string[] = [];
    expect(await runReconcile(['--days', '30'], env(), (l) => lines.push(l))).toBe(1);
    expect(lines.join('\n')).toMatch(/7 differences:/);
    expect(lines.some((l) => l.startsWith('AMOUNT_MISMATCH   payment_intent'))).toBe(true);
  });

  it('exits 0 for a period without differences, and 2 when it cannot run', async () => {
    const lines: string[] = [];
    expect(await runReconcile(['--since', '2020-01-01', '--until', '2020-01-31'], env(), (l) => lines.push(l))).toBe(0);
    expect(lines.at(-1)).toBe('No differences.');
    const { STRIPE_SECRET_KEY: _, ...withoutKey } = env();
    expect(await runReconcile([], withoutKey, () => {})).toBe(2);
    expect(await runReconcile(['--since', 'yesterday'], env(), () => {})).toBe(2);
  });

  it('runs as a command', async () => {
    const result = await promisify(execFile)('npm', ['run', '--silent', 'payments:reconcile', '--', '--days', '30'], {
      cwd: process.cwd(), env: { ...process.env, ...env() },
    }).then(() => ({ code: 0, stdout: '' }), (err: { code: number; stdout: string }) => err);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('MISSING_AT_STRIPE');
  }, 60_000);
});
