// Featured placement through the API against a fake of the Stripe API: what is sent to Stripe Checkout (VND,
// whole đồng, order metadata, return addresses), who may start it, what paying changes (featured until, search
// outbox, notification, home page query), extension, the clock ending it, and a Stripe outage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import { FakeStripeApi } from '../support/fake-stripe-api.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { systemContext } from '../../server/lib/request-context.ts';

const DAY = 86_400_000;
const ORDER = `id kind status amountVnd days checkoutUrl startsAt endsAt paidAt isPayer payerName canDecide
  listing { id featuredUntil } payments { type status amountVnd }`;
const START = `mutation($id: ID!) { startFeaturedPlacement(listingId: $id) {
  __typename
  ... on Checkout { url order { ${ORDER} } }
  ... on InputError { code message fieldErrors { field code message } }
  ... on PaymentsNotConfigured { code message } } }`;
const ORDER_Q = `query($id: ID!) { order(id: $id) { ${ORDER} } }`;
const FEATURED = `query { featuredListings(first: 10) { id featuredUntil } }`;

let api: ApiApp;
let fake: FakeStripeApi;
let member: GraphQLClient;
let buyer: GraphQLClient;
let moderator: GraphQLClient;
let visitor: GraphQLClient;
let memberId: string;
let orgId: string;

beforeAll(async () => {
  fake = await FakeStripeApi.start();
  api = await startApi({ ...fake.env(), PUBLIC_URL: 'https://sangiaodich.example.vn/', FEATURED_FEE_VND: '750000', FEATURED_DAYS: '30' });
  fake.deliverTo(api.app);
  const org = await createOrganisation(api.db.prisma);
  orgId = org.id;
  const m = await createUser(api.db.prisma);
  memberId = m.id;
  await addMember(api.db.prisma, m.id, org.id, 'EDITOR');
  const b = await createUser(api.db.prisma);
  const mod = await createUser(api.db.prisma, { role: 'MODERATOR' });
  [member, buyer, moderator, visitor] = await Promise.all([api.as(m.email), api.as(b.email), api.as(mod.email), api.as(null)]);
});
afterAll(async () => {
  await api.close();
  await fake.close();
});

async function start(listingId: string, client = member) {
  const res = await client.request(START, { id: listingId });
  return res.data?.startFeaturedPlacement ?? res;
}

const sessionOf = (url: string) => url.split('/').pop()!;

