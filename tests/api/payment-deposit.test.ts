// Equipment deposits through the API against a fake of the Stripe API: who may pay one and on what, the amount in
// whole đồng, the hold it puts on the listing, the seller's confirmation (a deal is recorded) or decline (refund
// through Stripe), refunds that settle later or fail and are retried, and holds that lapse or cannot start.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import { FakeStripeApi } from '../support/fake-stripe-api.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { systemContext } from '../../server/lib/request-context.ts';

const DAY = 86_400_000;
const ORDER = `id kind status amountVnd days startsAt endsAt declineNote canDecide dealId payerName isPayer
  listing { id reservedUntil } payments { type status amountVnd }`;
const START = `mutation($id: ID!) { startEquipmentDeposit(listingId: $id) {
  __typename
  ... on Checkout { url order { ${ORDER} } }
  ... on InputError { code message fieldErrors { field code message } }
  ... on PaymentsNotConfigured { code message } } }`;
const RESULT = `__typename ... on Order { ${ORDER} } ... on InputError { code message fieldErrors { field code message } } ... on PaymentsNotConfigured { code }`;
const CONFIRM = `mutation($id: ID!) { confirmReservation(orderId: $id) { ${RESULT} } }`;
const DECLINE = `mutation($id: ID!, $note: String!) { declineReservation(orderId: $id, note: $note) { ${RESULT} } }`;
const ORDER_Q = `query($id: ID!) { order(id: $id) { ${ORDER} } }`;
const LISTING_Q = `query($id: ID!) { listingById(id: $id) { reservedUntil depositVnd activeReservation { id status payerName } } }`;

let api: ApiApp;
let fake: FakeStripeApi;
let seller: GraphQLClient;
let buyer: GraphQLClient;
let otherBuyer: GraphQLClient;
let visitor: GraphQLClient;
let sellerId: string;
let buyerId: string;
let orgId: string;

beforeAll(async () => {
  fake = await FakeStripeApi.start();
  api = await startApi({ ...fake.env(), DEPOSIT_PERCENT: '10', DEPOSIT_HOLD_DAYS: '14', DEAL_SURVEY_MONTHS: '6' });
  fake.deliverTo(api.app);
  const org = await createOrganisation(api.db.prisma);
  orgId = org.id;
  const s = await createUser(api.db.prisma);
  sellerId = s.id;
  await addMember(api.db.prisma, s.id, org.id);
  const b = await createUser(api.db.prisma, { displayName: 'Nguyễn Văn Mua' });
  buyerId = b.id;
  const o = await createUser(api.db.prisma);
  [seller, buyer, otherBuyer, visitor] = await Promise.all([api.as(s.email), api.as(b.email), api.as(o.email), api.as(null)]);
});
afterAll(async () => {
  await fake.settled();
  await api.close();
  await fake.close();
});

function equipment(data: Record<string, unknown> = {}) {
  return createListing(api.db.prisma, orgId, {
    kind: 'EQUIPMENT_OFFER', titleVi: 'Máy sấy thanh long 500 kg/mẻ', priceType: 'FIXED', priceMin: 450_000_000n,
    details: { make: 'Sấy Việt', model: 'SV-500', knowHowIncluded: true }, ...data,
  });
}

async function start(listingId: string, client = buyer) {
  const res = await client.request(START, { id: listingId });
  return res.data?.startEquipmentDeposit ?? res;
}

const sessionOf = (url: string) => url.split('/').pop()!;

/** A deposit paid through the fake Checkout; the listing is held for the buyer. */
async function paidDeposit(listingId?: string) {
  const id = listingId ?? (await equipment()).id;
  const started = await start(id);
  expect((await fake.pay(sessionOf(started.url))).status).toBe(200);
  return { listingId: id, orderId: started.order.id as string };
}

const order = (id: string) => api.db.prisma.order.findUniqueOrThrow({ where: { id }, include: { payments: { orderBy: { createdAt: 'asc' } } } });
const notes = (userId: string, type: string) => api.db.prisma.notification.findMany({ where: { userId, type }, orderBy: { createdAt: 'asc' } });

