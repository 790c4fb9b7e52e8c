import { fail, redirect } from '@sveltejs/kit';
import { formErrors } from '$lib/errors';
import { SignInDocument } from '$lib/graphql/generated';
import { gql } from '$lib/server/api';
import { text } from '$lib/server/forms';
import { setLocaleCookie } from '$lib/server/locale-cookie';
import { safeRedirectTarget } from '$lib/server/redirect';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/url';

export const load: PageServerLoad = ({ locals, url }) => {
  const redirectTo = safeRedirectTarget(url.searchParams.get('redirectTo'));
  if (locals.user) redirect(303, localizeHref(redirectTo, locals.locale));
  return { redirectTo };
};

export const actions: Actions = {
  signIn: async (event) => {
    const form = await event.request.formData();
    const values = { email: text(form, 'email').trim() };
    const { signIn } = await gql(event, SignInDocument, { input: { email: values.email, password: text(form, 'password') } });

    if (signIn.__typename === 'InputError') {
      return fail(400, { values, ...formErrors(event.locals.locale, signIn) });
    }
    // Signing in keeps the language the visitor was browsing in (cookie or browser): the cookie outranks the
    // account's own language on every later page, which then only serves e-mails and devices with no choice yet.
    setLocaleCookie(event.cookies, event.locals.locale, event.url);
    redirect(303, localizeHref(safeRedirectTarget(form.get('redirectTo')), event.locals.locale));
  },
};
