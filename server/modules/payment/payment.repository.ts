import type {
  Deal,
  Listing,
  Order,
  OrderKind,
  OrderStatus,
  Payment,
  PaymentStatus,
  Prisma,
  PrismaClient,
} from '../../generated/prisma/client.ts';
import type { AuditActorKind } from '../../generated/prisma/enums.ts';
import { keyset, keysetOrder, keysetWhere, type PageRequest } from '../../lib/pagination.ts';
import type { Tx } from '../../lib/prisma.ts';
import { isStorableText } from '../../lib/validation.ts';
import { ORDER_MOVES, type OrderMove } from './order-lifecycle.ts';

export type OrderRow = Order;
export type PaymentRow = Payment;
export type OrderListingRow = Listing;

export interface OrderAudit {
  actorId: string | null;
  action: string;
  data?: Record<string, unknown>;
  /** PLATFORM when the platform acted by itself (auditActor(ctx)); USER when left out. */
  actorKind?: AuditActorKind;
}

export interface NewOrder {
  kind: OrderKind;
  listingId: string;
  userId: string;
  organisationId: string | null;
  amountVnd: bigint;
  days: number;
}


/** Orders: newest first. */
export const ORDERS_ORDER = keyset('orders', ['createdAt', 'date', 'desc'], ['id', 'id', 'asc']);

export class PaymentRepository {
  constructor(private readonly prisma: PrismaClient) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  // ── reading ────────────────────────────────────────────────────────────────────────────────────────────────

  findOrder(id: string, db: Tx = this.prisma): Promise<OrderRow | null> {
    return db.order.findUnique({ where: { id } });
  }

  // Stripe's ids come inside webhook events: one PostgreSQL cannot even compare (a NUL in it) names no order.
  async findOrderBySession(checkoutSessionId: string, db: Tx = this.prisma): Promise<OrderRow | null> {
    return isStorableText(checkoutSessionId) ? db.order.findUnique({ where: { checkoutSessionId } }) : null;
  }

  async findOrderByPaymentIntent(paymentIntentId: string, db: Tx = this.prisma): Promise<OrderRow | null> {
    return isStorableText(paymentIntentId) ? db.order.findUnique({ where: { paymentIntentId } }) : null;
  }

  ordersOfUser(userId: string, page: PageRequest<typeof ORDERS_ORDER.columns>): Promise<OrderRow[]> {
    return this.prisma.order.findMany({ where: { userId, ...keysetWhere(ORDERS_ORDER, page.after) }, orderBy: keysetOrder(ORDERS_ORDER), take: page.take });
  }

  /**
   * A page of the orders on an organisation's listings (by status, or only those the seller may still decide), with
   * how many match, how many there are in each status and how many wait for the seller, all pages together.
   */
  async ordersOfOrganisation(
    organisationId: string,
    filter: { statuses: OrderStatus[] | null; decidable: boolean },
    now: Date,
    page: PageRequest<typeof ORDERS_ORDER.columns>,
  ) {
    const ofOrganisation = { listing: { organisationId } };
    const { from, kinds } = ORDER_MOVES.confirm;
    const decidable = { status: { in: [...from] }, kind: { in: [...kinds] }, endsAt: { gt: now } };
    const where = {
      ...ofOrganisation,
      ...(filter.statuses?.length ? { status: { in: filter.statuses } } : {}),
      ...(filter.decidable ? { AND: [decidable] } : {}),
    };
    const [rows, totalCount, byStatus, decidableCount] = await Promise.all([
      this.prisma.order.findMany({ where: { AND: [where, keysetWhere(ORDERS_ORDER, page.after)] }, orderBy: keysetOrder(ORDERS_ORDER), take: page.take }),
      this.prisma.order.count({ where }),
      this.prisma.order.groupBy({ by: ['status'], where: ofOrganisation, _count: { _all: true } }),
      this.prisma.order.count({ where: { ...ofOrganisation, ...decidable } }),
    ]);
    return { rows, totalCount, byStatus: byStatus.map((g) => ({ status: g.status, count: g._count._all })), decidableCount };
  }

  findListing(id: string, db: Tx = this.prisma): Promise<OrderListingRow | null> {
    return db.listing.findUnique({ where: { id } });
  }

