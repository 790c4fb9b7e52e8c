// Reconciliation: what Stripe says happened (Checkout Sessions, Payment Intents, refunds of a period) against the
// platform's orders and payments. Webhooks can be lost, delayed past their retries, or arrive for a database that
// was restored from a backup; this finds the differences so an operator can act (`npm run payments:reconcile`).
// Stripe objects without an orderId in their metadata are another application's and are left out.
import type Stripe from 'stripe';
import type { OrderRow, PaymentRepository, PaymentRow } from './payment.repository.ts';
import { UUID } from './settlement.ts';

export type DifferenceKind = 'MISSING_LOCALLY' | 'MISSING_AT_STRIPE' | 'AMOUNT_MISMATCH' | 'STATUS_MISMATCH';
export type StripeObject = 'checkout_session' | 'payment_intent' | 'refund';

export interface Difference {
  kind: DifferenceKind;
  object: StripeObject;
  stripeId: string | null;
  orderId: string | null;
  detail: string;
}

export interface Period {
  since: Date;
  until: Date;
}

export interface SessionRecord {
  id: string;
  orderId: string | null;
  amount: number | null;
  currency: string | null;
  status: string | null;
  paymentStatus: string;
  created: number;
}

export interface IntentRecord {
  id: string;
  orderId: string | null;
  amountReceived: number;
  status: string;
  created: number;
}

export interface RefundRecord {
  id: string;
  orderId: string | null;
  paymentIntentId: string | null;
  amount: number;
  status: string | null;
  created: number;
}

export interface StripeSnapshot {
  sessions: SessionRecord[];
  paymentIntents: IntentRecord[];
  refunds: RefundRecord[];
}

export interface LocalSnapshot {
  orders: OrderRow[];
  payments: PaymentRow[];
}

/** Stripe creates an object a moment before or after the local row: records this close to the period count. */
const MARGIN_S = 3600;
/** A refund decided locally but not yet accepted by Stripe is normal for this long (the clock retries it). */
const UNSENT_REFUND_GRACE_MS = 3600_000;

const idOf = (v: string | { id: string } | null | undefined) => (v == null ? null : typeof v === 'string' ? v : v.id);
const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

/** Everything Stripe lists for the period (and an hour either side), every page of it. */
export async function fetchStripeSnapshot(stripe: Stripe, period: Period): Promise<StripeSnapshot> {
  const created = { gte: seconds(period.since) - MARGIN_S, lte: seconds(period.until) + MARGIN_S };
  const snapshot: StripeSnapshot = { sessions: [], paymentIntents: [], refunds: [] };
  for await (const s of stripe.checkout.sessions.list({ created, limit: 100 })) {
    snapshot.sessions.push({
      id: s.id, orderId: s.metadata?.orderId ?? s.client_reference_id ?? null, amount: s.amount_total, currency: s.currency,
      status: s.status, paymentStatus: s.payment_status, created: s.created,
    });
  }
  for await (const pi of stripe.paymentIntents.list({ created, limit: 100 })) {
    snapshot.paymentIntents.push({ id: pi.id, orderId: pi.metadata?.orderId ?? null, amountReceived: pi.amount_received, status: pi.status, created: pi.created });
  }
  for await (const r of stripe.refunds.list({ created, limit: 100 })) {
    snapshot.refunds.push({ id: r.id, orderId: r.metadata?.orderId ?? null, paymentIntentId: idOf(r.payment_intent), amount: r.amount, status: r.status, created: r.created });
  }
  return snapshot;
}

const PAID_STATES = new Set(['PAID', 'CONFIRMED', 'COMPLETED', 'REFUND_PENDING', 'REFUNDED']);
const refundStatusOf = (s: string | null) => (s === 'succeeded' ? 'SUCCEEDED' : s === 'failed' || s === 'canceled' ? 'FAILED' : 'PENDING');

