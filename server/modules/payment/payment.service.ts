// Paying for things on the exchange: a featured placement of a published listing (its organisation's members)
// and a deposit that holds a fixed-price equipment offer for a buyer, which the seller confirms (a deal is
// recorded) or declines (the deposit is refunded). Payment happens on Stripe Checkout; Stripe's webhook says when
// it did (stripe-events.service.ts).
import type { RequestContext } from '../../lib/request-context.ts';
import { DomainError } from '../../lib/domain-error.ts';
import type { OrderKind, OrderStatus } from '../../generated/prisma/enums.ts';
import { message } from '../../i18n/messages.ts';
import { pageRequest, toConnection, type PageArgs } from '../../lib/pagination.ts';
import { inputError, validate, type InputError } from '../../lib/validation.ts';
import { isStaff, requireUser, requireVerifiedEmail } from '../access.ts';
import type { ListingRow } from '../listing/listing.repository.ts';
import { notify } from '../notification/notify.ts';
import { canMoveOrder } from './order-lifecycle.ts';
import type { PaymentGateway } from './payment-gateway.ts';
import { ORDERS_ORDER, type OrderRow, type PaymentRepository, type PaymentRow } from './payment.repository.ts';
import { declineInput, depositAmount, listingIdInput, orderIdInput } from './payment.validation.ts';
import type { RefundSender } from './refund-sender.ts';
import { addDays, orderData, orderLink, UUID, type Settlement } from './settlement.ts';

export interface PaymentSettings {
  /** Where people reach the web app (Stripe sends them back there). */
  publicUrl: string;
  featuredFeeVnd: number;
  featuredDays: number;
  depositPercent: number;
  depositHoldDays: number;
  dealSurveyMonths: number;
}

/** How long a Stripe Checkout Session stays open; an open deposit checkout keeps other buyers waiting that long. */
export const CHECKOUT_MINUTES = 60;

export interface PaymentsNotConfigured {
  __typename: 'PaymentsNotConfigured';
  code: 'PAYMENTS_NOT_CONFIGURED';
  message: string;
}

export interface Checkout {
  __typename: 'Checkout';
  order: OrderRow;
  url: string;
}

export type CheckoutResult = Checkout | PaymentsNotConfigured | InputError;
export type OrderResult = OrderRow | PaymentsNotConfigured | InputError;


const refusal = (ctx: RequestContext, code: string): InputError => inputError(ctx.locale, [], code);

/** The calendar day in Vietnam (deals are dated by the local day, not UTC's). */
const vietnamDay = (now: Date) => new Date(`${new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now)}T00:00:00Z`);

