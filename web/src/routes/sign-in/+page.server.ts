import { fail, redirect } from '@sveltejs/kit';
import { SignInDocument } from '$lib/graphql/generated';
import { LOCALE_COOKIE } from '$lib/i18n';
import { gql } from '$lib/server/api';
import { formErrors, text } from '$lib/server/forms';
import { setLocaleCookie } from '$lib/server/locale-cookie';
import { safeRedirectTarget } from '$lib/server/redirect';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
  const redirectTo = safeRedirectTarget(url.searchParams.get('redirectTo'));
  if (locals.user) redirect(303, redirectTo);
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
    // A language chosen on this device wins; otherwise the account's preference applies from now on.
    if (!event.cookies.get(LOCALE_COOKIE)) setLocaleCookie(event.cookies, signIn.user.locale, event.url);
    redirect(303, safeRedirectTarget(form.get('redirectTo')));
  },
};
