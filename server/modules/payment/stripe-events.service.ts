// Stripe's news, as delivered to POST /webhooks/stripe (signature already checked). Each event id is applied
// exactly once: its StripeEvent row is written in the same transaction as its effect, so a redelivery finds the
// row and changes nothing, and a failure writes neither (Stripe delivers it again).
// Events may come in any order; each effect is decided by the order's current state (order-lifecycle.ts), so a
// late checkout.session.completed after a refund, or checkout.session.expired after completion, changes nothing.
import type Stripe from 'stripe';
import type { Tx } from '../../lib/prisma.ts';
import { refundNews } from './payment-gateway.ts';
import type { OrderRow, PaymentRepository } from './payment.repository.ts';
import { UUID, type Settlement } from './settlement.ts';

export interface EventOutcome {
  duplicate: boolean;
  /** Orders whose refund must be sent once the transaction is committed. */
  refundOrderIds: string[];
  /** Something the operators should look at (the event was still recorded). */
  warning?: string;
}

const idOf = (v: string | { id: string } | null | undefined) => (v == null ? null : typeof v === 'string' ? v : v.id);

export class StripeEventService {
  constructor(
    private readonly repo: PaymentRepository,
    private readonly settlement: Settlement,
  ) {}

  handle(event: Stripe.Event, now = new Date()): Promise<EventOutcome> {
    return this.repo.transaction(async (tx) => {
      if (!(await this.repo.recordEvent(tx, event))) return { duplicate: true, refundOrderIds: [] };
      const outcome: EventOutcome = { duplicate: false, refundOrderIds: [] };
      switch (event.type) {
        case 'checkout.session.completed':
        case 'checkout.session.async_payment_succeeded':
          await this.sessionPaid(tx, event.data.object, now, outcome);
          break;
        case 'checkout.session.expired':
        case 'checkout.session.async_payment_failed':
          await this.sessionEnded(tx, event.data.object, event.type);
          break;
        case 'charge.refunded': {
          const charge = event.data.object;
          await this.settlement.applyChargeRefunded(
            tx,
            { paymentIntentId: idOf(charge.payment_intent), orderId: charge.metadata?.orderId ?? null, refunded: charge.refunded, amountRefunded: charge.amount_refunded },
            now,
          );
          break;
        }
        case 'refund.created':
        case 'refund.updated':
        case 'refund.failed':
          await this.settlement.applyRefund(tx, refundNews(event.data.object), now);
          break;
        default:
          break; // recorded, nothing to do: the endpoint may be subscribed to more than the platform uses
      }
      return outcome;
    });
  }

  private async orderOfSession(tx: Tx, session: Stripe.Checkout.Session): Promise<OrderRow | null> {
    const orderId = session.metadata?.orderId ?? session.client_reference_id;
    const order = orderId && UUID.test(orderId) ? await this.repo.findOrder(orderId, tx) : await this.repo.findOrderBySession(session.id, tx);
    // A session of another order (or of another application on the same Stripe account) is not this order's news.
    if (!order || (order.checkoutSessionId && order.checkoutSessionId !== session.id)) return null;
    return order;
  }

  private async sessionPaid(tx: Tx, session: Stripe.Checkout.Session, now: Date, outcome: EventOutcome) {
    if (session.payment_status !== 'paid') return; // delayed methods: async_payment_succeeded follows
    const order = await this.orderOfSession(tx, session);
    if (!order) {
      outcome.warning = `checkout session ${session.id} is paid but belongs to no order`;
      return;
    }
    if (session.currency !== 'vnd' || session.amount_total !== Number(order.amountVnd)) {
      outcome.warning = `checkout session ${session.id} paid ${session.amount_total} ${session.currency}, order ${order.id} expects ${order.amountVnd} vnd`;
      return;
    }
    const paid = await this.settlement.markPaid(tx, order, { paymentIntentId: idOf(session.payment_intent), checkoutSessionId: session.id }, now);
    if (paid?.bounced) outcome.refundOrderIds.push(paid.order.id);
  }

  private async sessionEnded(tx: Tx, session: Stripe.Checkout.Session, type: string) {
    const order = await this.orderOfSession(tx, session);
    if (!order) return;
    const cancelled = await this.repo.moveOrder(tx, order.id, 'cancel', { closedAt: new Date() }, { actorId: null, action: 'order.cancel', data: { reason: type } });
    if (cancelled) await this.repo.settleCharge(tx, order.id, 'FAILED', null, order.amountVnd);
  }
}
