import { fail } from '@sveltejs/kit';
import { formErrors } from '$lib/errors';
import { PasswordResetLinkDocument, ResetPasswordDocument } from '$lib/graphql/generated';
import { BROKEN_LINK_CODES } from '$lib/account-links';
import { gql } from '$lib/server/api';
import { text } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

// Opening the link changes nothing (mail scanners open links too): it only says whether the link still works.
export const load: PageServerLoad = async (event) => {
  const { passwordResetLink } = await gql(event, PasswordResetLinkDocument, { token: event.params.token });
  return { link: passwordResetLink };
};

export const actions: Actions = {
  reset: async (event) => {
    const form = await event.request.formData();
    const { resetPassword } = await gql(event, ResetPasswordDocument, {
      input: { token: event.params.token, password: text(form, 'password') },
    });
    if (resetPassword.__typename === 'PasswordReset') return { done: resetPassword.email };
    // Used (perhaps a moment ago in another tab) or expired while the form was open: the page says so.
    const linkState = BROKEN_LINK_CODES[resetPassword.code];
    if (linkState) return fail(400, { linkState });
    return fail(400, formErrors(event.locals.locale, resetPassword));
  },
};
