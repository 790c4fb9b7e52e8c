// The organisation pages of the workspace (inquiries, deals, orders) read the caller's memberships with their list.
import { error, type RequestEvent } from '@sveltejs/kit';
import { t } from '$lib/i18n';

interface Memberships<O> {
  memberships: { organisation: O }[];
}

/** The organisation of the address among the caller's own; anyone else's is a 404, like one that does not exist. */
export function memberOrganisation<O extends { id: string }>(
  event: Pick<RequestEvent, 'locals' | 'params'> & { params: { id: string } },
  me: Memberships<O> | null | undefined,
): O {
  const organisation = me?.memberships.find((m) => m.organisation.id === event.params.id)?.organisation;
  if (!organisation) error(404, t(event.locals.locale, 'ws.error.notFound'));
  return organisation;
}
