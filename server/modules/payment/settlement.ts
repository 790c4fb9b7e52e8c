// What money moving means for orders and listings, applied inside the caller's transaction: a payment starts a
// featured placement or a reservation, a refund ends them. The webhook, the sellers' decisions and the clock all
// come through here, so each outcome is written one way only.
import type { Tx } from '../../lib/prisma.ts';
import { notify } from '../notification/notify.ts';
import type { OrderMove } from './order-lifecycle.ts';
import type { RefundNews } from './payment-gateway.ts';
import type { OrderAudit, OrderListingRow, OrderRow, PaymentRepository } from './payment.repository.ts';

const DAY_MS = 86_400_000;
export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

export type Decision = 'CONFIRMED' | 'DECLINED' | 'EXPIRED' | 'UNAVAILABLE';

export const orderLink = (orderId: string) => `/payments/${orderId}`;

/** The values notifications about an order fill in (plain JSON; keys as in notification-types.ts). */
export function orderData(order: OrderRow, listing: OrderListingRow | null) {
  return {
    orderId: order.id,
    purpose: order.kind === 'FEATURED_PLACEMENT' ? 'featured' : 'deposit',
    listingId: order.listingId,
    listingTitle: listing?.titleVi ?? '',
    listingTitleEn: listing?.titleEn ?? null,
    amountVnd: Number(order.amountVnd),
  };
}

export interface PaidNews {
  paymentIntentId: string | null;
  checkoutSessionId: string;
}

export type PaidOutcome = { order: OrderRow; bounced: boolean } | null;

export class Settlement {
  constructor(private readonly repo: PaymentRepository) {}

  /**
   * PENDING_PAYMENT → PAID with its effect: the featured time starts (or extends the running one), or the deposit
   * holds the listing. A deposit that cannot hold (someone else's holds it, or the listing left the exchange) is
   * paid and at once sent back (bounce). Null when the order was no longer waiting for its payment.
   */
  async markPaid(tx: Tx, order: OrderRow, news: PaidNews, now: Date): Promise<PaidOutcome> {
    const listing = await this.repo.lockListing(tx, order.listingId);
    let window: { startsAt: Date; endsAt: Date } | null = null;
    if (order.kind === 'FEATURED_PLACEMENT') {
      const startsAt = listing?.featuredUntil && listing.featuredUntil > now ? listing.featuredUntil : now;
      window = { startsAt, endsAt: addDays(startsAt, order.days) };
    } else if (listing?.status === 'PUBLISHED' && !(listing.reservedUntil && listing.reservedUntil > now)) {
      window = { startsAt: now, endsAt: addDays(now, order.days) };
    }
    const paid = await this.repo.moveOrder(
      tx,
      order.id,
      'pay',
      { paidAt: now, paymentIntentId: news.paymentIntentId, checkoutSessionId: news.checkoutSessionId, ...(window ?? {}) },
      { actorId: null, action: 'order.pay', data: { paymentIntentId: news.paymentIntentId } },
    );
    if (!paid) return null;
    await this.repo.settleCharge(tx, order.id, 'SUCCEEDED', news.paymentIntentId, order.amountVnd);
    const data = orderData(paid, listing);
    if (paid.kind === 'FEATURED_PLACEMENT') {
      await this.repo.setFeaturedUntil(tx, paid.listingId, window!.endsAt);
      await notify(tx, { userIds: [paid.userId], type: 'payment.received', data, link: orderLink(paid.id) });
      return { order: paid, bounced: false };
    }
    const sellers = listing ? await this.repo.memberIds(listing.organisationId, tx) : [];
    if (!window) {
      await notify(tx, { userIds: [paid.userId], type: 'payment.received', data, link: orderLink(paid.id) });
      const bounced = await this.startRefund(tx, paid, 'bounce', { actorId: null }, {});
      return { order: bounced ?? paid, bounced: bounced !== null };
    }
    await this.repo.reserveListing(tx, paid.listingId, window.endsAt);
    await notify(tx, { userIds: [paid.userId, ...sellers], type: 'payment.received', data: { ...data, reservedUntil: window.endsAt.toISOString() }, link: orderLink(paid.id) });
    return { order: paid, bounced: false };
  }