function addMonths(date: Date, months: number): Date {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

export class PaymentService {
  constructor(
    private readonly repo: PaymentRepository,
    private readonly settlement: Settlement,
    private readonly refunds: RefundSender,
    private readonly gateway: () => PaymentGateway | null,
    private readonly settings: PaymentSettings,
  ) {}

  // ── reading ────────────────────────────────────────────────────────────────────────────────────────────────

  config() {
    const s = this.settings;
    return {
      enabled: this.gateway() !== null,
      featuredFeeVnd: BigInt(s.featuredFeeVnd),
      featuredDays: s.featuredDays,
      depositPercent: s.depositPercent,
      depositHoldDays: s.depositHoldDays,
    };
  }

  /** The payer, the listing organisation's members and the department see an order; nobody else learns it exists. */
  async order(ctx: RequestContext, id: string): Promise<OrderRow | null> {
    requireUser(ctx);
    if (!UUID.test(id)) return null;
    const order = await this.repo.findOrder(id);
    if (!order) return null;
    return (await this.visible(ctx, [order]))[0] ? order : null;
  }

  async myOrders(ctx: RequestContext, args: PageArgs) {
    const user = requireUser(ctx);
    const page = pageRequest(ctx.locale, ORDERS_ORDER, args);
    const rows = page.first ? await this.repo.ordersOfUser(user.id, page) : [];
    return toConnection(ORDERS_ORDER, rows, page, (o) => [o.createdAt, o.id]);
  }

  /** `decidable`: only the deposits the seller may still confirm or decline (none for the department's staff). */
  async organisationOrders(
    ctx: RequestContext,
    organisationId: string,
    filter: { statuses?: OrderStatus[] | null; decidable?: boolean | null },
    args: PageArgs,
    now = new Date(),
  ) {
    const user = requireUser(ctx);
    if (!UUID.test(organisationId)) throw new DomainError('NOT_FOUND');
    const page = pageRequest(ctx.locale, ORDERS_ORDER, args);
    const member = (await this.repo.memberships(user.id, [organisationId])).has(organisationId);
    if (!member && !isStaff(ctx)) throw new DomainError('FORBIDDEN');
    const decidable = filter.decidable ?? false;
    const found = await this.repo.ordersOfOrganisation(organisationId, { statuses: filter.statuses ?? null, decidable }, now, page);
    // Only the organisation's members decide: for anyone else there is nothing waiting.
    const rows = decidable && !member ? [] : found.rows;
    return {
      ...toConnection(ORDERS_ORDER, rows, page, (o) => [o.createdAt, o.id]),
      totalCount: decidable && !member ? 0 : found.totalCount,
      byStatus: found.byStatus,
      decidableCount: member ? found.decidableCount : 0,
    };
  }

  featuredListings(first: number | null | undefined, now = new Date()) {
    return this.repo.featuredListings(now, Math.min(Math.max(first ?? 6, 0), 50));
  }

  // ── batched field lookups (loaders) ────────────────────────────────────────────────────────────────────────

  async listingsOf(orders: readonly OrderRow[]): Promise<(ListingRow | null)[]> {
    const rows = await this.repo.listingsByIds([...new Set(orders.map((o) => o.listingId))]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return orders.map((o) => byId.get(o.listingId) ?? null);
  }

  async paymentsOf(orders: readonly OrderRow[]): Promise<PaymentRow[][]> {
    const rows = await this.repo.paymentsOf(orders.map((o) => o.id));
    return orders.map((o) => rows.filter((p) => p.orderId === o.id));
  }

  async payerNames(orders: readonly OrderRow[]): Promise<string[]> {
    const rows = await this.repo.userNames([...new Set(orders.map((o) => o.userId))]);
    const byId = new Map(rows.map((r) => [r.id, r.displayName]));
    return orders.map((o) => byId.get(o.userId) ?? '');
  }

  async dealIdsOf(orders: readonly OrderRow[]): Promise<(string | null)[]> {
    const rows = await this.repo.dealsOfOrders(orders.map((o) => o.id));
    return orders.map((o) => rows.find((d) => d.orderId === o.id)?.id ?? null);
  }

  /** Whether the caller may confirm or decline each order now (a member of the seller's organisation). */
  async decidable(ctx: RequestContext, orders: readonly OrderRow[], now = new Date()): Promise<boolean[]> {
    const sellers = await this.sellerOrgsOfCaller(ctx, orders);
    return orders.map((o, i) => sellers[i] && canMoveOrder('confirm', o) && !!o.endsAt && o.endsAt > now);
  }

  /** The Checkout address, for the payer only and only while it can still be paid. */
  checkoutUrl(ctx: RequestContext, order: OrderRow): string | null {
    return order.status === 'PENDING_PAYMENT' && ctx.user?.id === order.userId ? order.checkoutUrl : null;
  }

  /** The deposit holding each listing, for the department, the seller's members and the buyer holding it. */
  async activeReservations(ctx: RequestContext, listings: readonly ListingRow[], now = new Date()): Promise<(OrderRow | null)[]> {
    if (!ctx.user) return listings.map(() => null);
    const held = listings.filter((l) => l.reservedUntil && l.reservedUntil > now);
    const orders = held.length ? await this.repo.activeReservations(held.map((l) => l.id), now) : [];
    const members = isStaff(ctx) ? new Set<string>() : await this.repo.memberships(ctx.user.id, listings.map((l) => l.organisationId));
    return listings.map((l) => {
      const order = orders.find((o) => o.listingId === l.id) ?? null;
      return order && (isStaff(ctx) || members.has(l.organisationId) || order.userId === ctx.user!.id) ? order : null;
    });
  }

  /** What a deposit on this listing costs, when one can be paid (fixed-price equipment offers). */
  depositOf(listing: ListingRow): bigint | null {
    if (listing.kind !== 'EQUIPMENT_OFFER' || listing.priceType !== 'FIXED' || !listing.priceMin || listing.priceMin <= 0n) return null;
    return depositAmount(listing.priceMin, this.settings.depositPercent);
  }

  // ── paying ─────────────────────────────────────────────────────────────────────────────────────────────────

  /** A member of the listing's organisation pays to show a published listing among the featured ones. */
  async startFeaturedPlacement(ctx: RequestContext, listingId: string): Promise<CheckoutResult> {
    const user = requireUser(ctx);
    const unverified = requireVerifiedEmail(ctx);
    if (unverified) return unverified;
    const v = validate(listingIdInput, { listingId }, ctx.locale);
    if (!v.ok) return v.error;
    const listing = await this.repo.findListing(listingId);
    if (!listing) throw new DomainError('NOT_FOUND');
    if (!(await this.repo.memberships(user.id, [listing.organisationId])).has(listing.organisationId)) {
      throw new DomainError('FORBIDDEN');
    }
    const gateway = this.gateway();
    if (!gateway) return this.notConfigured(ctx);
    if (listing.status !== 'PUBLISHED') return refusal(ctx, 'LISTING_NOT_PUBLISHED');
    const s = this.settings;
    return this.openCheckout(ctx, gateway, listing, {
      kind: 'FEATURED_PLACEMENT',
      amountVnd: BigInt(s.featuredFeeVnd),
      days: s.featuredDays,
      organisationId: listing.organisationId,
      productName: message(ctx.locale, 'CHECKOUT_FEATURED', { days: s.featuredDays, title: listing.titleVi.slice(0, 200) }),
    });
  }

  /** A signed-in buyer from outside the seller's organisation pays a deposit that holds a fixed-price equipment offer. */
  async startEquipmentDeposit(ctx: RequestContext, listingId: string): Promise<CheckoutResult> {
    const user = requireUser(ctx);
    const unverified = requireVerifiedEmail(ctx);
    if (unverified) return unverified;
    const v = validate(listingIdInput, { listingId }, ctx.locale);
    if (!v.ok) return v.error;
    const listing = await this.repo.findListing(listingId);
    const member = !!listing && (await this.repo.memberships(user.id, [listing.organisationId])).has(listing.organisationId);
    // An unpublished listing is as unknown to outsiders here as everywhere else.
    if (!listing || (listing.status !== 'PUBLISHED' && !member && !isStaff(ctx))) throw new DomainError('NOT_FOUND');
    if (member) return refusal(ctx, 'OWN_LISTING');
    const gateway = this.gateway();
    if (!gateway) return this.notConfigured(ctx);
    if (listing.kind !== 'EQUIPMENT_OFFER') return refusal(ctx, 'NOT_EQUIPMENT_OFFER');
    if (listing.status !== 'PUBLISHED') return refusal(ctx, 'LISTING_NOT_PUBLISHED');
    const amountVnd = this.depositOf(listing);
    if (amountVnd === null || amountVnd <= 0n) return refusal(ctx, 'PRICE_NOT_FIXED');
    const s = this.settings;
    return this.openCheckout(ctx, gateway, listing, {
      kind: 'EQUIPMENT_DEPOSIT',
      amountVnd,
      days: s.depositHoldDays,
      organisationId: null,
      productName: message(ctx.locale, 'CHECKOUT_DEPOSIT', { percent: s.depositPercent, days: s.depositHoldDays, title: listing.titleVi.slice(0, 200) }),
    });
  }

  // ── the seller's decision on a deposit ─────────────────────────────────────────────────────────────────────

  /** The sale goes ahead: the order is confirmed and the deal recorded, in one transaction. */
  async confirmReservation(ctx: RequestContext, orderId: string, now = new Date()): Promise<OrderResult> {
    const user = requireUser(ctx);
    const v = validate(orderIdInput, { orderId }, ctx.locale);
    if (!v.ok) return v.error;
    const { order, listing } = await this.loadForSeller(ctx, orderId);
    if (!canMoveOrder('confirm', order) || !order.endsAt || order.endsAt <= now) return refusal(ctx, 'INVALID_TRANSITION');
    const details = (listing.details ?? {}) as { knowHowIncluded?: boolean };
    const confirmed = await this.repo.transaction(async (tx) => {
      const moved = await this.repo.moveOrder(tx, order.id, 'confirm', { closedAt: now }, { actorId: user.id, action: 'order.confirm' });
      if (!moved) return null;
      await this.repo.releaseListing(tx, listing.id, order.endsAt);
      await this.repo.createDeal(tx, {
        inquiryId: null,
        orderId: order.id,
        listingId: listing.id,
        sellerOrganisationId: listing.organisationId,
        buyerUserId: order.userId,
        transferObjects: details.knowHowIncluded ? ['MACHINERY_WITH_TECHNOLOGY'] : [],
        transferForm: 'STANDALONE_CONTRACT',
        transferModes: ['MACHINERY'],
        valueVnd: listing.priceMin ?? 0n,
        signedOn: vietnamDay(now),
        surveyDueAt: addMonths(now, this.settings.dealSurveyMonths),
        recordedById: user.id,
      });
      await notify(tx, {
        userIds: [order.userId],
        type: 'reservation.decided',
        data: { ...orderData(moved, listing), confirmed: true, decision: 'CONFIRMED', note: null },
        link: orderLink(order.id),
      });
      return moved;
    });
    return confirmed ?? refusal(ctx, 'INVALID_TRANSITION');
  }

  /** The seller will not sell to this buyer: the deposit is refunded through Stripe. */
  async declineReservation(ctx: RequestContext, orderId: string, note: string): Promise<OrderResult> {
    const user = requireUser(ctx);
    const v = validate(declineInput, { orderId, note }, ctx.locale);
    if (!v.ok) return v.error;
    const { order } = await this.loadForSeller(ctx, orderId);
    if (!this.gateway()) return this.notConfigured(ctx);
    if (!canMoveOrder('decline', order)) return refusal(ctx, 'INVALID_TRANSITION');
    const declined = await this.repo.transaction((tx) => this.settlement.startRefund(tx, order, 'decline', { actorId: user.id }, { declineNote: v.data.note }));
    if (!declined) return refusal(ctx, 'INVALID_TRANSITION');
    // A failed call leaves the refund for the clock to send again; the decision itself stands.
    await this.refunds.send(order.id);
    return (await this.repo.findOrder(order.id)) ?? declined;
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────────────────────

  private async openCheckout(
    ctx: RequestContext,
    gateway: PaymentGateway,
    listing: ListingRow,
    o: { kind: OrderKind; amountVnd: bigint; days: number; organisationId: string | null; productName: string },
  ): Promise<CheckoutResult> {
    const user = requireUser(ctx);
    const now = new Date();
    const openSince = new Date(now.getTime() - CHECKOUT_MINUTES * 60_000);
    const started = await this.repo.transaction(async (tx): Promise<{ refused?: string; existing?: OrderRow; created?: OrderRow }> => {
      const locked = await this.repo.lockListing(tx, listing.id);
      if (locked?.status !== 'PUBLISHED') return { refused: 'LISTING_NOT_PUBLISHED' as const };
      const mine = await this.repo.openCheckout(tx, { listingId: listing.id, kind: o.kind, userId: user.id, openSince });
      if (mine) return { existing: mine };
      if (o.kind === 'EQUIPMENT_DEPOSIT') {
        const held = locked.reservedUntil && locked.reservedUntil > now;
        if (held || (await this.repo.blockingDeposit(tx, listing.id, now, openSince))) return { refused: 'LISTING_RESERVED' as const };
      }
      const order = await this.repo.createOrder(
        tx,
        { kind: o.kind, listingId: listing.id, userId: user.id, organisationId: o.organisationId, amountVnd: o.amountVnd, days: o.days },
        { actorId: user.id, action: 'order.create', data: { kind: o.kind, amountVnd: o.amountVnd.toString() } },
      );
      return { created: order };
    });
    if (started.refused) return refusal(ctx, started.refused);
    if (started.existing) return { __typename: 'Checkout', order: started.existing, url: started.existing.checkoutUrl! };
    const order = started.created!;
    const back = `${this.settings.publicUrl}/payments/${order.id}`;
    try {
      const session = await gateway.createCheckout({
        orderId: order.id,
        kind: order.kind,
        amountVnd: order.amountVnd,
        productName: o.productName,
        successUrl: `${back}?status=success`,
        cancelUrl: `${back}?status=cancelled`,
        expiresAt: new Date(now.getTime() + CHECKOUT_MINUTES * 60_000),
        locale: ctx.locale,
      });
      const attached = await this.repo.attachCheckout(order.id, session.id, session.url);
      return { __typename: 'Checkout', order: attached, url: session.url };
    } catch {
      await this.repo.transaction(async (tx) => {
        const cancelled = await this.repo.moveOrder(tx, order.id, 'cancel', { closedAt: new Date() }, { actorId: null, action: 'order.cancel', data: { reason: 'checkout could not be opened' } });
        if (cancelled) await this.repo.settleCharge(tx, order.id, 'FAILED', null, order.amountVnd);
      });
      return refusal(ctx, 'PAYMENT_PROVIDER_ERROR');
    }
  }

  private notConfigured(ctx: RequestContext): PaymentsNotConfigured {
    return { __typename: 'PaymentsNotConfigured', code: 'PAYMENTS_NOT_CONFIGURED', message: message(ctx.locale, 'PAYMENTS_NOT_CONFIGURED') };
  }

  /** The order and its listing, for a member of the listing's organisation; others are refused. */
  private async loadForSeller(ctx: RequestContext, orderId: string) {
    const user = requireUser(ctx);
    const order = await this.repo.findOrder(orderId);
    const listing = order ? await this.repo.findListing(order.listingId) : null;
    if (!order || !listing) throw new DomainError('NOT_FOUND');
    if (!(await this.repo.memberships(user.id, [listing.organisationId])).has(listing.organisationId)) {
      throw new DomainError('FORBIDDEN');
    }
    return { order, listing };
  }

  private async sellerOrgsOfCaller(ctx: RequestContext, orders: readonly OrderRow[]): Promise<boolean[]> {
    if (!ctx.user) return orders.map(() => false);
    const listings = await this.listingsOf(orders);
    const orgIds = listings.map((l) => l?.organisationId ?? '').filter(Boolean);
    const members = await this.repo.memberships(ctx.user.id, [...new Set(orgIds)]);
    return listings.map((l) => !!l && members.has(l.organisationId));
  }

  private async visible(ctx: RequestContext, orders: readonly OrderRow[]): Promise<boolean[]> {
    if (isStaff(ctx)) return orders.map(() => true);
    const sellers = await this.sellerOrgsOfCaller(ctx, orders);
    return orders.map((o, i) => o.userId === ctx.user?.id || sellers[i]);
  }
}
