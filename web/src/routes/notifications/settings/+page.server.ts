import { fail } from '@sveltejs/kit';
import { formErrors } from '$lib/errors';
import { NotificationPreferencesDocument, SetNotificationPreferencesDocument } from '$lib/graphql/generated';
import { gql } from '$lib/server/api';
import { requireUser } from '$lib/workspace/guard.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const { notificationPreferences } = await gql(event, NotificationPreferencesDocument);
  return { preferences: notificationPreferences };
};

export const actions: Actions = {
  // The form lists every type (hidden `type` fields) and checks those wanted by e-mail; the rest are turned off.
  default: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const wanted = new Set(form.getAll('email').map(String));
    const emailOff = [...new Set(form.getAll('type').map(String))].filter((type) => !wanted.has(type));
    const { setNotificationPreferences: result } = await gql(event, SetNotificationPreferencesDocument, { emailOff });
    if (result.__typename === 'InputError') {
      const { fieldErrors, formError } = formErrors(event.locals.locale, result);
      return fail(400, { saved: false, formError: formError ?? Object.values(fieldErrors)[0] ?? result.message });
    }
    return { saved: true, formError: null };
  },
};
