import { fail, redirect } from '@sveltejs/kit';
import { formErrors } from '$lib/errors';
import { SignUpDocument } from '$lib/graphql/generated';
import { isLocale } from '$lib/i18n';
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
  signUp: async (event) => {
    const form = await event.request.formData();
    const chosen = form.get('locale');
    const locale = isLocale(chosen) ? chosen : event.locals.locale;
    const values = { email: text(form, 'email').trim(), displayName: text(form, 'displayName').trim(), locale, acceptTerms: form.has('acceptTerms') };
    const { signUp } = await gql(event, SignUpDocument, {
      input: { email: values.email, displayName: values.displayName, password: text(form, 'password'), locale, acceptTerms: values.acceptTerms },
    });

    if (signUp.__typename === 'InputError') {
      return fail(400, { values, ...formErrors(event.locals.locale, signUp) });
    }
    // The language picked in the form applies at once, even over an earlier choice made on this device.
    setLocaleCookie(event.cookies, signUp.user.locale, event.url);
    // A new account with nowhere particular to go (an invitation, a listing) first sees "what next".
    const next = safeRedirectTarget(form.get('redirectTo'));
    redirect(303, localizeHref(next === '/' ? '/welcome' : next, event.locals.locale));
  },
};
