// Sends the refund of an order waiting for one, after the transaction that decided it: Stripe is never called
// while a database transaction is open. A failed call leaves the refund unsent; the clock tries again later with
// the same idempotency key, so Stripe pays back once however often it is asked.
import type { PaymentGateway } from './payment-gateway.ts';
import type { PaymentRepository } from './payment.repository.ts';
import type { Settlement } from './settlement.ts';

export class RefundSender {
  constructor(
    private readonly repo: PaymentRepository,
    private readonly settlement: Settlement,
    private readonly gateway: () => PaymentGateway | null,
  ) {}

  /** `sent`: Stripe accepted the refund (its outcome may still be pending); `error`: the call failed. */
  async send(orderId: string, now = new Date()): Promise<{ sent: boolean; error?: unknown }> {
    const gateway = this.gateway();
    const order = await this.repo.findOrder(orderId);
    if (!gateway || order?.status !== 'REFUND_PENDING' || !order.paymentIntentId) return { sent: false };
    const refund = await this.repo.unsentRefund(orderId);
    if (!refund) return { sent: false };
    try {
      const news = await gateway.refund({
        orderId,
        paymentIntentId: order.paymentIntentId,
        amountVnd: refund.amountVnd,
        idempotencyKey: `refund-${refund.id}`,
      });
      await this.repo.transaction((tx) => this.settlement.applyRefund(tx, { ...news, orderId }, now));
      return { sent: true };
    } catch (error) {
      return { sent: false, error };
    }
  }
}
