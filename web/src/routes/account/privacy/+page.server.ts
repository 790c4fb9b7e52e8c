import { fail, redirect } from '@sveltejs/kit';
import { formErrors } from '$lib/errors';
import { MyPrivacyDocument, RequestAccountDeletionDocument } from '$lib/graphql/generated';
import { PAGE_SIZE, readAfter } from '$lib/paging';
import { gql } from '$lib/server/api';
import { withCursor } from '$lib/server/paging';
import { text } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/url';

const SIGN_IN = `/sign-in?redirectTo=${encodeURIComponent('/account/privacy')}`;

export const load: PageServerLoad = async (event) => {
  if (!event.locals.user) redirect(303, localizeHref(SIGN_IN, event.locals.locale));
  const after = readAfter(event.url.searchParams);
  const { me } = await withCursor(event, after, () => gql(event, MyPrivacyDocument, { first: PAGE_SIZE, after }));
  // The session can end between the hook's check and this query.
  if (!me) redirect(303, localizeHref(SIGN_IN, event.locals.locale));
  return { consents: me.consents, requests: me.dataRequests.nodes, requestsPage: me.dataRequests.pageInfo, after };
};

export const actions: Actions = {
  deleteAccount: async (event) => {
    if (!event.locals.user) redirect(303, localizeHref(SIGN_IN, event.locals.locale));
    const form = await event.request.formData();
    const { requestAccountDeletion: result } = await gql(event, RequestAccountDeletionDocument, { input: { password: text(form, 'password') } });
    if (result.__typename === 'InputError') return fail(400, { deletion: formErrors(event.locals.locale, result) });
    // Carried out: the API ended the session with the account.
    if (result.status === 'COMPLETED') redirect(303, localizeHref('/account/deleted', event.locals.locale));
    return { held: true };
  },
};
