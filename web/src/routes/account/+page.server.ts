import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { formErrors } from '$lib/errors';
import {
  AccountSettingsDocument,
  ChangePasswordDocument,
  SignOutEverywhereDocument,
  SignOutOtherSessionsDocument,
  SignOutSessionDocument,
  UpdateProfileDocument,
} from '$lib/graphql/generated';
import { isLocale } from '$lib/i18n';
import { PAGE_SIZE, readAfter } from '$lib/paging';
import { gql } from '$lib/server/api';
import { withCursor } from '$lib/server/paging';
import { text } from '$lib/server/forms';
import { requireUser } from '$lib/workspace/guard.server';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/url';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const after = readAfter(event.url.searchParams);
  const { me, accountSettings, mySessions } = await withCursor(event, after, () => gql(event, AccountSettingsDocument, { first: PAGE_SIZE, after }));
  // The session can end between the hook's check and this query (signed out from another device).
  if (!me) requireUser({ ...event, locals: { ...event.locals, user: null } });
  return { account: me!, settings: accountSettings, sessions: mySessions, after };
};

/** Each form answers in its own section, so the message is next to what was sent. */
type Section = 'profile' | 'password' | 'sessions';

async function signedIn(event: RequestEvent) {
  requireUser(event);
  return event.request.formData();
}

export const actions: Actions = {
  profile: async (event) => {
    const form = await signedIn(event);
    const values = { displayName: text(form, 'displayName'), phone: text(form, 'phone'), locale: text(form, 'locale') };
    const locale = isLocale(values.locale) ? values.locale : event.locals.locale;
    const { updateProfile: result } = await gql(event, UpdateProfileDocument, { input: { ...values, locale } });
    if (result.__typename === 'InputError') {
      return fail(400, { section: 'profile' as Section, values, ...formErrors(event.locals.locale, result) });
    }
    // The chosen language is this browser's from now on (the API set its cookie), and the language is the address's:
    // another language is the same page at its other address, which says the profile was saved.
    if (result.locale !== event.locals.locale) redirect(303, localizeHref('/account?saved=profile', result.locale));
    // The header shows the new name (the hook read the account before the change).
    if (event.locals.user) event.locals.user = { ...event.locals.user, displayName: result.displayName, locale: result.locale };
    return { section: 'profile' as Section, saved: true };
  },

  password: async (event) => {
    const form = await signedIn(event);
    const input = { currentPassword: text(form, 'currentPassword'), newPassword: text(form, 'newPassword') };
    const { changePassword: result } = await gql(event, ChangePasswordDocument, { input });
    if (result.__typename === 'InputError') {
      return fail(400, { section: 'password' as Section, ...formErrors(event.locals.locale, result) });
    }
    return { section: 'password' as Section, endedSessions: result.endedSessions };
  },

  signOutSession: async (event) => {
    const form = await signedIn(event);
    const { signOutSession: ended } = await gql(event, SignOutSessionDocument, { id: text(form, 'id') });
    // Signing out of this very session leaves nothing to show here.
    if (ended && form.get('current') === 'true') redirect(303, localizeHref('/', event.locals.locale));
    return { section: 'sessions' as Section, sessionEnded: ended };
  },

  signOutOthers: async (event) => {
    await signedIn(event);
    const { signOutOtherSessions: count } = await gql(event, SignOutOtherSessionsDocument);
    return { section: 'sessions' as Section, othersEnded: count };
  },

  signOutEverywhere: async (event) => {
    await signedIn(event);
    await gql(event, SignOutEverywhereDocument);
    redirect(303, localizeHref('/sign-in', event.locals.locale));
  },
};
