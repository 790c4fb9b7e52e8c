// The life of an order, as one table of moves: who makes each, from which states, for which kinds of order.
// Every move is a conditional update (`status in from`) in one transaction with its audit event, so two
// deliveries of the same news, or a seller and the clock acting at once, cannot both win.
//
//   PENDING_PAYMENT ──pay──▶ PAID ──complete (featured days over)──▶ COMPLETED
//        │                    ├──confirm (seller)──▶ CONFIRMED
//        │                    └──decline (seller) / lapse (hold over) / bounce (cannot hold)──▶ REFUND_PENDING
//        └──cancel (checkout expired or could not open)──▶ CANCELLED
//   REFUND_PENDING ──refunded──▶ REFUNDED
//
// `refunded` is also accepted from every state in which money was taken (and from PENDING_PAYMENT, when Stripe
// tells about the refund before the payment): a refund made at Stripe (its Dashboard) ends the order whatever
// its state, so the platform never shows as paid what Stripe has given back.
// A refund's outcome is applied by one function, whoever learns it first: the answer to refunds.create (when it
// says `succeeded`) or the charge.refunded / refund.updated webhook; the later one finds REFUNDED and does nothing.
import type { OrderKind, OrderStatus } from '../../generated/prisma/enums.ts';

export type OrderMove = 'pay' | 'cancel' | 'confirm' | 'decline' | 'lapse' | 'bounce' | 'complete' | 'refunded';

/** `stripe`: news from Stripe (webhook or API answer); `seller`: a member of the listing's organisation. */
export type OrderMover = 'stripe' | 'seller' | 'system';

interface OrderRule {
  from: readonly OrderStatus[];
  to: OrderStatus;
  by: OrderMover;
  kinds: readonly OrderKind[];
}

const ALL_KINDS: readonly OrderKind[] = ['FEATURED_PLACEMENT', 'EQUIPMENT_DEPOSIT'];
const DEPOSIT: readonly OrderKind[] = ['EQUIPMENT_DEPOSIT'];

export const ORDER_MOVES: Record<OrderMove, OrderRule> = {
  pay: { from: ['PENDING_PAYMENT'], to: 'PAID', by: 'stripe', kinds: ALL_KINDS },
  cancel: { from: ['PENDING_PAYMENT'], to: 'CANCELLED', by: 'stripe', kinds: ALL_KINDS },
  confirm: { from: ['PAID'], to: 'CONFIRMED', by: 'seller', kinds: DEPOSIT },
  decline: { from: ['PAID'], to: 'REFUND_PENDING', by: 'seller', kinds: DEPOSIT },
  // The hold ran out without the seller deciding.
  lapse: { from: ['PAID'], to: 'REFUND_PENDING', by: 'system', kinds: DEPOSIT },
  // Paid while another buyer's deposit holds the listing, or after it left the exchange.
  bounce: { from: ['PAID'], to: 'REFUND_PENDING', by: 'system', kinds: DEPOSIT },
  complete: { from: ['PAID'], to: 'COMPLETED', by: 'system', kinds: ['FEATURED_PLACEMENT'] },
  refunded: { from: ['REFUND_PENDING', 'PAID', 'CONFIRMED', 'COMPLETED', 'PENDING_PAYMENT'], to: 'REFUNDED', by: 'stripe', kinds: ALL_KINDS },
};

export function canMoveOrder(move: OrderMove, order: { status: OrderStatus; kind: OrderKind }): boolean {
  const rule = ORDER_MOVES[move];
  return rule.from.includes(order.status) && rule.kinds.includes(order.kind);
}

/** States in which the order is over: nothing more will happen to it. */
export const CLOSED_STATES: readonly OrderStatus[] = ['CONFIRMED', 'COMPLETED', 'REFUNDED', 'CANCELLED'];
