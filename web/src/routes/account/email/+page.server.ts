import { fail, redirect } from '@sveltejs/kit';
import { formErrors } from '$lib/errors';
import { AccountEmailDocument, RequestEmailChangeDocument } from '$lib/graphql/generated';
import { gql } from '$lib/server/api';
import { text } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';
import { localeOfPath, localizeHref } from '$lib/i18n/url';

// `path` is the page's own address, language included: the sign-in page is in the same language.
const toSignIn = (path: string) => redirect(303, localizeHref(`/sign-in?redirectTo=${encodeURIComponent(path)}`, localeOfPath(path)));

export const load: PageServerLoad = async (event) => {
  if (!event.locals.user) toSignIn(event.url.pathname);
  const { me } = await gql(event, AccountEmailDocument);
  // The session can end between the hook's check and this query.
  if (!me) toSignIn(event.url.pathname);
  return { account: me! };
};

export const actions: Actions = {
  change: async (event) => {
    if (!event.locals.user) toSignIn(event.url.pathname);
    const form = await event.request.formData();
    const values = { newEmail: text(form, 'newEmail').trim() };
    const { requestEmailChange } = await gql(event, RequestEmailChangeDocument, {
      input: { newEmail: values.newEmail, currentPassword: text(form, 'currentPassword') },
    });
    if (requestEmailChange.__typename === 'LinkSent') return { sent: requestEmailChange.email };
    return fail(400, { values, ...formErrors(event.locals.locale, requestEmailChange) });
  },
};
