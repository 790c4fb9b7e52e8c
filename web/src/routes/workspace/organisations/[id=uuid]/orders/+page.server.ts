import { redirect } from '@sveltejs/kit';
import { OrganisationOrdersDocument, type OrderStatus } from '$lib/graphql/generated';
import { confirmOrder, declineOrder } from '$lib/payments/actions.server';
import { PAGE_SIZE, readAfter } from '$lib/paging';
import { gql } from '$lib/server/api';
import { withCursor } from '$lib/server/paging';
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import { isOneOf } from '$lib/workspace/vocabulary';
import { memberOrganisation } from '../member.server';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/url';

const STATUS_ORDER: readonly OrderStatus[] = ['PAID', 'PENDING_PAYMENT', 'REFUND_PENDING', 'CONFIRMED', 'COMPLETED', 'REFUNDED', 'CANCELLED'];
/** The filter of deposits the seller must still confirm or decline. */
const WAITING = 'waiting';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const requested = event.url.searchParams.get('status');
  const status = isOneOf(STATUS_ORDER, requested) ? requested : null;
  const after = readAfter(event.url.searchParams);
  // Members only: the API refuses anyone else (FORBIDDEN, NOT_FOUND for a malformed id), which is a 404 here.
  const { me, organisationOrders } = await orNotFound(event, () =>
    withCursor(event, after, () =>
      gql(event, OrganisationOrdersDocument, {
        organisationId: event.params.id,
        statuses: status ? [status] : null,
        decidable: requested === WAITING,
        first: PAGE_SIZE,
        after,
      }),
    ),
  );
  const organisation = memberOrganisation(event, me);
  const counts = new Map(organisationOrders.byStatus.map((g) => [g.status, g.count]));
  const waiting = organisationOrders.decidableCount;
  // Nothing waits any more (decided meanwhile): all the orders.
  if (requested === WAITING && waiting === 0) redirect(303, event.url.pathname);
  const filter = requested === WAITING ? WAITING : status;

  return {
    organisation,
    filter,
    after,
    pageInfo: organisationOrders.pageInfo,
    total: organisationOrders.byStatus.reduce((sum, g) => sum + g.count, 0),
    waiting,
    counts: STATUS_ORDER.filter((s) => counts.has(s)).map((status) => ({ status, count: counts.get(status)! })),
    orders: organisationOrders.nodes,
  };
};

export const actions: Actions = { confirm: confirmOrder, decline: declineOrder };