  /**
   * A deposit goes back to the buyer (seller declined, hold lapsed, or it could not hold): the order waits for
   * its refund, the listing is free again, the buyer is told. The refund itself is sent after the transaction.
   */
  async startRefund(tx: Tx, order: OrderRow, move: Extract<OrderMove, 'decline' | 'lapse' | 'bounce'>, actor: Pick<OrderAudit, 'actorId' | 'actorKind'>, extra: { declineNote?: string }): Promise<OrderRow | null> {
    const moved = await this.repo.moveOrder(tx, order.id, move, { ...extra }, { ...actor, action: `order.${move}`, data: extra });
    if (!moved) return null;
    await this.repo.createRefundPayment(tx, order.id, order.amountVnd);
    if (move !== 'bounce') await this.repo.releaseListing(tx, order.listingId, order.endsAt);
    const listing = await this.repo.findListing(order.listingId, tx);
    const decision: Decision = move === 'decline' ? 'DECLINED' : move === 'lapse' ? 'EXPIRED' : 'UNAVAILABLE';
    await notify(tx, {
      userIds: [order.userId],
      type: 'reservation.decided',
      data: { ...orderData(moved, listing), confirmed: false, decision, note: extra.declineNote ?? null },
      link: orderLink(order.id),
    });
    return moved;
  }

  /** News about one refund (the API's answer or a refund.* event). */
  async applyRefund(tx: Tx, news: RefundNews, now: Date): Promise<OrderRow | null> {
    const order = await this.orderOf(tx, news.paymentIntentId, news.orderId);
    if (!order) return null;
    const status = news.status === 'succeeded' ? 'SUCCEEDED' : news.status === 'failed' || news.status === 'canceled' ? 'FAILED' : 'PENDING';
    await this.repo.recordRefund(tx, order.id, { id: news.id, status, amountVnd: BigInt(news.amount) });
    if (status !== 'SUCCEEDED' || (await this.repo.refundedTotal(tx, order.id)) < order.amountVnd) return order;
    return this.finishRefund(tx, order, news.paymentIntentId, now);
  }

  /** A charge.refunded event: only a full refund ends the order. */
  async applyChargeRefunded(tx: Tx, charge: { paymentIntentId: string | null; orderId: string | null; refunded: boolean; amountRefunded: number }, now: Date) {
    const order = await this.orderOf(tx, charge.paymentIntentId, charge.orderId);
    if (!order || !charge.refunded || BigInt(charge.amountRefunded) < order.amountVnd) return order;
    await this.repo.completeRefunds(tx, order.id, BigInt(charge.amountRefunded));
    return this.finishRefund(tx, order, charge.paymentIntentId, now);
  }

  private async finishRefund(tx: Tx, order: OrderRow, paymentIntentId: string | null, now: Date): Promise<OrderRow | null> {
    const refunded = await this.repo.moveOrder(
      tx,
      order.id,
      'refunded',
      { closedAt: now, ...(order.paymentIntentId || !paymentIntentId ? {} : { paymentIntentId }) },
      { actorId: null, action: 'order.refunded' },
    );
    if (!refunded) return null;
    // Money given back at Stripe while the order was running ends what it paid for.
    if (order.status === 'PAID' && order.kind === 'FEATURED_PLACEMENT') {
      await this.repo.setFeaturedUntil(tx, order.listingId, await this.repo.featuredEndOfOthers(tx, order.listingId, order.id));
    }
    if (order.status === 'PAID' && order.kind === 'EQUIPMENT_DEPOSIT') await this.repo.releaseListing(tx, order.listingId, order.endsAt);
    const listing = await this.repo.findListing(order.listingId, tx);
    await notify(tx, { userIds: [order.userId], type: 'payment.refunded', data: orderData(refunded, listing), link: orderLink(order.id) });
    return refunded;
  }

  private async orderOf(tx: Tx, paymentIntentId: string | null, orderId: string | null): Promise<OrderRow | null> {
    const byIntent = paymentIntentId ? await this.repo.findOrderByPaymentIntent(paymentIntentId, tx) : null;
    if (byIntent) return byIntent;
    return orderId && UUID.test(orderId) ? this.repo.findOrder(orderId, tx) : null;
  }
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