  listingsByIds(ids: readonly string[]): Promise<OrderListingRow[]> {
    return this.prisma.listing.findMany({ where: { id: { in: [...ids] } } });
  }

  featuredListings(now: Date, take: number): Promise<OrderListingRow[]> {
    return this.prisma.listing.findMany({
      where: { status: 'PUBLISHED', featuredUntil: { gt: now } },
      orderBy: [{ featuredUntil: 'desc' }, { id: 'asc' }],
      take,
    });
  }

  /** The paid deposits that hold each listing now (at most one each). */
  activeReservations(listingIds: readonly string[], now: Date): Promise<OrderRow[]> {
    return this.prisma.order.findMany({
      where: { listingId: { in: [...listingIds] }, kind: 'EQUIPMENT_DEPOSIT', status: 'PAID', endsAt: { gt: now } },
    });
  }

  paymentsOf(orderIds: readonly string[]): Promise<PaymentRow[]> {
    return this.prisma.payment.findMany({ where: { orderId: { in: [...orderIds] } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  }

  dealsOfOrders(orderIds: readonly string[]): Promise<Pick<Deal, 'id' | 'orderId'>[]> {
    return this.prisma.deal.findMany({ where: { orderId: { in: [...orderIds] } }, select: { id: true, orderId: true } });
  }

  userNames(ids: readonly string[]): Promise<{ id: string; displayName: string }[]> {
    return this.prisma.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, displayName: true } });
  }

  /** Which of `organisationIds` the user belongs to. */
  async memberships(userId: string, organisationIds: readonly string[]): Promise<Set<string>> {
    if (!organisationIds.length) return new Set();
    const rows = await this.prisma.membership.findMany({
      where: { userId, organisationId: { in: [...organisationIds] } },
      select: { organisationId: true },
    });
    return new Set(rows.map((r) => r.organisationId));
  }

  async memberIds(organisationId: string, db: Tx = this.prisma): Promise<string[]> {
    const rows = await db.membership.findMany({ where: { organisationId }, select: { userId: true } });
    return rows.map((r) => r.userId);
  }

  // ── the clock's work lists ─────────────────────────────────────────────────────────────────────────────────

  dueFeatured(now: Date, take: number): Promise<OrderRow[]> {
    return this.prisma.order.findMany({ where: { kind: 'FEATURED_PLACEMENT', status: 'PAID', endsAt: { lte: now } }, take });
  }

  dueDeposits(now: Date, take: number): Promise<OrderRow[]> {
    return this.prisma.order.findMany({ where: { kind: 'EQUIPMENT_DEPOSIT', status: 'PAID', endsAt: { lte: now } }, take });
  }

  /** Orders waiting for a refund that was never accepted by Stripe (the call failed or never happened). */
  async ordersWithUnsentRefunds(before: Date, take: number): Promise<string[]> {
    const rows = await this.prisma.payment.findMany({
      where: { type: 'REFUND', status: 'PENDING', stripeId: null, updatedAt: { lte: before }, order: { status: 'REFUND_PENDING' } },
      select: { orderId: true },
      take,
    });
    return [...new Set(rows.map((r) => r.orderId))];
  }

  unsentRefund(orderId: string): Promise<PaymentRow | null> {
    return this.prisma.payment.findFirst({ where: { orderId, type: 'REFUND', status: 'PENDING', stripeId: null } });
  }

  // ── writing (always in the caller's transaction) ────────────────────────────────────────────────────────────

  /** Locks the listing row until the transaction ends, so decisions about one listing happen one at a time. */
  async lockListing(tx: Tx, id: string): Promise<OrderListingRow | null> {
    await tx.$queryRaw`SELECT id FROM "Listing" WHERE id = ${id}::uuid FOR UPDATE`;
    return tx.listing.findUnique({ where: { id } });
  }

  /** A deposit that holds the listing, or a deposit checkout still open on it (opened after `openSince`). */
  blockingDeposit(tx: Tx, listingId: string, now: Date, openSince: Date): Promise<OrderRow | null> {
    return tx.order.findFirst({
      where: {
        listingId,
        kind: 'EQUIPMENT_DEPOSIT',
        OR: [{ status: 'PAID', endsAt: { gt: now } }, { status: 'PENDING_PAYMENT', createdAt: { gte: openSince } }],
      },
      orderBy: { createdAt: 'desc' },
    });
  }

