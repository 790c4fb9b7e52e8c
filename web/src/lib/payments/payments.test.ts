import { describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n';
import { paymentsEn } from '$lib/i18n/payments.en';
import { paymentsVi } from '$lib/i18n/payments.vi';
import { formatPercent } from './format';
import { orderState, parseReturn, runningUntil, type OrderLike } from './order-state';

const vi = translator('vi');
const en = translator('en');

const deposit = (over: Partial<OrderLike> = {}): OrderLike => ({
  kind: 'EQUIPMENT_DEPOSIT',
  status: 'PAID',
  isPayer: true,
  payerName: 'Nguyễn Văn An',
  endsAt: '2026-11-14T03:00:00.000Z',
  closedAt: null,
  declineNote: null,
  ...over,
});

const say = (t: typeof vi, order: OrderLike, back: 'success' | 'cancelled' | null = null) => {
  const s = orderState(order, back);
  return t(s.key, { date: s.date ?? '', payer: s.payer ?? '' });
};

describe('what an order’s state says', () => {
  it('tells a payer back from Checkout that the payment is being confirmed until the webhook arrives', () => {
    const pending = deposit({ status: 'PENDING_PAYMENT', endsAt: null });
    expect(orderState(pending, 'success')).toMatchObject({ confirming: true });
    expect(say(en, pending, 'success')).toMatch(/^We are confirming your payment/);
    expect(say(en, pending, 'cancelled')).toMatch(/^You left the checkout/);
    expect(say(vi, pending)).toBe('Đơn này đang chờ bạn thanh toán.');
    // The seller never sees "we are confirming your payment": it is not theirs.
    expect(orderState({ ...pending, isPayer: false }, 'success')).not.toHaveProperty('confirming');
    expect(say(en, { ...pending, isPayer: false })).toBe('This order is waiting for Nguyễn Văn An to pay.');
  });

  it('says until when a paid deposit holds the equipment, differently to the buyer and the seller', () => {
    expect(say(en, deposit())).toMatch(/held for you until 2026-11-14/);
    expect(say(vi, deposit({ isPayer: false }))).toMatch(/^Nguyễn Văn An đã đặt cọc\. Thiết bị được giữ cho người mua đến 2026-11-14/);
    expect(say(en, deposit({ kind: 'FEATURED_PLACEMENT' }))).toBe('Paid. The listing is featured on the home page until 2026-11-14T03:00:00.000Z.');
  });

  it('tells a declined buyer the refund is on its way, and a lapsed hold apart from a decline', () => {
    expect(say(en, deposit({ status: 'REFUND_PENDING', declineNote: 'Đã bán' }))).toBe(
      'The seller declined the reservation. The deposit refund is on its way.',
    );
    expect(orderState(deposit({ status: 'REFUND_PENDING' }), null)).toMatchObject({ key: 'payments.state.lapsedRefunding', refund: true });
    expect(orderState(deposit({ kind: 'FEATURED_PLACEMENT', status: 'REFUND_PENDING' }), null).key).toBe('payments.state.refunding');
    const refunded = deposit({ status: 'REFUNDED', declineNote: 'Đã bán', closedAt: '2026-11-02' });
    expect(say(vi, refunded)).toBe('Bên bán đã từ chối đặt cọc. Tiền cọc đã được hoàn lại ngày 2026-11-02.');
    expect(say(en, deposit({ status: 'CONFIRMED', closedAt: '2026-11-03' }))).toMatch(/^The seller confirmed the reservation on 2026-11-03/);
    expect(say(en, deposit({ status: 'CANCELLED' }))).toMatch(/Nothing was charged/);
  });

  it('reads only the two return markers Stripe is given', () => {
    expect(parseReturn('success')).toBe('success');
    expect(parseReturn('cancelled')).toBe('cancelled');
    expect(parseReturn('paid')).toBeNull();
    expect(parseReturn(null)).toBeNull();
  });

  it('dates a list row only while the hold or the placement runs', () => {
    expect(runningUntil(deposit())).toEqual({ key: 'payments.list.heldUntil', date: '2026-11-14T03:00:00.000Z' });
    expect(runningUntil(deposit({ kind: 'FEATURED_PLACEMENT' }))?.key).toBe('payments.list.featuredUntil');
    expect(runningUntil(deposit({ status: 'CONFIRMED' }))).toBeNull();
  });
});

describe('payment messages', () => {
  it('formats the deposit share in each language', () => {
    expect(formatPercent('en', 10)).toBe('10%');
    expect(formatPercent('vi', 12.5)).toMatch(/^12,5\s?%$/);
  });
});
