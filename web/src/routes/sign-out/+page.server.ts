import { redirect } from '@sveltejs/kit';
import { SignOutDocument } from '$lib/graphql/generated';
import { gql } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/url';

// Nothing to show here: signing out is a POST from the header's button.
export const load: PageServerLoad = ({ locals }) => redirect(303, localizeHref('/', locals.locale));

export const actions: Actions = {
  signOut: async (event) => {
    // The API ends the session and clears the sid cookie, which the bridge passes on to the browser.
    await gql(event, SignOutDocument);
    redirect(303, localizeHref('/', event.locals.locale));
  },
};
