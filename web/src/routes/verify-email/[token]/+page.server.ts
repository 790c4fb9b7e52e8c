import { fail } from '@sveltejs/kit';
import { formErrors } from '$lib/errors';
import { EmailVerificationLinkDocument, VerifyEmailDocument } from '$lib/graphql/generated';
import { BROKEN_LINK_CODES } from '$lib/account-links';
import { gql } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

// Opening the link changes nothing (mail scanners and link previews open links too); confirming is a button. It
// works signed in or not: the link itself proves the address.
export const load: PageServerLoad = async (event) => {
  const { emailVerificationLink } = await gql(event, EmailVerificationLinkDocument, { token: event.params.token });
  return { link: emailVerificationLink };
};

export const actions: Actions = {
  verify: async (event) => {
    const { verifyEmail } = await gql(event, VerifyEmailDocument, { token: event.params.token });
    if (verifyEmail.__typename === 'EmailVerified') return { done: verifyEmail.email };
    const linkState = BROKEN_LINK_CODES[verifyEmail.code];
    if (linkState) return fail(400, { linkState });
    // The new address was taken by another account since the link was sent.
    const { fieldErrors, formError } = formErrors(event.locals.locale, verifyEmail);
    return fail(400, { error: formError ?? Object.values(fieldErrors)[0] ?? verifyEmail.message });
  },
};