describe('startFeaturedPlacement', () => {
  it('opens a Stripe Checkout Session in VND for the fee, tied to the order, and returns its address', async () => {
    const listing = await createListing(api.db.prisma, orgId);
    const result = await start(listing.id);
    expect(result).toMatchObject({ __typename: 'Checkout', order: { kind: 'FEATURED_PLACEMENT', status: 'PENDING_PAYMENT', amountVnd: 750000, days: 30, isPayer: true } });
    expect(result.url).toBe(result.order.checkoutUrl);
    expect(result.url).toMatch(new RegExp(`^${fake.url}/fake-checkout/cs_test_`));

    const [req] = fake.requestsTo('POST', '/v1/checkout/sessions').filter((r) => r.body.client_reference_id === result.order.id);
    expect(req.body).toMatchObject({
      mode: 'payment',
      client_reference_id: result.order.id,
      metadata: { orderId: result.order.id, kind: 'FEATURED_PLACEMENT' },
      payment_intent_data: { metadata: { orderId: result.order.id } },
      success_url: `https://sangiaodich.example.vn/payments/${result.order.id}?status=success`,
      cancel_url: `https://sangiaodich.example.vn/payments/${result.order.id}?status=cancelled`,
      locale: 'vi',
    });
    // VND is zero-decimal: the unit amount is the whole number of đồng, not hundredths.
    expect(req.body.line_items).toEqual([{ quantity: '1', price_data: { currency: 'vnd', unit_amount: '750000', product_data: { name: expect.stringContaining(listing.titleVi) } } }]);
    expect(req.idempotencyKey).toBe(`checkout-${result.order.id}`);
    expect(result.order.payments).toEqual([{ type: 'CHARGE', status: 'PENDING', amountVnd: 750000 }]);
  });

  it('hands back the open checkout when the member starts again, instead of a second order', async () => {
    const listing = await createListing(api.db.prisma, orgId);
    const first = await start(listing.id);
    const again = await start(listing.id);
    expect(again.order.id).toBe(first.order.id);
    expect(again.url).toBe(first.url);
    expect(await api.db.prisma.order.count({ where: { listingId: listing.id } })).toBe(1);
  });

  it('refuses visitors, buyers and moderators (only the organisation’s members pay for its listing)', async () => {
    const listing = await createListing(api.db.prisma, orgId);
    expect((await visitor.request(START, { id: listing.id })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await buyer.request(START, { id: listing.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await moderator.request(START, { id: listing.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await api.db.prisma.order.count({ where: { listingId: listing.id } })).toBe(0);
  });

  it('refuses a listing that is not published, and an id that is not one', async () => {
    const draft = await createListing(api.db.prisma, orgId, { status: 'DRAFT', publishedAt: null });
    expect(await start(draft.id)).toMatchObject({ __typename: 'InputError', code: 'LISTING_NOT_PUBLISHED', message: 'Tin đăng chưa được công bố trên sàn.' });
    expect(await start('not-an-id')).toMatchObject({ __typename: 'InputError', code: 'VALIDATION', fieldErrors: [{ field: 'listingId', code: 'INVALID_VALUE' }] });
    expect((await member.request(START, { id: '00000000-0000-4000-8000-000000000000' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await api.db.prisma.order.count({ where: { listingId: draft.id } })).toBe(0);
  });

  it('answers PAYMENT_PROVIDER_ERROR when Stripe fails, and cancels the order it had opened', async () => {
    const listing = await createListing(api.db.prisma, orgId);
    fake.failNext('/v1/checkout/sessions', 500);
    expect(await start(listing.id)).toMatchObject({ __typename: 'InputError', code: 'PAYMENT_PROVIDER_ERROR' });
    const [order] = await api.db.prisma.order.findMany({ where: { listingId: listing.id }, include: { payments: true } });
    expect(order).toMatchObject({ status: 'CANCELLED', checkoutUrl: null, payments: [{ type: 'CHARGE', status: 'FAILED' }] });
    // The next attempt works and is a new order.
    expect(await start(listing.id)).toMatchObject({ __typename: 'Checkout', order: { status: 'PENDING_PAYMENT' } });
  });
});

describe('paying for a featured placement', () => {
  it('features the listing for the paid days: order PAID, charge recorded, outbox row, notification, home page', async () => {
    const listing = await createListing(api.db.prisma, orgId);
    const started = await start(listing.id);
    const outboxBefore = await api.db.prisma.outbox.count({ where: { entityId: listing.id } });
    const paid = await fake.pay(sessionOf(started.url));
    expect(paid.status).toBe(200);

    const order = (await member.request(ORDER_Q, { id: started.order.id })).data.order;
    expect(order).toMatchObject({ status: 'PAID', checkoutUrl: null, payments: [{ type: 'CHARGE', status: 'SUCCEEDED', amountVnd: 750000 }] });
    const ends = new Date(order.endsAt).getTime();
    expect(ends - new Date(order.startsAt).getTime()).toBe(30 * DAY);
    expect(order.listing.featuredUntil).toBe(order.endsAt);
    const row = await api.db.prisma.order.findUniqueOrThrow({ where: { id: started.order.id } });
    expect(row.paymentIntentId).toMatch(/^pi_test_/);
    expect(await api.db.prisma.outbox.count({ where: { entityType: 'listing', entityId: listing.id, op: 'UPSERT' } })).toBe(outboxBefore + 1);
    const notes = await api.db.prisma.notification.findMany({ where: { userId: memberId, type: 'payment.received' } });
    expect(notes.map((n) => n.data)).toContainEqual(expect.objectContaining({ orderId: started.order.id, amountVnd: 750000, purpose: 'featured' }));
    const featured = (await visitor.request(FEATURED)).data.featuredListings;
    expect(featured).toContainEqual({ id: listing.id, featuredUntil: order.endsAt });
  });

  it('extends a running placement: the second one starts where the first ends', async () => {
    const listing = await createListing(api.db.prisma, orgId);
    const first = await start(listing.id);
    await fake.pay(sessionOf(first.url));
    const second = await start(listing.id);
    expect(second.order.id).not.toBe(first.order.id);
    await fake.pay(sessionOf(second.url));
    const [a, b] = await Promise.all([first, second].map(async (s) => (await member.request(ORDER_Q, { id: s.order.id })).data.order));
    expect(b.startsAt).toBe(a.endsAt);
    expect(new Date(b.endsAt).getTime() - new Date(a.endsAt).getTime()).toBe(30 * DAY);
    expect(b.listing.featuredUntil).toBe(b.endsAt);
  });

  it('ends by itself: the clock completes the order, clears featured and writes an outbox row', async () => {
    const listing = await createListing(api.db.prisma, orgId);
    const started = await start(listing.id);
    await fake.pay(sessionOf(started.url));
    const outboxBefore = await api.db.prisma.outbox.count({ where: { entityId: listing.id } });
    // Not yet due: nothing happens.
    await api.app.services.paymentClock.runDue(systemContext(), new Date(Date.now() + 29 * DAY));
    expect((await api.db.prisma.order.findUniqueOrThrow({ where: { id: started.order.id } })).status).toBe('PAID');

    const run = await api.app.services.paymentClock.runDue(systemContext(), new Date(Date.now() + 31 * DAY));
    expect(run.completed).toBeGreaterThanOrEqual(1);
    const order = await api.db.prisma.order.findUniqueOrThrow({ where: { id: started.order.id } });
    expect(order.status).toBe('COMPLETED');
    expect((await api.db.prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).featuredUntil).toBeNull();
    expect(await api.db.prisma.outbox.count({ where: { entityId: listing.id, op: 'UPSERT' } })).toBe(outboxBefore + 1);
    expect((await visitor.request(FEATURED)).data.featuredListings.map((l: { id: string }) => l.id)).not.toContain(listing.id);
    // Running it again changes nothing.
    const again = await api.app.services.paymentClock.runDue(systemContext(), new Date(Date.now() + 31 * DAY));
    expect(again.completed).toBe(0);
  });

  it('completing the first of two chained placements keeps the listing featured', async () => {
    const listing = await createListing(api.db.prisma, orgId);
    const first = await start(listing.id);
    await fake.pay(sessionOf(first.url));
    const second = await start(listing.id);
    await fake.pay(sessionOf(second.url));
    await api.app.services.paymentClock.runDue(systemContext(), new Date(Date.now() + 31 * DAY));
    expect((await api.db.prisma.order.findUniqueOrThrow({ where: { id: first.order.id } })).status).toBe('COMPLETED');
    expect((await api.db.prisma.order.findUniqueOrThrow({ where: { id: second.order.id } })).status).toBe('PAID');
    const l = await api.db.prisma.listing.findUniqueOrThrow({ where: { id: listing.id } });
    expect(l.featuredUntil!.getTime()).toBeGreaterThan(Date.now() + 59 * DAY);
  });

  it('shows the order to the payer, the organisation and the department only', async () => {
    const listing = await createListing(api.db.prisma, orgId);
    const started = await start(listing.id);
    expect((await member.request(ORDER_Q, { id: started.order.id })).data.order.id).toBe(started.order.id);
    expect((await moderator.request(ORDER_Q, { id: started.order.id })).data.order).toMatchObject({ id: started.order.id, isPayer: false, checkoutUrl: null });
    expect((await buyer.request(ORDER_Q, { id: started.order.id })).data.order).toBeNull();
    expect((await visitor.request(ORDER_Q, { id: started.order.id })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const mine = (await member.request(`query { myOrders { nodes { id } } }`)).data.myOrders.nodes.map((o: { id: string }) => o.id);
    expect(mine).toContain(started.order.id);
    const orgOrders = `query($org: ID!) { organisationOrders(organisationId: $org, statuses: [PENDING_PAYMENT]) { nodes { id } } }`;
    expect((await member.request(orgOrders, { org: orgId })).data.organisationOrders.nodes.map((o: { id: string }) => o.id)).toContain(started.order.id);
    expect((await moderator.request(orgOrders, { org: orgId })).data.organisationOrders.nodes.map((o: { id: string }) => o.id)).toContain(started.order.id);
    expect((await buyer.request(orgOrders, { org: orgId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('pages an organisation’s orders newest first, with counts by status and of the deposits waiting, of all pages', async () => {
    const listing = await createListing(api.db.prisma, orgId);
    const base = { kind: 'EQUIPMENT_DEPOSIT' as const, listingId: listing.id, userId: memberId, amountVnd: 1_000_000n, days: 7 };
    const at = new Date(Date.now() + DAY); // newer than every other order of the file, and all at once: ties go by id
    const waiting = { status: 'PAID' as const, endsAt: new Date(Date.now() + 3 * DAY), createdAt: at };
    await api.db.prisma.order.createMany({ data: [{ ...base, ...waiting }, { ...base, ...waiting }, { ...base, ...waiting, endsAt: new Date(Date.now() - DAY) }] });
    const PAGE = `query($org: ID!, $after: String, $decidable: Boolean) { organisationOrders(organisationId: $org, first: 2, after: $after, decidable: $decidable) {
      nodes { id canDecide } pageInfo { hasNextPage endCursor } totalCount byStatus { status count } decidableCount } }`;
    const stored = await api.db.prisma.order.findMany({ where: { listing: { organisationId: orgId } }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string }; totalCount: number; decidableCount: number } = (
        await member.request(PAGE, { org: orgId, after })
      ).data.organisationOrders;
      expect(page).toMatchObject({ totalCount: stored.length, decidableCount: 2 });
      seen.push(...page.nodes.map((o) => o.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(stored.map((o) => o.id));
    const decidable = (await member.request(PAGE, { org: orgId, decidable: true })).data.organisationOrders;
    expect(decidable).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false } });
    expect(decidable.nodes).toEqual([{ id: expect.any(String), canDecide: true }, { id: expect.any(String), canDecide: true }]);
    expect(decidable.byStatus).toEqual(expect.arrayContaining([{ status: 'PAID', count: stored.filter((o) => o.status === 'PAID').length }]));
    // The department sees the orders but decides none.
    expect((await moderator.request(PAGE, { org: orgId, decidable: true })).data.organisationOrders).toMatchObject({ nodes: [], totalCount: 0, decidableCount: 0 });
  });

  it('tells what paid services cost', async () => {
    const res = await visitor.request(`query { paymentsConfig { enabled featuredFeeVnd featuredDays depositPercent depositHoldDays } }`);
    expect(res.data.paymentsConfig).toEqual({ enabled: true, featuredFeeVnd: 750000, featuredDays: 30, depositPercent: 10, depositHoldDays: 14 });
  });
});
