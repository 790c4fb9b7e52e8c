import { fail, redirect } from '@sveltejs/kit';
import { formErrors } from '$lib/errors';
import { AccountEmailDocument, ResendEmailVerificationDocument } from '$lib/graphql/generated';
import { gql } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';
import { localeOfPath, localizeHref } from '$lib/i18n/url';

// `path` is the page's own address, language included: the sign-in page is in the same language.
const toSignIn = (path: string) => redirect(303, localizeHref(`/sign-in?redirectTo=${encodeURIComponent(path)}`, localeOfPath(path)));

/** Where a signed-in person sees whether their address is confirmed and gets a new link (the banner posts here). */
export const load: PageServerLoad = async (event) => {
  if (!event.locals.user) toSignIn(event.url.pathname);
  const { me } = await gql(event, AccountEmailDocument);
  if (!me) toSignIn(event.url.pathname);
  return { account: me! };
};

export const actions: Actions = {
  resend: async (event) => {
    if (!event.locals.user) toSignIn(localizeHref('/verify-email', event.locals.locale));
    const { resendEmailVerification } = await gql(event, ResendEmailVerificationDocument);
    if (resendEmailVerification.__typename === 'LinkSent') return { sent: resendEmailVerification.email };
    // Too many links this hour (the message says how long to wait), or already confirmed.
    const { fieldErrors, formError } = formErrors(event.locals.locale, resendEmailVerification);
    return fail(400, { error: formError ?? Object.values(fieldErrors)[0] ?? resendEmailVerification.message });
  },
};