/** The differences between the two sides, for objects created in the period. Pure: no I/O. */
export function compareRecords(stripe: StripeSnapshot, local: LocalSnapshot, period: Period, now = new Date()): Difference[] {
  const diffs: Difference[] = [];
  const add = (kind: DifferenceKind, object: StripeObject, stripeId: string | null, orderId: string | null, detail: string) =>
    diffs.push({ kind, object, stripeId, orderId, detail });
  const inPeriod = (created: number) => created >= seconds(period.since) && created <= seconds(period.until);
  const localInPeriod = (d: Date) => d >= period.since && d <= period.until;
  const orderById = new Map(local.orders.map((o) => [o.id, o]));
  const orderBySession = new Map(local.orders.filter((o) => o.checkoutSessionId).map((o) => [o.checkoutSessionId!, o]));
  const paymentByStripeId = new Map(local.payments.filter((p) => p.stripeId).map((p) => [p.stripeId!, p]));
  const ours = <T extends { orderId: string | null }>(r: T) => r.orderId !== null;

  // Checkout Sessions ↔ orders
  const sessionIds = new Set(stripe.sessions.map((s) => s.id));
  for (const s of stripe.sessions.filter(ours)) {
    if (!inPeriod(s.created)) continue;
    const order = orderBySession.get(s.id) ?? orderById.get(s.orderId!);
    if (!order) {
      add('MISSING_LOCALLY', 'checkout_session', s.id, s.orderId, `Stripe has checkout session ${s.id} (${s.status}, ${s.paymentStatus}) for order ${s.orderId}, which does not exist here`);
      continue;
    }
    if (s.amount !== Number(order.amountVnd) || s.currency !== 'vnd') {
      add('AMOUNT_MISMATCH', 'checkout_session', s.id, order.id, `Stripe: ${s.amount} ${s.currency}, here: ${order.amountVnd} vnd`);
    }
    const fits = s.paymentStatus === 'paid' ? PAID_STATES.has(order.status) : s.status === 'expired' ? order.status === 'CANCELLED' : order.status === 'PENDING_PAYMENT';
    if (!fits) {
      add('STATUS_MISMATCH', 'checkout_session', s.id, order.id, `Stripe: session ${s.status}, payment ${s.paymentStatus}; here: order ${order.status}`);
    }
  }
  for (const o of local.orders) {
    if (localInPeriod(o.createdAt) && o.checkoutSessionId && !sessionIds.has(o.checkoutSessionId)) {
      add('MISSING_AT_STRIPE', 'checkout_session', o.checkoutSessionId, o.id, `order ${o.id} (${o.status}) names checkout session ${o.checkoutSessionId}, which Stripe does not list`);
    }
  }

  // Payment Intents ↔ charges
  const intents = new Map(stripe.paymentIntents.map((pi) => [pi.id, pi]));
  for (const pi of stripe.paymentIntents.filter(ours)) {
    if (!inPeriod(pi.created) || pi.status !== 'succeeded') continue;
    const charge = paymentByStripeId.get(pi.id);
    if (!charge || charge.type !== 'CHARGE') {
      add('MISSING_LOCALLY', 'payment_intent', pi.id, pi.orderId, `Stripe took ${pi.amountReceived} vnd (payment intent ${pi.id}) for order ${pi.orderId}; no payment here records it`);
      continue;
    }
    if (BigInt(pi.amountReceived) !== charge.amountVnd) {
      add('AMOUNT_MISMATCH', 'payment_intent', pi.id, charge.orderId, `Stripe received ${pi.amountReceived} vnd, here: ${charge.amountVnd} vnd`);
    }
    if (charge.status !== 'SUCCEEDED') add('STATUS_MISMATCH', 'payment_intent', pi.id, charge.orderId, `Stripe: succeeded; here: payment ${charge.status}`);
  }
  for (const p of local.payments) {
    const order = orderById.get(p.orderId);
    if (p.type !== 'CHARGE' || p.status !== 'SUCCEEDED' || !order || !localInPeriod(order.createdAt)) continue;
    const pi = p.stripeId ? intents.get(p.stripeId) : undefined;
    if (!pi) add('MISSING_AT_STRIPE', 'payment_intent', p.stripeId, p.orderId, `payment ${p.id} here is SUCCEEDED, but Stripe lists no payment intent ${p.stripeId ?? '(none recorded)'}`);
    else if (pi.status !== 'succeeded') add('STATUS_MISMATCH', 'payment_intent', pi.id, p.orderId, `Stripe: ${pi.status}; here: payment SUCCEEDED`);
  }

  // Refunds ↔ refund payments
  const orderByIntent = new Map(local.orders.filter((o) => o.paymentIntentId).map((o) => [o.paymentIntentId!, o]));
  const refundIds = new Set(stripe.refunds.map((r) => r.id));
  const matchedUnnamed = new Set<string>();
  for (const r of stripe.refunds) {
    const order = (r.paymentIntentId ? orderByIntent.get(r.paymentIntentId) : undefined) ?? (r.orderId ? orderById.get(r.orderId) : undefined);
    if ((!order && !r.orderId) || !inPeriod(r.created)) continue;
    // A refund known only from charge.refunded has no id here: the same amount on the same order is the same refund.
    const row = paymentByStripeId.get(r.id) ??
      local.payments.find((p) => p.type === 'REFUND' && !p.stripeId && p.orderId === order?.id && p.amountVnd === BigInt(r.amount) && !matchedUnnamed.has(p.id));
    if (row && !row.stripeId) matchedUnnamed.add(row.id);
    if (!row) {
      add('MISSING_LOCALLY', 'refund', r.id, order?.id ?? r.orderId, `Stripe refunded ${r.amount} vnd (${r.status}) on ${r.paymentIntentId}; no refund here records it`);
      continue;
    }
    if (row.amountVnd !== BigInt(r.amount)) add('AMOUNT_MISMATCH', 'refund', r.id, row.orderId, `Stripe: ${r.amount} vnd, here: ${row.amountVnd} vnd`);
    if (row.status !== refundStatusOf(r.status)) add('STATUS_MISMATCH', 'refund', r.id, row.orderId, `Stripe: ${r.status}; here: refund ${row.status}`);
  }
  for (const p of local.payments) {
    const order = orderById.get(p.orderId);
    if (p.type !== 'REFUND' || !order || !localInPeriod(p.createdAt) || matchedUnnamed.has(p.id)) continue;
    if (p.stripeId && !refundIds.has(p.stripeId)) {
      add('MISSING_AT_STRIPE', 'refund', p.stripeId, p.orderId, `refund ${p.stripeId} (${p.status}) here is not listed by Stripe`);
    } else if (!p.stripeId && (p.status !== 'PENDING' || now.getTime() - p.createdAt.getTime() > UNSENT_REFUND_GRACE_MS)) {
      add('MISSING_AT_STRIPE', 'refund', null, p.orderId, `refund of ${p.amountVnd} vnd (${p.status}) decided ${p.createdAt.toISOString()} was never accepted by Stripe`);
    }
  }
  return diffs;
}

/** Fetches both sides of a period and compares them. */
export async function reconcile(stripe: Stripe, repo: PaymentRepository, period: Period, now = new Date()) {
  const remote = await fetchStripeSnapshot(stripe, period);
  const named = [...remote.sessions, ...remote.paymentIntents, ...remote.refunds].map((r) => r.orderId).filter((id): id is string => !!id && UUID.test(id));
  const local = await repo.reconciliationSnapshot(period.since, period.until, [...new Set(named)]);
  return { differences: compareRecords(remote, local, period, now), stripe: remote, local };
}
