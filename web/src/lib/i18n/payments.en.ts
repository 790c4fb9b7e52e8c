import type { paymentsVi } from './payments.vi';

export const paymentsEn: Record<keyof typeof paymentsVi, string> = {
  'payments.kind.FEATURED_PLACEMENT': 'Featured placement',
  'payments.kind.EQUIPMENT_DEPOSIT': 'Equipment deposit',

  'payments.status.PENDING_PAYMENT': 'Waiting for payment',
  'payments.status.PAID': 'Paid',
  'payments.status.CONFIRMED': 'Confirmed by the seller',
  'payments.status.COMPLETED': 'Completed',
  'payments.status.REFUND_PENDING': 'Refund on its way',
  'payments.status.REFUNDED': 'Refunded',
  'payments.status.CANCELLED': 'Cancelled',

  'payments.paymentType.CHARGE': 'Payment',
  'payments.paymentType.REFUND': 'Refund',
  'payments.paymentStatus.PENDING': 'Pending',
  'payments.paymentStatus.SUCCEEDED': 'Succeeded',
  'payments.paymentStatus.FAILED': 'Failed',

  'payments.notConfigured': 'Online payments are not configured on this exchange, so deposits and fees cannot be paid online.',
  'payments.notConfiguredStaff':
    'A note only department staff see: online payments are not configured (Stripe keys), so visitors do not see this deposit box and contact the seller through the box below.',
  'payments.days': '{days, plural, one {# day} other {# days}}',
  'payments.listingGone': 'The listing is no longer shown',

  'payments.order.back': '← My payments',
  'payments.order.backToOrders': '← The organisation’s orders',
  'payments.order.listing': 'Listing',
  'payments.order.seller': 'Seller',
  'payments.order.amount': 'Amount',
  'payments.order.length': 'Length',
  'payments.order.payer': 'Paid by',
  'payments.order.created': 'Created',
  'payments.order.paidAt': 'Paid on',
  'payments.order.period': 'Period',
  'payments.order.periodValue': '{start} – {end}',
  'payments.order.closedAt': 'Closed on',
  'payments.order.declineNote': 'The seller’s reason',
  'payments.order.history': 'Payment history',
  'payments.order.noPayments': 'No payments yet.',
  'payments.order.when': 'When',
  'payments.order.type': 'Type',
  'payments.order.paymentStatus': 'Status',
  'payments.order.reload': 'Reload the page',
  'payments.order.continue': 'Continue to payment',
  'payments.order.thanks': 'Thank you, your payment has been received.',
  'payments.order.refundTime': 'Refunds usually reach your account within 5–10 business days, depending on your bank.',

  'payments.state.confirming':
    'We are confirming your payment with the payment provider. This usually takes a few seconds; the page reloads by itself, or you can reload it now.',
  'payments.state.stillConfirming':
    'The payment provider has not reported back yet. If you paid, the payment is recorded as soon as it does; reload the page in a few minutes.',
  'payments.state.left': 'You left the checkout without paying. You can go back to it while it is still open.',
  'payments.state.pendingPayer': 'This order is waiting for your payment.',
  'payments.state.pendingOther': 'This order is waiting for {payer} to pay.',
  'payments.state.depositHeldPayer':
    'Your deposit is paid. The equipment is held for you until {date}; the seller confirms or declines before then, otherwise the deposit is refunded by itself.',
  'payments.state.depositHeldSeller':
    '{payer} paid a deposit. The equipment is held for them until {date}: confirm or decline before then, otherwise the deposit is refunded by itself.',
  'payments.state.featuredRunning': 'Paid. The listing is featured on the home page until {date}.',
  'payments.state.confirmed': 'The seller confirmed the reservation on {date}. The deal is recorded; the two sides now complete the contract.',
  'payments.state.completed': 'The featured placement ended on {date}.',
  'payments.state.declinedRefunding': 'The seller declined the reservation. The deposit refund is on its way.',
  'payments.state.lapsedRefunding': 'The hold ended without the seller’s decision, or the equipment could not be held. The deposit refund is on its way.',
  'payments.state.refunding': 'The payment is being refunded.',
  'payments.state.declinedRefunded': 'The seller declined the reservation. The deposit was refunded on {date}.',
  'payments.state.refunded': 'The payment was refunded on {date}.',
  'payments.state.cancelled': 'Cancelled: the checkout expired before it was paid. Nothing was charged.',

  'payments.decide.title': 'The seller’s decision',
  'payments.decide.intro':
    'Confirm to sell the equipment to this buyer (a deal is recorded), or decline with a reason (the deposit is refunded to the buyer).',
  'payments.decide.confirm': 'Confirm the reservation',
  'payments.decide.declineOpen': 'Decline…',
  'payments.decide.note': 'Reason for declining (sent to the buyer)',
  'payments.decide.decline': 'Decline and refund the deposit',
  'payments.decide.confirmed': 'Reservation confirmed. The deal is recorded.',
  'payments.decide.declined': 'Reservation declined. The deposit is being refunded to the buyer.',

  'payments.list.details': 'Details',
  'payments.list.created': 'Created {date}',
  'payments.list.heldUntil': 'Held until {date}',
  'payments.list.featuredUntil': 'Featured until {date}',
  'payments.list.payer': 'Paid by {name}',

  'payments.mine.title': 'My payments',
  'payments.mine.intro': 'The equipment deposits and featured placements you have paid for on the exchange.',
  'payments.mine.empty': 'You have no payments yet.',
  'payments.account.title': 'Payments',
  'payments.account.intro': 'Equipment deposits and featured placements.',
  'payments.account.link': 'See my payments',

  'payments.orders.title': 'Orders and deposits',
  'payments.orders.intro':
    'Buyers’ deposits on the organisation’s equipment and the featured placements paid for its listings. Paid deposits need your confirmation or refusal while the hold lasts.',
  'payments.orders.link': 'Orders and deposits',
  'payments.orders.filter': 'Filter by status',
  'payments.orders.all': 'All',
  'payments.orders.waiting': 'Waiting for a decision',
  'payments.orders.empty': 'The organisation has no orders yet.',
  'payments.orders.emptyFiltered': 'No orders with this status.',

  'payments.deposit.title': 'Reserve with a deposit',
  'payments.deposit.button': 'Reserve with a deposit of {amount} ({percent} of the price) for {days, plural, one {# day} other {# days}}',
  'payments.deposit.how':
    'Paid through Stripe. When the seller confirms, the deal is recorded; when the seller declines or does not decide within {days, plural, one {# day} other {# days}}, the deposit is refunded.',
  'payments.deposit.offer': 'A deposit of {amount} ({percent} of the price) holds the equipment for you for {days, plural, one {# day} other {# days}}.',
  'payments.deposit.signIn': 'Sign in to reserve it',
  'payments.deposit.reserved': 'This equipment is reserved for a buyer until {date}.',
  'payments.deposit.reservedForYou': 'This equipment is held for you until {date}.',
  'payments.deposit.viewOrder': 'See your deposit',

  'payments.feature.title': 'Featured listing',
  'payments.feature.intro': 'Featured listings are shown in the Featured section of the home page.',
  'payments.feature.button': 'Feature this listing for {days, plural, one {# day} other {# days}} — {amount}',
  'payments.feature.extend': 'Extend featuring by {days, plural, one {# day} other {# days}} — {amount}',
  'payments.feature.until': 'Featured until {date}.',

  'payments.featured.title': 'Featured',
};
