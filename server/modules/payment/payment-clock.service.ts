// The clock's moves on orders (the cron job clock.orders, server/modules/jobs/tasks.ts): featured placements end by
// themselves, a deposit the seller did not decide on in time goes back to the buyer, and refunds Stripe never accepted are
// sent again. Each step is a conditional move, so several processes may run it at once.
import { auditActor, type RequestContext } from '../../lib/request-context.ts';
import { requirePlatform } from '../access.ts';
import type { PaymentRepository } from './payment.repository.ts';
import type { RefundSender } from './refund-sender.ts';
import type { Settlement } from './settlement.ts';

const BATCH = 200;
/** A refund not accepted by Stripe this long after it was decided is tried again. */
const REFUND_RETRY_MS = 5 * 60_000;

export interface ClockRun {
  completed: number;
  lapsed: number;
  refundsSent: number;
  refundErrors: unknown[];
}

export class PaymentClock {
  constructor(
    private readonly repo: PaymentRepository,
    private readonly settlement: Settlement,
    private readonly refunds: RefundSender,
  ) {}

  async runDue(ctx: RequestContext, now = new Date()): Promise<ClockRun> {
    requirePlatform(ctx);
    const run: ClockRun = { completed: await this.completeFeatured(ctx, now), lapsed: 0, refundsSent: 0, refundErrors: [] };
    const toRefund = new Set<string>();
    for (const order of await this.repo.dueDeposits(now, BATCH)) {
      const lapsed = await this.repo.transaction((tx) => this.settlement.startRefund(tx, order, 'lapse', auditActor(ctx), {}));
      if (lapsed) {
        run.lapsed++;
        toRefund.add(order.id);
      }
    }
    for (const id of await this.repo.ordersWithUnsentRefunds(new Date(now.getTime() - REFUND_RETRY_MS), BATCH)) toRefund.add(id);
    for (const id of toRefund) {
      const sent = await this.refunds.send(id, now);
      if (sent.sent) run.refundsSent++;
      if (sent.error) run.refundErrors.push(sent.error);
    }
    return run;
  }

  /** Featured placements whose days are over: the order completes and the listing stops being featured. */
  private async completeFeatured(ctx: RequestContext, now: Date): Promise<number> {
    let done = 0;
    for (const order of await this.repo.dueFeatured(now, BATCH)) {
      const completed = await this.repo.transaction(async (tx) => {
        const moved = await this.repo.moveOrder(tx, order.id, 'complete', { closedAt: now }, { ...auditActor(ctx), action: 'order.complete' });
        if (moved) await this.repo.clearFeaturedIfOver(tx, order.listingId, now);
        return moved;
      });
      if (completed) done++;
    }
    return done;
  }
}
