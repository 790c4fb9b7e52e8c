// What an order's state means to the person looking at it, in one sentence: the payer and the seller read different
// things about the same deposit, and a payer just back from Checkout may arrive before Stripe's webhook does.
import type { OrderKind, OrderStatus } from '$lib/graphql/generated';
import type { MessageKey } from '$lib/i18n';

export interface OrderLike {
  kind: OrderKind;
  status: OrderStatus;
  isPayer: boolean;
  payerName: string;
  endsAt: string | null;
  closedAt: string | null;
  declineNote: string | null;
}

/** How the visitor reached the page: back from Checkout (paid or not) or otherwise. */
export type Return = 'success' | 'cancelled' | null;

export interface StateSentence {
  key: MessageKey;
  /** Dates are left as ISO strings for the page to format; `payer` is the payer's display name. */
  date?: string | null;
  payer?: string;
  /** The payment is being confirmed: offer a reload. */
  confirming?: boolean;
  /** A refund is involved: say how long it takes. */
  refund?: boolean;
  tone: 'info' | 'success' | 'warning' | 'neutral';
}

export function parseReturn(value: string | null): Return {
  return value === 'success' || value === 'cancelled' ? value : null;
}

export function orderState(order: OrderLike, back: Return): StateSentence {
  const deposit = order.kind === 'EQUIPMENT_DEPOSIT';
  switch (order.status) {
    case 'PENDING_PAYMENT':
      if (order.isPayer && back === 'success') return { key: 'payments.state.confirming', confirming: true, tone: 'info' };
      if (order.isPayer && back === 'cancelled') return { key: 'payments.state.left', tone: 'warning' };
      return order.isPayer
        ? { key: 'payments.state.pendingPayer', tone: 'warning' }
        : { key: 'payments.state.pendingOther', payer: order.payerName, tone: 'neutral' };
    case 'PAID':
      if (!deposit) return { key: 'payments.state.featuredRunning', date: order.endsAt, tone: 'success' };
      return order.isPayer
        ? { key: 'payments.state.depositHeldPayer', date: order.endsAt, tone: 'success' }
        : { key: 'payments.state.depositHeldSeller', date: order.endsAt, payer: order.payerName, tone: 'warning' };
    case 'CONFIRMED':
      return { key: 'payments.state.confirmed', date: order.closedAt, tone: 'success' };
    case 'COMPLETED':
      return { key: 'payments.state.completed', date: order.endsAt, tone: 'neutral' };
    case 'REFUND_PENDING':
      if (order.declineNote) return { key: 'payments.state.declinedRefunding', refund: true, tone: 'warning' };
      return { key: deposit ? 'payments.state.lapsedRefunding' : 'payments.state.refunding', refund: true, tone: 'warning' };
    case 'REFUNDED':
      return order.declineNote
        ? { key: 'payments.state.declinedRefunded', date: order.closedAt, refund: true, tone: 'neutral' }
        : { key: 'payments.state.refunded', date: order.closedAt, refund: true, tone: 'neutral' };
    case 'CANCELLED':
      return { key: 'payments.state.cancelled', tone: 'neutral' };
  }
}

/** The date a list row shows next to the status: how long the hold or the placement lasts while it runs. */
export function runningUntil(order: Pick<OrderLike, 'kind' | 'status' | 'endsAt'>): { key: MessageKey; date: string } | null {
  if (order.status !== 'PAID' || !order.endsAt) return null;
  return { key: order.kind === 'EQUIPMENT_DEPOSIT' ? 'payments.list.heldUntil' : 'payments.list.featuredUntil', date: order.endsAt };
}
