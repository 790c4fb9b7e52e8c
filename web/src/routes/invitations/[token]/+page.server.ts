import { fail, redirect } from '@sveltejs/kit';
import { formErrors } from '$lib/errors';
import { AcceptInvitationDocument } from '$lib/graphql/generated';
import { t } from '$lib/i18n';
import { gql } from '$lib/server/api';
import { WORKSPACE_ERRORS } from '$lib/workspace/listing-form';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/url';

// Opening the link changes nothing (link previews and crawlers open links too); accepting is a button.
export const load: PageServerLoad = ({ locals, url }) => {
  if (!locals.user) redirect(303, localizeHref(`/sign-in?redirectTo=${encodeURIComponent(url.pathname)}`, locals.locale));
  return { email: locals.user.email };
};

export const actions: Actions = {
  accept: async (event) => {
    if (!event.locals.user) redirect(303, localizeHref(`/sign-in?redirectTo=${encodeURIComponent(event.url.pathname)}`, event.locals.locale));
    const { acceptInvitation } = await gql(event, AcceptInvitationDocument, { token: event.params.token });
    if (acceptInvitation.__typename === 'InputError') {
      const { fieldErrors, formError } = formErrors(event.locals.locale, acceptInvitation, WORKSPACE_ERRORS);
      return fail(400, { error: formError ?? Object.values(fieldErrors)[0] ?? t(event.locals.locale, 'ws.invitation.failed') });
    }
    redirect(303, localizeHref(`/workspace/organisations/${acceptInvitation.id}?joined=1`, event.locals.locale));
  },
};