describe('startEquipmentDeposit', () => {
  it('charges DEPOSIT_PERCENT % of the fixed price, rounded to the whole đồng, for a hold of DEPOSIT_HOLD_DAYS', async () => {
    const listing = await equipment({ priceMin: 123_456_789n });
    const result = await start(listing.id);
    expect(result).toMatchObject({ __typename: 'Checkout', order: { kind: 'EQUIPMENT_DEPOSIT', status: 'PENDING_PAYMENT', amountVnd: 12_345_679, days: 14, isPayer: true } });
    const [req] = fake.requestsTo('POST', '/v1/checkout/sessions').filter((r) => r.body.metadata?.orderId === result.order.id);
    expect(req.body.line_items[0].price_data).toMatchObject({ currency: 'vnd', unit_amount: '12345679' });
    expect((await visitor.request(LISTING_Q, { id: listing.id })).data.listingById.depositVnd).toBe(12_345_679);
  });

  it('refuses visitors, the seller’s own members, other kinds, prices that are not fixed, and drafts', async () => {
    const listing = await equipment();
    expect((await visitor.request(START, { id: listing.id })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await start(listing.id, seller)).toMatchObject({ code: 'OWN_LISTING' });
    const tech = await createListing(api.db.prisma, orgId, { priceType: 'FIXED', priceMin: 100_000_000n });
    expect(await start(tech.id)).toMatchObject({ code: 'NOT_EQUIPMENT_OFFER' });
    const negotiable = await equipment({ priceType: 'NEGOTIABLE', priceMin: null });
    expect(await start(negotiable.id)).toMatchObject({
      code: 'PRICE_NOT_FIXED',
      message: 'Thiết bị này không có giá cố định nên không thể đặt cọc trực tuyến; hãy gửi yêu cầu trao đổi cho bên bán.',
    });
    buyer.cookies.set('lang', 'en');
    const range = await equipment({ priceType: 'RANGE', priceMin: 100_000_000n, priceMax: 200_000_000n });
    expect(await start(range.id)).toMatchObject({ code: 'PRICE_NOT_FIXED', message: expect.stringContaining('no fixed price') });
    buyer.cookies.delete('lang');
    const draft = await equipment({ status: 'DRAFT', publishedAt: null });
    expect((await buyer.request(START, { id: draft.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const ids = [listing.id, tech.id, negotiable.id, range.id, draft.id];
    expect(await api.db.prisma.order.count({ where: { listingId: { in: ids } } })).toBe(0);
  });

  it('keeps one reservation per listing: others wait while a checkout is open or a deposit holds it', async () => {
    const listing = await equipment();
    await start(listing.id);
    expect(await start(listing.id, otherBuyer)).toMatchObject({ code: 'LISTING_RESERVED' });
    await paidDeposit((await equipment()).id);
    const held = await paidDeposit();
    expect(await start(held.listingId, otherBuyer)).toMatchObject({ code: 'LISTING_RESERVED' });
  });
});

describe('two buyers at the same moment', () => {
  it('only one of them opens a checkout on the listing', async () => {
    const listing = await equipment();
    const results = await Promise.all([start(listing.id, buyer), start(listing.id, otherBuyer)]);
    expect(results.map((r) => r.__typename).sort()).toEqual(['Checkout', 'InputError']);
    expect(results.find((r) => r.__typename === 'InputError')).toMatchObject({ code: 'LISTING_RESERVED' });
    expect(await api.db.prisma.order.count({ where: { listingId: listing.id } })).toBe(1);
  });
});

describe('a paid deposit', () => {
  it('holds the listing for the buyer and tells the buyer and the seller', async () => {
    const { listingId, orderId } = await paidDeposit();
    const o = (await buyer.request(ORDER_Q, { id: orderId })).data.order;
    expect(o).toMatchObject({ status: 'PAID', canDecide: false, payments: [{ type: 'CHARGE', status: 'SUCCEEDED', amountVnd: 45_000_000 }] });
    expect(new Date(o.endsAt).getTime() - new Date(o.startsAt).getTime()).toBe(14 * DAY);
    expect(o.listing.reservedUntil).toBe(o.endsAt);
    expect((await seller.request(ORDER_Q, { id: orderId })).data.order).toMatchObject({ canDecide: true, payerName: 'Nguyễn Văn Mua', isPayer: false });
    // Who holds it is for the seller and the buyer; others only see that it is held.
    expect((await seller.request(LISTING_Q, { id: listingId })).data.listingById.activeReservation).toMatchObject({ id: orderId, status: 'PAID' });
    expect((await buyer.request(LISTING_Q, { id: listingId })).data.listingById.activeReservation).toMatchObject({ id: orderId });
    const seen = (await otherBuyer.request(LISTING_Q, { id: listingId })).data.listingById;
    expect(seen).toMatchObject({ reservedUntil: o.endsAt, activeReservation: null });
    expect((await visitor.request(LISTING_Q, { id: listingId })).data.listingById.activeReservation).toBeNull();
    expect((await notes(sellerId, 'payment.received')).map((n) => n.data)).toContainEqual(expect.objectContaining({ orderId, purpose: 'deposit', amountVnd: 45_000_000 }));
    expect((await notes(buyerId, 'payment.received')).map((n) => n.data)).toContainEqual(expect.objectContaining({ orderId }));
    const orgOrders = (await seller.request(`query($org: ID!) { organisationOrders(organisationId: $org, statuses: [PAID]) { nodes { id payerName } } }`, { org: orgId })).data.organisationOrders.nodes;
    expect(orgOrders).toContainEqual({ id: orderId, payerName: 'Nguyễn Văn Mua' });
  });

  it('is confirmed by the seller: the order is CONFIRMED, the deal recorded and the buyer told', async () => {
    const { listingId, orderId } = await paidDeposit();
    const res = await seller.request(CONFIRM, { id: orderId });
    expect(res.data.confirmReservation).toMatchObject({ __typename: 'Order', status: 'CONFIRMED', canDecide: false, listing: { reservedUntil: null } });
    const deal = await api.db.prisma.deal.findUniqueOrThrow({ where: { orderId } });
    expect(res.data.confirmReservation.dealId).toBe(deal.id);
    expect(deal).toMatchObject({
      inquiryId: null, listingId, sellerOrganisationId: orgId, buyerUserId: buyerId, recordedById: sellerId,
      transferObjects: ['MACHINERY_WITH_TECHNOLOGY'], transferForm: 'STANDALONE_CONTRACT', transferModes: ['MACHINERY'],
      valueVnd: 450_000_000n, status: 'RECORDED',
    });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    expect(deal.signedOn.toISOString().slice(0, 10)).toBe(today);
    const months = (deal.surveyDueAt.getUTCFullYear() - new Date().getUTCFullYear()) * 12 + deal.surveyDueAt.getUTCMonth() - new Date().getUTCMonth();
    expect(months).toBe(6);
    const [note] = await notes(buyerId, 'reservation.decided').then((n) => n.filter((x) => (x.data as { orderId: string }).orderId === orderId));
    expect(note.data).toMatchObject({ confirmed: true, decision: 'CONFIRMED', listingTitle: 'Máy sấy thanh long 500 kg/mẻ' });
    // Decided once: neither a second confirmation nor a decline changes it.
    expect((await seller.request(CONFIRM, { id: orderId })).data.confirmReservation).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect((await seller.request(DECLINE, { id: orderId, note: 'Đã bán' })).data.declineReservation).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(await api.db.prisma.deal.count({ where: { orderId } })).toBe(1);
    const pi = (await order(orderId)).paymentIntentId;
    expect(fake.requests.filter((r) => r.path === '/v1/refunds' && r.body.payment_intent === pi)).toHaveLength(0);
  });

  it('cannot be decided by the buyer or a stranger, nor before it is paid', async () => {
    const { orderId } = await paidDeposit();
    expect((await buyer.request(CONFIRM, { id: orderId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await buyer.request(DECLINE, { id: orderId, note: 'Tôi đổi ý' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await otherBuyer.request(CONFIRM, { id: orderId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await visitor.request(CONFIRM, { id: orderId })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await order(orderId)).status).toBe('PAID');
    const unpaid = await start((await equipment()).id);
    expect((await seller.request(CONFIRM, { id: unpaid.order.id })).data.confirmReservation).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect((await seller.request(DECLINE, { id: unpaid.order.id, note: 'Không bán' })).data.declineReservation).toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('is declined with a note: refunded through Stripe on the payment intent, the listing is free again', async () => {
    const { listingId, orderId } = await paidDeposit();
    const missing = await seller.request(DECLINE, { id: orderId, note: ' ' });
    expect(missing.data.declineReservation).toMatchObject({ code: 'VALIDATION', fieldErrors: [{ field: 'note', code: 'REQUIRED', message: 'Vui lòng nhập ghi chú.' }] });
    const res = await seller.request(DECLINE, { id: orderId, note: 'Máy đã có người đặt trước qua điện thoại.' });
    expect(res.data.declineReservation).toMatchObject({
      __typename: 'Order', status: 'REFUNDED', declineNote: 'Máy đã có người đặt trước qua điện thoại.', listing: { reservedUntil: null },
      payments: [{ type: 'CHARGE', status: 'SUCCEEDED', amountVnd: 45_000_000 }, { type: 'REFUND', status: 'SUCCEEDED', amountVnd: 45_000_000 }],
    });
    const row = await order(orderId);
    const [refundReq] = fake.requestsTo('POST', '/v1/refunds').filter((r) => r.body.payment_intent === row.paymentIntentId);
    expect(refundReq.body).toMatchObject({ amount: '45000000', metadata: { orderId } });
    expect(refundReq.idempotencyKey).toBe(`refund-${row.payments[1].id}`);
    expect(row.payments[1].stripeId).toMatch(/^re_test_/);
    await fake.settled(); // Stripe's own refund.created / charge.refunded events change nothing more
    expect((await order(orderId)).status).toBe('REFUNDED');
    const decided = (await notes(buyerId, 'reservation.decided')).find((n) => (n.data as { orderId: string }).orderId === orderId);
    expect(decided?.data).toMatchObject({ confirmed: false, decision: 'DECLINED', note: 'Máy đã có người đặt trước qua điện thoại.' });
    expect((await notes(buyerId, 'payment.refunded')).filter((n) => (n.data as { orderId: string }).orderId === orderId)).toHaveLength(1);
    expect(await start(listingId, otherBuyer)).toMatchObject({ __typename: 'Checkout' });
  });

  it('waits in REFUND_PENDING while Stripe’s refund is pending, and is REFUNDED when the webhook says it succeeded', async () => {
    const { orderId } = await paidDeposit();
    fake.refundStatus = 'pending';
    try {
      const res = await seller.request(DECLINE, { id: orderId, note: 'Không còn hàng' });
      expect(res.data.declineReservation).toMatchObject({ status: 'REFUND_PENDING', payments: [{ type: 'CHARGE' }, { type: 'REFUND', status: 'PENDING' }] });
      await fake.settled();
      expect((await order(orderId)).status).toBe('REFUND_PENDING');
      const refundId = (await order(orderId)).payments[1].stripeId!;
      expect(await fake.settleRefund(refundId, 'succeeded')).toEqual([200, 200]);
      const done = await order(orderId);
      expect(done.status).toBe('REFUNDED');
      expect(done.payments[1].status).toBe('SUCCEEDED');
      expect((await notes(buyerId, 'payment.refunded')).filter((n) => (n.data as { orderId: string }).orderId === orderId)).toHaveLength(1);
    } finally {
      fake.refundStatus = 'succeeded';
    }
  });

  it('keeps a refund Stripe refused to accept, and the clock sends it again (same idempotency key)', async () => {
    const { orderId } = await paidDeposit();
    fake.failNext('/v1/refunds', 500);
    const res = await seller.request(DECLINE, { id: orderId, note: 'Không bán nữa' });
    expect(res.data.declineReservation).toMatchObject({ status: 'REFUND_PENDING', payments: [{ type: 'CHARGE' }, { type: 'REFUND', status: 'PENDING' }] });
    const pi = (await order(orderId)).paymentIntentId;
    // Not retried at once: the first attempt may still be on its way.
    await api.app.services.paymentClock.runDue(systemContext(), new Date());
    expect((await order(orderId)).status).toBe('REFUND_PENDING');
    const run = await api.app.services.paymentClock.runDue(systemContext(), new Date(Date.now() + 6 * 60_000));
    expect(run.refundsSent).toBeGreaterThanOrEqual(1);
    expect((await order(orderId)).status).toBe('REFUNDED');
    const attempts = fake.requestsTo('POST', '/v1/refunds').filter((r) => r.body.payment_intent === pi);
    expect(attempts).toHaveLength(2);
    expect(new Set(attempts.map((a) => a.idempotencyKey)).size).toBe(1);
  });

  it('lapses when the seller does not decide in time: the clock refunds it and frees the listing', async () => {
    const { listingId, orderId } = await paidDeposit();
    await api.app.services.paymentClock.runDue(systemContext(), new Date(Date.now() + 13 * DAY));
    expect((await order(orderId)).status).toBe('PAID');
    const run = await api.app.services.paymentClock.runDue(systemContext(), new Date(Date.now() + 15 * DAY));
    expect(run.lapsed).toBeGreaterThanOrEqual(1);
    const done = await order(orderId);
    expect(done.status).toBe('REFUNDED');
    expect((await api.db.prisma.listing.findUniqueOrThrow({ where: { id: listingId } })).reservedUntil).toBeNull();
    const decided = (await notes(buyerId, 'reservation.decided')).find((n) => (n.data as { orderId: string }).orderId === orderId);
    expect(decided?.data).toMatchObject({ confirmed: false, decision: 'EXPIRED' });
    // Once the hold is over the seller can no longer confirm it.
    expect((await seller.request(CONFIRM, { id: orderId })).data.confirmReservation).toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('is paid back at once when the listing left the exchange before the payment arrived', async () => {
    const listing = await equipment();
    const started = await start(listing.id);
    await api.db.prisma.listing.update({ where: { id: listing.id }, data: { status: 'ARCHIVED' } });
    expect((await fake.pay(sessionOf(started.url))).status).toBe(200);
    await vi.waitFor(async () => expect((await order(started.order.id)).status).toBe('REFUNDED'), { timeout: 5000 });
    const decided = (await notes(buyerId, 'reservation.decided')).find((n) => (n.data as { orderId: string }).orderId === started.order.id);
    expect(decided?.data).toMatchObject({ decision: 'UNAVAILABLE' });
    expect((await api.db.prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).reservedUntil).toBeNull();
  });
});
