import { error } from '@sveltejs/kit';
import { OrderDocument } from '$lib/graphql/generated';
import { t } from '$lib/i18n';
import { confirmOrder, declineOrder } from '$lib/payments/actions.server';
import { parseReturn } from '$lib/payments/order-state';
import { gql } from '$lib/server/api';
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import type { Actions, PageServerLoad } from './$types';

/** How many times the page reloads itself while Stripe's webhook has not arrived (every 3 seconds). */
const MAX_CHECKS = 10;

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  // The API answers null to anyone who is neither the payer, a member of the seller nor staff: the same 404 as
  // an order that does not exist.
  const { order } = await orNotFound(event, () => gql(event, OrderDocument, { id: event.params.orderId }));
  if (!order) error(404, t(event.locals.locale, 'error.notFound.title'));
  const check = Number.parseInt(event.url.searchParams.get('check') ?? '0', 10);
  return {
    order,
    back: parseReturn(event.url.searchParams.get('status')),
    check: Number.isFinite(check) && check > 0 ? Math.min(check, MAX_CHECKS) : 0,
    maxChecks: MAX_CHECKS,
  };
};

export const actions: Actions = { confirm: confirmOrder, decline: declineOrder };
