import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { AdminOrganisationOwnersDocument, TransferOrganisationOwnershipDocument } from '$lib/graphql/generated';
import { formErrors } from '$lib/errors';
import { requireAdmin } from '$lib/admin/guard';
import { t } from '$lib/i18n';
import { gql } from '$lib/server/api';
import { text } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/url';

async function organisationOf(event: RequestEvent<{ slug: string }>) {
  const { organisation } = await gql(event, AdminOrganisationOwnersDocument, { slug: event.params.slug });
  if (!organisation) error(404, t(event.locals.locale, 'error.notFound.title'));
  return organisation;
}

export const load: PageServerLoad = async (event) => {
  requireAdmin(event);
  return { organisation: await organisationOf(event), done: event.url.searchParams.get('done') === 'transfer' };
};

// The mutation takes the organisation's id; the page's address has its slug.
export const actions: Actions = {
  transfer: async (event) => {
    requireAdmin(event);
    const { id } = await organisationOf(event);
    const data = await event.request.formData();
    const values = {
      newOwnerEmail: text(data, 'newOwnerEmail').trim(),
      reason: text(data, 'reason'),
      removePreviousOwners: text(data, 'removePreviousOwners') === 'on',
    };
    const { transferOrganisationOwnership: result } = await gql(event, TransferOrganisationOwnershipDocument, {
      input: { organisationId: id, ...values },
    });
    if (result.__typename === 'InputError') return fail(400, { values, ...formErrors(event.locals.locale, result, { scope: 'people' }) });
    redirect(303, localizeHref(`/admin/organisations/${event.params.slug}?done=transfer`, event.locals.locale));
  },
};
