// Without Stripe keys the platform runs: the web learns that payments are off, every payment mutation answers
// PaymentsNotConfigured in the caller's language and changes nothing, the webhook route says it is not ready,
// and the clock still ends what it can. A secret key without the webhook secret keeps payments off too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { systemContext } from '../../server/lib/request-context.ts';

const CONFIG = `query { paymentsConfig { enabled featuredFeeVnd featuredDays depositPercent depositHoldDays } }`;
const REFUSAL = `__typename ... on PaymentsNotConfigured { code message }`;

let api: ApiApp;
let seller: GraphQLClient;
let buyer: GraphQLClient;
let orgId: string;
let buyerId: string;

beforeAll(async () => {
  api = await startApi({ FEATURED_FEE_VND: '500000' });
  const org = await createOrganisation(api.db.prisma);
  orgId = org.id;
  const s = await createUser(api.db.prisma);
  await addMember(api.db.prisma, s.id, org.id);
  const b = await createUser(api.db.prisma);
  buyerId = b.id;
  [seller, buyer] = await Promise.all([api.as(s.email), api.as(b.email)]);
});
afterAll(() => api.close());

describe('without STRIPE_SECRET_KEY', () => {
  it('says payments are off, with the fees the web may still show', async () => {
    expect(api.app.stripe).toBeNull();
    const res = await (await api.as(null)).request(CONFIG);
    expect(res.data.paymentsConfig).toEqual({ enabled: false, featuredFeeVnd: 500000, featuredDays: 30, depositPercent: 10, depositHoldDays: 14 });
  });

  it('answers every payment mutation with PaymentsNotConfigured in the caller’s language, writing nothing', async () => {
    const listing = await createListing(api.db.prisma, orgId);
    const equipment = await createListing(api.db.prisma, orgId, { kind: 'EQUIPMENT_OFFER', priceType: 'FIXED', priceMin: 90_000_000n });
    const featured = await seller.request(`mutation($id: ID!) { startFeaturedPlacement(listingId: $id) { ${REFUSAL} } }`, { id: listing.id });
    expect(featured.data.startFeaturedPlacement).toEqual({
      __typename: 'PaymentsNotConfigured',
      code: 'PAYMENTS_NOT_CONFIGURED',
      message: 'Thanh toán trực tuyến chưa được bật trên sàn. Vui lòng liên hệ Sở Khoa học và Công nghệ để được hỗ trợ.',
    });
    buyer.cookies.set('lang', 'en');
    const deposit = await buyer.request(`mutation($id: ID!) { startEquipmentDeposit(listingId: $id) { ${REFUSAL} } }`, { id: equipment.id });
    expect(deposit.data.startEquipmentDeposit).toEqual({
      __typename: 'PaymentsNotConfigured',
      code: 'PAYMENTS_NOT_CONFIGURED',
      message: 'Online payments are not enabled on the exchange yet. Please contact the Department of Science and Technology for help.',
    });
    buyer.cookies.delete('lang');
    expect(await api.db.prisma.order.count()).toBe(0);
  });

  it('still lets a seller confirm a deposit paid earlier (no Stripe call), but not decline it (that needs a refund)', async () => {
    const equipment = await createListing(api.db.prisma, orgId, { kind: 'EQUIPMENT_OFFER', priceType: 'FIXED', priceMin: 90_000_000n });
    const endsAt = new Date(Date.now() + 86_400_000);
    const paid = () => api.db.prisma.order.create({
      data: { kind: 'EQUIPMENT_DEPOSIT', status: 'PAID', listingId: equipment.id, userId: buyerId, amountVnd: 9_000_000n, days: 14, startsAt: new Date(), endsAt, paidAt: new Date(), paymentIntentId: `pi_test_${Math.random()}` },
    });
    const first = await paid();
    const declined = await seller.request(`mutation($id: ID!) { declineReservation(orderId: $id, note: "Không bán") { ${REFUSAL} } }`, { id: first.id });
    expect(declined.data.declineReservation).toMatchObject({ __typename: 'PaymentsNotConfigured', code: 'PAYMENTS_NOT_CONFIGURED' });
    expect((await api.db.prisma.order.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('PAID');
    const confirmed = await seller.request(`mutation($id: ID!) { confirmReservation(orderId: $id) { __typename ... on Order { status } } }`, { id: first.id });
    expect(confirmed.data.confirmReservation).toEqual({ __typename: 'Order', status: 'CONFIRMED' });
  });

  it('answers 503 on the webhook route and records nothing', async () => {
    const res = await api.app.inject({ method: 'POST', url: '/webhooks/stripe', headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=x' }, payload: '{"id":"evt_1"}' });
    expect(res.statusCode).toBe(503);
    expect(res.json().code).toBe('PAYMENTS_NOT_CONFIGURED');
    expect(await api.db.prisma.stripeEvent.count()).toBe(0);
  });

  it('still ends featured placements on time', async () => {
    const listing = await createListing(api.db.prisma, orgId, { featuredUntil: new Date(Date.now() + 1000) });
    const order = await api.db.prisma.order.create({
      data: { kind: 'FEATURED_PLACEMENT', status: 'PAID', listingId: listing.id, userId: buyerId, organisationId: orgId, amountVnd: 500_000n, days: 30, startsAt: new Date(), endsAt: new Date(Date.now() + 1000) },
    });
    await api.app.services.paymentClock.runDue(systemContext(), new Date(Date.now() + 60_000));
    expect((await api.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('COMPLETED');
    expect((await api.db.prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).featuredUntil).toBeNull();
  });
});

describe('with STRIPE_SECRET_KEY but no STRIPE_WEBHOOK_SECRET', () => {
  it('keeps payments off, since no payment could ever be confirmed', async () => {
    const half = await startApi({ STRIPE_SECRET_KEY: 'sk_test_only_key' });
    try {
      expect(half.app.stripe).not.toBeNull();
      expect((await (await half.as(null)).request(`query { paymentsConfig { enabled } }`)).data.paymentsConfig.enabled).toBe(false);
    } finally {
      await half.close();
    }
  });
});