  /** The caller's own checkout for the same thing, still open: starting again hands it back. */
  openCheckout(tx: Tx, w: { listingId: string; kind: OrderKind; userId: string; openSince: Date }): Promise<OrderRow | null> {
    return tx.order.findFirst({
      where: {
        listingId: w.listingId, kind: w.kind, userId: w.userId,
        status: 'PENDING_PAYMENT', checkoutUrl: { not: null }, createdAt: { gte: w.openSince },
      },
      orderBy: { createdAt: 'desc' },
    });
  }

  async createOrder(tx: Tx, data: NewOrder, audit: OrderAudit): Promise<OrderRow> {
    const order = await tx.order.create({ data });
    await tx.payment.create({ data: { orderId: order.id, type: 'CHARGE', status: 'PENDING', amountVnd: data.amountVnd } });
    await this.audit(tx, order.id, audit);
    return order;
  }

  attachCheckout(orderId: string, checkoutSessionId: string, checkoutUrl: string): Promise<OrderRow> {
    return this.prisma.order.update({ where: { id: orderId }, data: { checkoutSessionId, checkoutUrl } });
  }

  /** Applies a move if the order is still in one of its states; null when someone else moved it first. */
  async moveOrder(tx: Tx, orderId: string, move: OrderMove, data: Prisma.OrderUncheckedUpdateManyInput, audit: OrderAudit): Promise<OrderRow | null> {
    const rule = ORDER_MOVES[move];
    const before = await tx.order.findUnique({ where: { id: orderId }, select: { status: true } });
    const { count } = await tx.order.updateMany({
      where: { id: orderId, status: { in: [...rule.from] }, kind: { in: [...rule.kinds] } },
      data: { ...data, status: rule.to },
    });
    if (!count) return null;
    await this.audit(tx, orderId, { ...audit, data: { from: before?.status, to: rule.to, ...(audit.data ?? {}) } });
    return tx.order.findUnique({ where: { id: orderId } });
  }

  async audit(tx: Tx, orderId: string, audit: OrderAudit): Promise<void> {
    await tx.auditEvent.create({
      data: { actorId: audit.actorId, actorKind: audit.actorKind, action: audit.action, entityType: 'order', entityId: orderId, data: (audit.data ?? {}) as object },
    });
  }

  /** The search document of a listing changes (featured, reserved): the outbox tells the indexer. */
  async touchListing(tx: Tx, listingId: string): Promise<void> {
    await tx.outbox.create({ data: { entityType: 'listing', entityId: listingId, op: 'UPSERT' } });
  }

  async settleCharge(tx: Tx, orderId: string, status: PaymentStatus, stripeId: string | null, amountVnd: bigint): Promise<void> {
    const { count } = await tx.payment.updateMany({
      where: { orderId, type: 'CHARGE', status: 'PENDING' },
      data: { status, ...(stripeId ? { stripeId } : {}), amountVnd },
    });
    if (!count && status === 'SUCCEEDED') {
      await tx.payment.create({ data: { orderId, type: 'CHARGE', status, stripeId, amountVnd } });
    }
  }

  createRefundPayment(tx: Tx, orderId: string, amountVnd: bigint): Promise<PaymentRow> {
    return tx.payment.create({ data: { orderId, type: 'REFUND', status: 'PENDING', amountVnd } });
  }

  /**
   * Records what Stripe says about one refund: on the row with its id, else on the order's refund row that has no
   * id yet (one not yet accepted by Stripe, or one learnt from charge.refunded, which names no refund), else on a
   * new row (a refund made at Stripe itself). A late `pending` never undoes a final answer.
   */
  async recordRefund(tx: Tx, orderId: string, refund: { id: string; status: PaymentStatus; amountVnd: bigint }): Promise<void> {
    const row =
      (await tx.payment.findUnique({ where: { stripeId: refund.id } })) ??
      (await tx.payment.findFirst({ where: { orderId, type: 'REFUND', stripeId: null }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }));
    if (!row) {
      await tx.payment.create({ data: { orderId, type: 'REFUND', status: refund.status, stripeId: refund.id, amountVnd: refund.amountVnd } });
      return;
    }
    const status = row.status !== 'PENDING' && refund.status === 'PENDING' ? row.status : refund.status;
    await tx.payment.update({ where: { id: row.id }, data: { stripeId: refund.id, status, amountVnd: refund.amountVnd } });
  }

