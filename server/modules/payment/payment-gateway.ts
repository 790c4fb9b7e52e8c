// The two calls the platform makes to Stripe while people use it: open a Checkout Session and refund a payment.
// Services depend on this narrow port, so their rules can be exercised without Stripe.
import type Stripe from 'stripe';
import type { Locale } from '../../i18n/messages.ts';

export interface CheckoutRequest {
  orderId: string;
  kind: string;
  /** Whole đồng: VND has no minor unit, so Stripe's unit_amount is the amount itself. */
  amountVnd: bigint;
  productName: string;
  successUrl: string;
  cancelUrl: string;
  expiresAt: Date;
  locale: Locale;
}

export interface RefundRequest {
  orderId: string;
  paymentIntentId: string;
  amountVnd: bigint;
  /** The same key for every attempt of one refund, so a retry never pays back twice. */
  idempotencyKey: string;
}

/** What the platform needs to know about a refund, from the API's answer or a webhook. */
export interface RefundNews {
  id: string;
  status: string | null;
  amount: number;
  paymentIntentId: string | null;
  orderId: string | null;
}

export interface PaymentGateway {
  createCheckout(req: CheckoutRequest): Promise<{ id: string; url: string }>;
  refund(req: RefundRequest): Promise<RefundNews>;
}

const idOf = (v: string | { id: string } | null | undefined) => (v == null ? null : typeof v === 'string' ? v : v.id);

export function refundNews(refund: Stripe.Refund): RefundNews {
  return {
    id: refund.id,
    status: refund.status,
    amount: refund.amount,
    paymentIntentId: idOf(refund.payment_intent),
    orderId: refund.metadata?.orderId ?? null,
  };
}

export class StripeGateway implements PaymentGateway {
  constructor(private readonly stripe: Stripe) {}

  async createCheckout(req: CheckoutRequest) {
    const session = await this.stripe.checkout.sessions.create(
      {
        mode: 'payment',
        line_items: [
          { quantity: 1, price_data: { currency: 'vnd', unit_amount: Number(req.amountVnd), product_data: { name: req.productName } } },
        ],
        metadata: { orderId: req.orderId, kind: req.kind },
        // Copied to the PaymentIntent (and so its charge), so refund news can be traced back to the order.
        payment_intent_data: { metadata: { orderId: req.orderId } },
        client_reference_id: req.orderId,
        success_url: req.successUrl,
        cancel_url: req.cancelUrl,
        expires_at: Math.floor(req.expiresAt.getTime() / 1000),
        locale: req.locale,
      },
      { idempotencyKey: `checkout-${req.orderId}` },
    );
    if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a url`);
    return { id: session.id, url: session.url };
  }

  async refund(req: RefundRequest) {
    const refund = await this.stripe.refunds.create(
      { payment_intent: req.paymentIntentId, amount: Number(req.amountVnd), metadata: { orderId: req.orderId } },
      { idempotencyKey: req.idempotencyKey },
    );
    return refundNews(refund);
  }
}
