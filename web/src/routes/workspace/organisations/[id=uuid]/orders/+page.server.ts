import { OrganisationOrdersDocument, type OrderStatus } from '$lib/graphql/generated';
import { confirmOrder, declineOrder } from '$lib/payments/actions.server';
import { gql } from '$lib/server/api';
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import { isOneOf } from '$lib/workspace/vocabulary';
import { memberOrganisation } from '../member.server';
import type { Actions, PageServerLoad } from './$types';

const STATUS_ORDER: readonly OrderStatus[] = ['PAID', 'PENDING_PAYMENT', 'REFUND_PENDING', 'CONFIRMED', 'COMPLETED', 'REFUNDED', 'CANCELLED'];
/** The filter of deposits the seller must still confirm or decline. */
const WAITING = 'waiting';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  // Members only: the API refuses anyone else (FORBIDDEN, NOT_FOUND for a malformed id), which is a 404 here.
  const { me, organisationOrders } = await orNotFound(event, () =>
    gql(event, OrganisationOrdersDocument, { organisationId: event.params.id, first: 200 }),
  );
  const organisation = memberOrganisation(event, me);

  const counts = new Map<OrderStatus, number>();
  for (const order of organisationOrders) counts.set(order.status, (counts.get(order.status) ?? 0) + 1);
  const waiting = organisationOrders.filter((o) => o.canDecide).length;
  const requested = event.url.searchParams.get('status');
  const filter = requested === WAITING && waiting > 0 ? WAITING : isOneOf(STATUS_ORDER, requested) ? requested : null;

  return {
    organisation,
    filter,
    total: organisationOrders.length,
    waiting,
    counts: STATUS_ORDER.filter((s) => counts.has(s)).map((status) => ({ status, count: counts.get(status)! })),
    orders: organisationOrders.filter((o) => (filter === WAITING ? o.canDecide : filter ? o.status === filter : true)),
  };
};

export const actions: Actions = { confirm: confirmOrder, decline: declineOrder };