  /** A full refund seen on the charge: refunds still waiting are done (their ids come with refund.* events). */
  async completeRefunds(tx: Tx, orderId: string, amountVnd: bigint): Promise<void> {
    const { count } = await tx.payment.updateMany({ where: { orderId, type: 'REFUND', status: 'PENDING' }, data: { status: 'SUCCEEDED' } });
    const done = await tx.payment.count({ where: { orderId, type: 'REFUND', status: 'SUCCEEDED' } });
    if (!count && !done) await tx.payment.create({ data: { orderId, type: 'REFUND', status: 'SUCCEEDED', amountVnd } });
  }

  async refundedTotal(tx: Tx, orderId: string): Promise<bigint> {
    const { _sum } = await tx.payment.aggregate({ where: { orderId, type: 'REFUND', status: 'SUCCEEDED' }, _sum: { amountVnd: true } });
    return _sum.amountVnd ?? 0n;
  }

  async setFeaturedUntil(tx: Tx, listingId: string, until: Date | null): Promise<void> {
    await tx.listing.update({ where: { id: listingId }, data: { featuredUntil: until } });
    await this.touchListing(tx, listingId);
  }

  /** When the listing's featured time ends, given its other running placements (null: none). */
  async featuredEndOfOthers(tx: Tx, listingId: string, exceptOrderId: string): Promise<Date | null> {
    const { _max } = await tx.order.aggregate({
      where: { listingId, kind: 'FEATURED_PLACEMENT', status: 'PAID', id: { not: exceptOrderId } },
      _max: { endsAt: true },
    });
    return _max.endsAt;
  }

  /** Ends a featured time that is over, unless a later placement already extended it. */
  async clearFeaturedIfOver(tx: Tx, listingId: string, now: Date): Promise<boolean> {
    const { count } = await tx.listing.updateMany({ where: { id: listingId, featuredUntil: { lte: now } }, data: { featuredUntil: null } });
    if (count) await this.touchListing(tx, listingId);
    return count > 0;
  }

  async reserveListing(tx: Tx, listingId: string, until: Date): Promise<void> {
    await tx.listing.update({ where: { id: listingId }, data: { reservedUntil: until } });
    await this.touchListing(tx, listingId);
  }

  /** Ends the hold of one deposit (a later hold by another order is left alone). */
  async releaseListing(tx: Tx, listingId: string, holdEnd: Date | null): Promise<void> {
    if (!holdEnd) return;
    const { count } = await tx.listing.updateMany({ where: { id: listingId, reservedUntil: { lte: holdEnd } }, data: { reservedUntil: null } });
    if (count) await this.touchListing(tx, listingId);
  }

  createDeal(tx: Tx, data: Prisma.DealUncheckedCreateInput): Promise<Deal> {
    return tx.deal.create({ data });
  }

  /** Orders created in the period (or named by Stripe's records) and all their payments, for reconciliation. */
  async reconciliationSnapshot(since: Date, until: Date, orderIds: readonly string[]): Promise<{ orders: OrderRow[]; payments: PaymentRow[] }> {
    const orders = await this.prisma.order.findMany({
      where: { OR: [{ createdAt: { gte: since, lte: until } }, { id: { in: [...orderIds] } }] },
    });
    const payments = orders.length ? await this.paymentsOf(orders.map((o) => o.id)) : [];
    return { orders, payments };
  }

  /** Stores the event id in the caller's transaction; false when it was processed before (a redelivery). */
  async recordEvent(tx: Tx, event: { id: string; type: string; created: number }): Promise<boolean> {
    const { count } = await tx.stripeEvent.createMany({
      data: [{ id: event.id, type: event.type, createdAt: new Date(event.created * 1000) }],
      skipDuplicates: true,
    });
    return count > 0;
  }
}
