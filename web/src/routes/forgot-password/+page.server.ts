import { fail } from '@sveltejs/kit';
import { formErrors } from '$lib/errors';
import { RequestPasswordResetDocument } from '$lib/graphql/generated';
import { gql } from '$lib/server/api';
import { text } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

// Open to everyone, signed in or not: someone signed in on one device may have forgotten the password on another.
export const load: PageServerLoad = ({ url }) => ({ email: url.searchParams.get('email') ?? '' });

export const actions: Actions = {
  request: async (event) => {
    const form = await event.request.formData();
    const values = { email: text(form, 'email').trim() };
    const { requestPasswordReset } = await gql(event, RequestPasswordResetDocument, { email: values.email });
    if (requestPasswordReset.__typename === 'InputError') {
      return fail(400, { values, ...formErrors(event.locals.locale, requestPasswordReset) });
    }
    // The same page whether or not the address has an account.
    return { sent: requestPasswordReset.email };
  },
};
